/**
 * The statistical detector behind `chooseLanguage`: eld (Nito-ELD), its
 * extra-small n-gram table — the most accurate of the pure-JavaScript
 * detectors on titles and summaries, and the fastest (about 40 µs an
 * article). Its table costs about 1 MB of bundle and 27 MB of memory once
 * loaded (the app's bundles carry it as JSON: scripts/eld-ngrams-as-json.mjs;
 * as eld ships it, unbundled in tests, 82 MB), so it is loaded on first use
 * and only where articles are read:
 * the sync engine's reading thread (let go when idle), or the one thread of
 * a test or the CLI. The core thread itself never loads it.
 */
import type { LanguageDetector } from './choose-language';

/** eld names Sorani Kurdish (Arabic script) `ku`, which BCP 47 gives to Kurmanji (Latin script). */
const BCP47: Readonly<Record<string, string>> = { ku: 'ckb' };

let loading: Promise<LanguageDetector> | null = null;

export function loadLanguageDetector(): Promise<LanguageDetector> {
  loading ??= import('eld/extrasmall').then(({ eld }) => (text: string) => {
    const result = eld.detect(text);
    return { language: BCP47[result.language] ?? result.language, reliable: result.isReliable() };
  });
  return loading;
}
