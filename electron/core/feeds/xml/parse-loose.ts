/**
 * Recovery for documents that are not well-formed: htmlparser2 in XML mode
 * accepts bare `&`, HTML entities, unclosed or mismatched tags and trailing
 * garbage. Entities are decoded here (HTML's named set, strict semicolons), so
 * `&nbsp;` becomes a space-like character while `a=1&b=2` stays as written and
 * a DTD-declared `&lol9;` stays literal text.
 */
import { decodeHTMLStrict } from 'entities';
import { Parser } from 'htmlparser2';
import { MAX_DEPTH, TreeBuilder, type TreeOptions } from './tree';

// htmlparser2 keeps its open-element stack with Array#unshift, quadratic in
// depth; input is fed in chunks and abandoned once nesting is absurd.
const CHUNK = 16 * 1024;
const ABANDON_DEPTH = 4 * MAX_DEPTH;

export function parseLoose(text: string, options: TreeOptions): TreeBuilder {
  const builder = new TreeBuilder(options);
  let inCdata = false;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const attrs: Record<string, string> = {};
        for (const [key, value] of Object.entries(attribs)) attrs[key] = decodeHTMLStrict(value);
        depth++;
        builder.open(name, attrs);
      },
      onclosetag() {
        depth--;
        builder.close();
      },
      ontext(data) {
        builder.text(inCdata ? data : decodeHTMLStrict(data));
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeCDATA: true, recognizeSelfClosing: true },
  );
  for (let at = 0; at < text.length; at += CHUNK) {
    if (depth > ABANDON_DEPTH) {
      builder.warnings.push('the rest of the document was skipped: its elements are nested too deeply');
      break;
    }
    parser.write(text.slice(at, at + CHUNK));
  }
  parser.end();
  return builder;
}
