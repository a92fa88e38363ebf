/**
 * Secrets reach the commands on stdin (`--password-stdin`), never as arguments, which other users of the machine
 * can read in the process list and which shells keep in their history. The first line is the password, without
 * its line ending; a second line, where a command asks for one, is Inoreader's App key. Reading stops as soon as
 * the lines asked for have arrived, so `printf 'pw\n' | …` and a typed line followed by Enter both work.
 */
import { StringDecoder } from 'node:string_decoder';

/** What the commands read secrets from: process.stdin, or a stream a test builds. */
export type SecretInput = AsyncIterable<Buffer | string>;

/** The first `count` lines of the input (fewer when it ends first), each without its `\n` or `\r\n`. */
export async function readLines(input: SecretInput, count: number): Promise<string[]> {
  const decoder = new StringDecoder('utf8');
  let text = '';
  const complete = () => text.split('\n').length > count;
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (complete()) break;
  }
  text += decoder.end();
  const lines = text.split('\n').slice(0, count);
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line) => line.replace(/\r$/, ''));
}
