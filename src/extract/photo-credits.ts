/**
 * A photo credit at the start of a caption ("AP Photo/Nasser Nasser Interim Palestinian leader
 * …", "REUTERS/Jason Reed U.S. President …") names the photographer and the agency, not actors
 * of the story: their mentions are dropped. A credit is a slash written without spaces after one
 * to four capitalised words that end in a credit word ("Photo", "Images") or name an
 * organisation, before a capitalised word; "US/UK forces" (countries) is no credit.
 */
import type { Token } from '../nlp/types.ts';
import { isCapitalized } from './name-cues.ts';

/** The span of a mention, as token positions [start, end). */
interface Spanned {
  start: number;
  end: number;
}

/** Words a credit may start with, at most (an agency and a credit word: "Getty Images"). */
const CREDIT_WORDS = 4;

/**
 * `mentions` without those of a photo credit at the sentence's start.
 * @param isOrganization whether the mention covering the words before the slash names an organisation
 */
export function withoutPhotoCredit<M extends Spanned>(
  tokens: readonly Token[],
  mentions: M[],
  { creditWords, isOrganization }: { creditWords: ReadonlySet<string>; isOrganization: (mention: M) => boolean },
): M[] {
  // Only a sentence's first words can be a credit: every sentence passes here, so look no further.
  const slash = tokens.slice(1, CREDIT_WORDS + 1).findIndex((token) => token.form === '/') + 1;
  if (slash === 0) return mentions;
  const [before, after] = [tokens[slash - 1]!, tokens[slash + 1]];
  if (!after || !isCapitalized(after) || before.end !== tokens[slash]!.start || tokens[slash]!.end !== after.start) return mentions;
  if (!tokens.slice(0, slash).every((token) => isCapitalized(token))) return mentions;
  const agency = mentions.find((mention) => mention.start === 0 && mention.end === slash);
  if (!creditWords.has(before.form.toLowerCase()) && !(agency && isOrganization(agency))) return mentions;
  // The photographer's name is the first mention after the slash.
  const photographer = mentions.find((mention) => mention.start === slash + 1);
  const creditEnd = photographer ? photographer.end : slash + 1;
  return mentions.filter((mention) => mention.start >= creditEnd);
}
