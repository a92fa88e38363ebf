/**
 * Numbers as story tokens. Outlets write one figure many ways ("3,000", "3k", "3천", "٣٠٠٠", "4,8" for 4.8); a
 * figure is strong evidence of the same event, so each is reduced to one spelling before comparing. Words for
 * numbers ("three thousand") are left as words: their tokens still overlap across a rewrite often enough.
 */
const ARABIC_INDIC = /[\u0660-\u0669\u06f0-\u06f9]/g;

/** Arabic-Indic and Persian digits as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(ARABIC_INDIC, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Grouped thousands ("3,000", "3.000", "1 550") lose their separators; a decimal comma becomes a point. */
export function canonicalNumbers(text: string): string {
  return text
    .replace(/(\d)[,.\u066c\u2009\u202f](?=\d{3}(?!\d))/g, '$1')
    .replace(/(\d)[,\u066b](?=\d)/g, '$1.')
    .replace(/(\d+(?:\.\d+)?)\s?k\b/gi, (_, figure: string) => String(Math.round(Number(figure) * 1000)));
}
