/**
 * The one place a server's own words reach a message (quickadd's `error`, e.g. The Old Reader's "You already have
 * 129 subscriptions"): reduced to one short line, and every secret the client holds replaced, so a server that
 * echoes a token cannot put it into an error, a log or the screen.
 */

const MAX_LENGTH = 200;

export function serverSentence(text: string, secrets: readonly (string | null)[]): string {
  let line = text
    .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Longest first, so a secret that contains another is hidden whole.
  const held = secrets.filter((secret): secret is string => Boolean(secret)).sort((a, b) => b.length - a.length);
  for (const secret of held) line = line.split(secret).join('[hidden]');
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH - 1)}…` : line;
}
