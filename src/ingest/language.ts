/**
 * The language of an article, by eld (Efficient Language Detector, n-gram tables of 60
 * languages shipped in the package: no download, deterministic). Its smallest table is
 * loaded on the first text long enough to judge, so runs that judge none do not pay its
 * half-second load. Only a long enough text is judged, on its first 600 characters (see
 * docs/ingest.md for the measurements behind both numbers and the choice of eld).
 */

export interface LanguageOptions {
  /** ISO 639-1 code of the language articles must be in. */
  language: string;
  /** Texts shorter than this (in characters) are not judged, and kept. */
  minChars: number;
  /** Characters from the start of the text that are looked at (enough to judge, and cheap on long texts). */
  sampleChars: number;
}

export const LANGUAGE_DEFAULTS: LanguageOptions = { language: 'en', minChars: 400, sampleChars: 600 };

/** What eld answers for a text. */
interface Detection {
  language: string;
  isReliable(): boolean;
}
type Detector = { detect(text: string): Detection };

let detector: Promise<Detector> | undefined;
const loadDetector = (): Promise<Detector> => (detector ??= import('eld/extrasmall').then((module) => module.eld as Detector));

/** ISO 639-1 code of the language of `text`, or `und` when it is too short to judge or eld is unsure. */
export async function detectLanguage(text: string, options: Partial<LanguageOptions> = {}): Promise<string> {
  const { minChars, sampleChars } = { ...LANGUAGE_DEFAULTS, ...options };
  if (text.length < minChars) return 'und';
  const detection = (await loadDetector()).detect(text.slice(0, sampleChars));
  return detection.language && detection.isReliable() ? detection.language : 'und';
}

/** The language `text` is in when it is judged to be in another than `options.language`, else null. */
export async function foreignLanguage(text: string, options: Partial<LanguageOptions> = {}): Promise<string | null> {
  const detected = await detectLanguage(text, options);
  const wanted = options.language ?? LANGUAGE_DEFAULTS.language;
  return detected === 'und' || detected === wanted ? null : detected;
}
