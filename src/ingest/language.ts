/**
 * The language of an article, by franc-min (trigram profiles of 82 languages, no model
 * download, deterministic: the same text always gives the same answer). Only a long
 * enough text is judged, on its first 600 characters: on the first 200 characters of the
 * 500 Re-DocRED dev documents franc-min took 6 for another language, on 400, 600, 1,000 or
 * 2,000 none; a longer sample costs more time and was no better (docs/ingest.md).
 */
import { franc } from 'franc-min';

export interface LanguageOptions {
  /** ISO 639-3 code of the language articles must be in. */
  language: string;
  /** Texts shorter than this (in characters) are not judged, and kept. */
  minChars: number;
  /** Characters from the start of the text that are looked at (enough to judge, and cheap on long texts). */
  sampleChars: number;
}

export const LANGUAGE_DEFAULTS: LanguageOptions = { language: 'eng', minChars: 400, sampleChars: 600 };

/** ISO 639-3 code of the language of `text`, or `und` when it is too short to judge. */
export function detectLanguage(text: string, options: Partial<LanguageOptions> = {}): string {
  const { minChars, sampleChars } = { ...LANGUAGE_DEFAULTS, ...options };
  return text.length < minChars ? 'und' : franc(text.slice(0, sampleChars));
}

/** The language `text` is in when it is judged to be in another than `options.language`, else null. */
export function foreignLanguage(text: string, options: Partial<LanguageOptions> = {}): string | null {
  const detected = detectLanguage(text, options);
  const wanted = options.language ?? LANGUAGE_DEFAULTS.language;
  return detected === 'und' || detected === wanted ? null : detected;
}
