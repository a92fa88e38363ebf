/**
 * A generated cover: the collection's title, the date and the article count
 * on a plain background, as SVG (text only, no script, no external
 * reference), so every EPUB has a recognisable first page.
 */
import { escapeXmlText } from '../../xml/xml-escape';

const WIDTH = 600;
const HEIGHT = 900;
const LINE_CHARS = 20;
const MAX_LINES = 6;

export function coverSvg(title: string, subtitle: string): string {
  const lines = wrap(title, LINE_CHARS, MAX_LINES);
  const top = 300 - lines.length * 28;
  const text = lines
    .map(
      (line, i) =>
        `<text x="${WIDTH / 2}" y="${top + i * 56}" font-size="44" font-weight="bold">${escapeXmlText(line)}</text>`,
    )
    .join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">
  <rect width="${WIDTH}" height="${HEIGHT}" fill="#f4efe6"/>
  <rect x="40" y="40" width="${WIDTH - 80}" height="${HEIGHT - 80}" fill="none" stroke="#1f2933" stroke-width="4"/>
  <g font-family="serif" fill="#1f2933" text-anchor="middle">
  <text x="${WIDTH / 2}" y="120" font-size="28" letter-spacing="6">BROADSHEET</text>
  ${text}
  <text x="${WIDTH / 2}" y="${HEIGHT - 120}" font-size="26">${escapeXmlText(subtitle)}</text>
  </g>
</svg>
`;
}

function wrap(text: string, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const piece = word.length > width ? `${word.slice(0, width - 1)}…` : word;
    if (line && line.length + 1 + piece.length > width) {
      lines.push(line);
      line = piece;
    } else line = line ? `${line} ${piece}` : piece;
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1]!.slice(0, width - 1)}…`;
  }
  return lines.length > 0 ? lines : ['Broadsheet'];
}
