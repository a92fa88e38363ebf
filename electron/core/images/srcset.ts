/**
 * `srcset` parsing and choice. Offline we keep one copy per picture, so we
 * take the sharpest candidate a reading column can use, not the one the
 * current screen would pick: the largest width up to MAX_WIDTH (or density up
 * to MAX_DENSITY). Bigger ones are wasted quota; if every candidate is bigger,
 * the smallest of them is the least waste.
 */
export interface SrcsetCandidate {
  url: string;
  width?: number;
  density?: number;
}

export const MAX_WIDTH = 2400;
export const MAX_DENSITY = 3;

/**
 * Follows the HTML standard's tokenizer closely enough for real feeds: a URL
 * is a run of non-space characters (so commas inside it, as image CDNs use,
 * survive), trailing commas end it, and descriptors run to the next comma
 * outside parentheses.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i += 1;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !/\s/.test(value[i]!)) i += 1;
    let url = value.slice(start, i);
    let descriptors = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      const from = i;
      for (; i < value.length; i += 1) {
        const c = value[i]!;
        if (c === '(') depth += 1;
        else if (c === ')') depth = Math.max(0, depth - 1);
        else if (c === ',' && depth === 0) break;
      }
      descriptors = value.slice(from, i).trim();
      i += 1;
    }
    const candidate = withDescriptors(url, descriptors);
    if (candidate) out.push(candidate);
  }
  return out;
}

function withDescriptors(url: string, descriptors: string): SrcsetCandidate | undefined {
  if (url === '') return undefined;
  const candidate: SrcsetCandidate = { url };
  for (const token of descriptors.split(/\s+/).filter(Boolean)) {
    const match = /^(\d+(?:\.\d+)?)([wxh])$/i.exec(token);
    // An invalid descriptor makes the whole candidate invalid, as in browsers.
    if (!match) return undefined;
    const number = Number(match[1]);
    const kind = match[2]!.toLowerCase();
    if (kind === 'w' && Number.isInteger(number) && number > 0) candidate.width = number;
    else if (kind === 'x' && number > 0) candidate.density = number;
    else if (kind !== 'h') return undefined;
  }
  return candidate;
}

/** The candidate to keep offline, or undefined for an empty/invalid srcset. */
export function bestSrcsetCandidate(candidates: readonly SrcsetCandidate[]): SrcsetCandidate | undefined {
  const widths = candidates.filter((c) => c.width !== undefined);
  if (widths.length > 0) return pick(widths, (c) => c.width!, MAX_WIDTH);
  return pick(candidates, (c) => c.density ?? 1, MAX_DENSITY);
}

function pick(list: readonly SrcsetCandidate[], size: (c: SrcsetCandidate) => number, bound: number) {
  if (list.length === 0) return undefined;
  const within = list.filter((c) => size(c) <= bound);
  if (within.length > 0) return within.reduce((best, c) => (size(c) > size(best) ? c : best));
  return list.reduce((best, c) => (size(c) < size(best) ? c : best));
}
