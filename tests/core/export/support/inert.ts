import { parse } from 'parse5';

/**
 * What a hostile article must never leave behind in an export, checked on
 * the parsed document (parse5, the HTML parser browsers follow) rather than
 * the text: escaped text such as "&lt;script&gt;" is harmless and must not
 * count. The export's own head (charset, CSP, stylesheet) is allowed;
 * nothing of that kind in the body.
 */
const FORBIDDEN = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'base',
  'svg',
  'math',
  'template',
  'video',
  'audio',
  'source',
  'portal',
  'noscript',
  'style',
  'link',
  'meta',
  'area',
  'map',
]);
const HEAD_ONLY = new Set(['meta', 'link', 'style', 'title']);
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'poster',
  'background',
  'cite',
  'data',
  'srcset',
  'xlink:href',
  'longdesc',
  'usemap',
];
const SAFE_IMAGE_DATA = /^data:image\/(png|jpeg|gif|webp|avif);base64,[a-z0-9+/=]*$/i;

export interface DangerOptions {
  /** Markdown "linked" and JSON keep uncached pictures at their web addresses; self-contained files must not. */
  remoteImages?: boolean;
}

interface TreeNode {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: TreeNode[];
}

export function findDanger(markup: string, options: DangerOptions = {}): string[] {
  const problems: string[] = [];
  const visit = (node: TreeNode, inHead: boolean) => {
    const name = node.tagName?.toLowerCase();
    if (name) {
      if (FORBIDDEN.has(name) && !(inHead && HEAD_ONLY.has(name))) problems.push(`<${name}>`);
      for (const attribute of node.attrs ?? []) checkAttribute(name, attribute, options, problems);
    }
    for (const child of node.childNodes ?? []) visit(child, inHead || name === 'head');
  };
  visit(parse(markup) as unknown as TreeNode, false);
  return problems;
}

function checkAttribute(
  name: string,
  attribute: { name: string; value: string },
  options: DangerOptions,
  problems: string[],
): void {
  const attr = attribute.name.toLowerCase();
  if (attr.startsWith('on')) problems.push(`${attr} on <${name}>`);
  if (attr === 'style' || attr === 'srcdoc') problems.push(`${attr} on <${name}>`);
  if (!URL_ATTRIBUTES.includes(attr)) return;
  const value = attribute.value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  const dataImage = name === 'img' && attr === 'src' && SAFE_IMAGE_DATA.test(value);
  if (scheme && !['http', 'https', 'mailto'].includes(scheme) && !dataImage)
    problems.push(`${attr}="${value.slice(0, 40)}" on <${name}>`);
  if (!options.remoteImages && name === 'img' && attr === 'src' && /^https?:/i.test(value))
    problems.push(`remote picture ${value.slice(0, 60)}`);
}
