/**
 * The days an article names: weekdays in English, Arabic and Korean, and Korean dates of the month ("14일"),
 * which Korean copy gives instead of weekdays. Two articles that each name days, and no day in common, tell of
 * different days: the commonest near miss of all ("Markets close higher" on Monday and on Wednesday; the two
 * pension rallies; the moon sighted on Saturday in one country and Sunday in another). A retelling names the
 * event's day, as the first copy did, so the rule costs little recall.
 */
import { foldArabic } from './arabic-tokens';

const ENGLISH = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const KOREAN_WEEKDAY = /([월화수목금토일])요일/g;
const KOREAN_DATE = /(?<![\d.])(\d{1,2})일/g;
const ARABIC_DAYS: Record<string, string> = {
  الاثنين: 'mon',
  الثلاثاء: 'tue',
  الاربعاء: 'wed',
  الخميس: 'thu',
  الجمعه: 'fri',
  السبت: 'sat',
  الاحد: 'sun',
};
const ENGLISH_DAYS: Record<string, string> = {
  monday: 'mon',
  tuesday: 'tue',
  wednesday: 'wed',
  thursday: 'thu',
  friday: 'fri',
  saturday: 'sat',
  sunday: 'sun',
};
const KOREAN_DAYS: Record<string, string> = {
  월: 'mon',
  화: 'tue',
  수: 'wed',
  목: 'thu',
  금: 'fri',
  토: 'sat',
  일: 'sun',
};

export function dayMarkers(text: string): Set<string> {
  const days = new Set<string>();
  for (const match of text.matchAll(ENGLISH)) days.add(ENGLISH_DAYS[match[1]!.toLowerCase()]!);
  for (const match of text.matchAll(KOREAN_WEEKDAY)) days.add(KOREAN_DAYS[match[1]!]!);
  for (const match of text.matchAll(KOREAN_DATE)) days.add(`d${Number(match[1])}`);
  for (const word of foldArabic(text).split(/[^\p{L}]+/u)) {
    const day =
      ARABIC_DAYS[word] ?? ARABIC_DAYS[word.replace(/^[وب]/, '')] ?? ARABIC_DAYS[`ال${word.replace(/^يوم/, '')}`];
    if (day) days.add(day);
  }
  return days;
}

/** Both name days, and none in common. */
export function differentDays(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  for (const day of a) if (b.has(day)) return false;
  return true;
}
