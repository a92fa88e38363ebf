/**
 * Feed dates: RFC 822/1123 and ISO 8601/W3CDTF, plus what real feeds get
 * wrong: missing seconds or day names, two-digit years, lower-case or full
 * month names, named US zones, day names that do not match the date, stray
 * whitespace and commas, asctime. A date without a zone is taken as UTC.
 * Returns milliseconds since the epoch, or undefined when unreadable.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// Offsets in minutes east of UTC.
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  eet: 120,
  eest: 180,
  msk: 180,
  ist: 330,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  aest: 600,
  aedt: 660,
  nzst: 720,
  nzdt: 780,
  edt: -240,
  est: -300,
  cdt: -300,
  cst: -360,
  mdt: -360,
  mst: -420,
  pdt: -420,
  pst: -480,
  akst: -540,
  akdt: -480,
  hst: -600,
  ast: -240,
  adt: -180,
  nst: -210,
  ndt: -150,
  a: -60,
  m: -720,
  n: 60,
  y: 720,
};

export function parseDate(input: string | undefined): number | undefined {
  if (!input) return undefined;
  const text = input.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return parseIso(text) ?? parseRfc822(text) ?? parseAsctime(text);
}

function fullYear(year: string): number {
  const n = Number(year);
  if (year.length > 2) return n;
  // Two-digit years, as RFC 2822 says: 00-49 are 20xx, 50-99 are 19xx.
  return n < 50 ? 2000 + n : 1900 + n;
}

function zoneOffset(zone: string | undefined): number | undefined {
  if (!zone) return 0;
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const match = /^(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?$/i.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return match[1] === '-' ? -minutes : minutes;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number,
): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || s > 60) return undefined;
  const time = Date.UTC(y, mo - 1, d, h, mi, Math.min(s, 59), ms) - offset * 60_000;
  // Date.UTC maps years 0-99 to 1900-1999; only four-digit years reach here.
  return Number.isFinite(time) ? time : undefined;
}

const ISO =
  /^(\d{4})(?:-?(\d{2})(?:-?(\d{2}))?)?(?:[T ](\d{1,2})(?::?(\d{2}))?(?::?(\d{2})(?:[.,](\d+))?)?)? ?(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z]{1,5})?$/i;
const ISO_ORDINAL = /^(\d{4})-?(\d{3})(?:T(\d{2}):?(\d{2})(?::?(\d{2}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

function parseIso(text: string): number | undefined {
  const ordinal = ISO_ORDINAL.exec(text);
  if (ordinal) {
    const offset = zoneOffset(ordinal[6]);
    if (offset === undefined) return undefined;
    const start = Date.UTC(Number(ordinal[1]), 0, 1) + (Number(ordinal[2]) - 1) * 86_400_000;
    return (
      start +
      (Number(ordinal[3] ?? 0) * 60 + Number(ordinal[4] ?? 0)) * 60_000 +
      Number(ordinal[5] ?? 0) * 1000 -
      offset * 60_000
    );
  }
  const m = ISO.exec(text);
  if (!m) return undefined;
  const offset = zoneOffset(m[8]);
  if (offset === undefined) return undefined;
  const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
  return build(
    Number(m[1]),
    Number(m[2] ?? 1),
    Number(m[3] ?? 1),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
    ms,
    offset,
  );
}

// [day name,] DD Mon YYYY [HH:MM[:SS]] [zone]; also "Mon DD YYYY" and dashes.
const RFC822 =
  /^(?:[a-z]{2,9}\.?,? ?)?(\d{1,2})(?:st|nd|rd|th)?[ -]([a-z]{3,9})\.?,?[ -](\d{2,4}),? ?(?:(\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(?:\.\d+)? ?(?:([ap])\.?m\.?)?)? ?(\(?[a-z]{1,5}\)?|(?:gmt|utc)?[+-]\d{1,2}:?\d{2}|[+-]\d{1,2})?$/i;
const RFC822_MONTH_FIRST =
  /^(?:[a-z]{2,9}\.?,? ?)?([a-z]{3,9})\.? (\d{1,2}),? (\d{4}),? ?(?:(\d{1,2}):(\d{1,2})(?::(\d{1,2}))? ?(?:([ap])\.?m\.?)?)? ?(\(?[a-z]{1,5}\)?|(?:gmt|utc)?[+-]\d{1,2}:?\d{2})?$/i;

function parseRfc822(text: string): number | undefined {
  let day: string, month: string, year: string;
  let m = RFC822.exec(text);
  if (m) [, day = '', month = '', year = ''] = m;
  else {
    m = RFC822_MONTH_FIRST.exec(text);
    if (!m) return undefined;
    [, month = '', day = '', year = ''] = m;
  }
  const mo = MONTHS[month.toLowerCase().slice(0, month.length >= 4 && month.toLowerCase().startsWith('sept') ? 4 : 3)];
  if (!mo) return undefined;
  const offset = zoneOffset(m[8]?.replace(/[()]/g, ''));
  if (offset === undefined) return undefined;
  let hour = Number(m[4] ?? 0);
  if (m[7]) hour = (hour % 12) + (m[7].toLowerCase() === 'p' ? 12 : 0);
  return build(fullYear(year), mo, Number(day), hour, Number(m[5] ?? 0), Number(m[6] ?? 0), 0, offset);
}

// asctime and Unix `date`: "Sun Jan  4 16:29:06 PST 2004".
const ASCTIME = /^[a-z]{3} ([a-z]{3}) (\d{1,2}) (\d{1,2}):(\d{2}):(\d{2})(?: ([a-z]{1,5}|[+-]\d{4}))? (\d{4})$/i;

function parseAsctime(text: string): number | undefined {
  const m = ASCTIME.exec(text);
  if (!m) return undefined;
  const mo = MONTHS[m[1]!.toLowerCase()];
  const offset = zoneOffset(m[6]);
  if (!mo || offset === undefined) return undefined;
  return build(Number(m[7]), mo, Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0, offset);
}
