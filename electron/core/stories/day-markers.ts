/**
 * The days an article names: weekdays in English, Arabic and Korean, and Korean dates of the month ("14일"),
 * which Korean copy gives instead of weekdays. Two articles that each name days, and no day in common, tell of
 * different days: the commonest near miss of all ("Markets close higher" on Monday and on Wednesday; the two
 * pension rallies; the moon sighted on Saturday in one country and Sunday in another). A retelling names the
 * event's day, as the first copy did, so the rule costs little recall.
 *
 * Read word by word as tokens.ts reads the text (folded: lower case, Arabic letters in one spelling), so naming
 * the days costs no second pass.
 */
// Maps, not objects: a word like "constructor" must find nothing.
const ENGLISH_DAYS = new Map([
  ['monday', 'mon'],
  ['tuesday', 'tue'],
  ['wednesday', 'wed'],
  ['thursday', 'thu'],
  ['friday', 'fri'],
  ['saturday', 'sat'],
  ['sunday', 'sun'],
]);
/** Folded as tokens.ts folds Arabic (ة → ه, the lone hamza off: "الثلاثاء" is "الثلاثا"). */
const ARABIC_DAYS = new Map([
  ['الاثنين', 'mon'],
  ['الثلاثا', 'tue'],
  ['الاربعا', 'wed'],
  ['الخميس', 'thu'],
  ['الجمعه', 'fri'],
  ['السبت', 'sat'],
  ['الاحد', 'sun'],
]);
const KOREAN_DAYS = new Map([
  ['월', 'mon'],
  ['화', 'tue'],
  ['수', 'wed'],
  ['목', 'thu'],
  ['금', 'fri'],
  ['토', 'sat'],
  ['일', 'sun'],
]);

export function englishDay(word: string): string | undefined {
  return ENGLISH_DAYS.get(word);
}

/**
 * A weekday with its article, alone or with "and" or "on" fused before it ("السبت", "والسبت", "بالسبت"); without
 * the article the words mean other things ("أحد": one, someone).
 */
export function arabicDay(word: string): string | undefined {
  return ARABIC_DAYS.get(word) ?? (/^[وبفل]ال/.test(word) ? ARABIC_DAYS.get(word.slice(1)) : undefined);
}

/** "월요일", "월요일에", "토요일인": the weekday, whatever particle follows. */
export function koreanWeekday(word: string): string | undefined {
  return word.length >= 3 && word[1] === '요' && word[2] === '일' ? KOREAN_DAYS.get(word[0]!) : undefined;
}

/** A Korean date of the month: a number of one or two digits written straight before "일". */
export function koreanDate(figure: string): string | undefined {
  return /^\d{1,2}$/.test(figure) ? `d${Number(figure)}` : undefined;
}

/** Both name days, and none in common. */
export function differentDays(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const day of a) if (b.has(day)) return false;
  return true;
}
