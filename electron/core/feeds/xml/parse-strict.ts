/**
 * Well-formedness first: saxes is a strict, non-validating XML 1.0 parser. It
 * never reads a DTD's entity declarations (a reference to one is an error) and
 * never loads anything external, so billion-laughs and XXE documents cannot
 * expand; they fall through to the loose parser with their references inert.
 */
import { SaxesParser } from 'saxes';
import { TreeBuilder, type TreeOptions } from './tree';

export type StrictResult = { ok: true; builder: TreeBuilder } | { ok: false; error: string };

export function parseStrict(text: string, options: TreeOptions): StrictResult {
  const builder = new TreeBuilder(options);
  // Namespaces are resolved by the tree builder: saxes' own resolution walks the
  // whole element stack per tag, which is quadratic on deeply nested documents.
  const parser = new SaxesParser({ xmlns: false, position: true });
  let error: string | undefined;
  parser.on('error', (err) => {
    error ??= err.message;
    // Stop at the first error: the loose parser takes over from the start.
    throw err;
  });
  parser.on('opentag', (tag) => {
    builder.open(tag.name, tag.attributes as Record<string, string>);
  });
  parser.on('closetag', () => builder.close());
  parser.on('text', (text) => builder.text(text));
  parser.on('cdata', (text) => builder.text(text));
  try {
    parser.write(text).close();
  } catch (thrown) {
    return { ok: false, error: error ?? String(thrown) };
  }
  if (!builder.root) return { ok: false, error: 'the document has no root element' };
  if (builder.unboundPrefix)
    return { ok: false, error: `the namespace prefix "${builder.unboundPrefix}" is not declared` };
  return { ok: true, builder };
}
