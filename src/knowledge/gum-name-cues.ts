/**
 * Name cues learnt from GUM's entity annotation (train documents only, read by
 * src/evaluate/ner-gold.ts): which head words make a proper name a place, an organisation or
 * something that is no actor at all ("Lake", "University", "War", "English"), which given names
 * start people's names, and which prepositions never mark a person ("in X"). A cue is kept
 * only when GUM's named mentions agree on it across several documents, so one document's
 * names ("Fort Lee" twenty times) never become rules.
 */
import type { NerDocument } from '../evaluate/ner-gold.ts';

/** What knowledge/name-cues.json holds (besides its header). */
export interface NameCues {
  /** Lower-case head words of names by what the name is: `place`, `organization` or `other` (no actor: events, works, languages). */
  heads: { place: string[]; organization: string[]; other: string[] };
  /** Given names as written ("Daniel"): the first word of several people's names. */
  givenNames: string[];
  /** Lower-case prepositions that almost never mark a person's or an organisation's name ("in"). */
  nonActorMarkers: string[];
  /** Common nouns that first name a place or a natural object (WordNet): a name they start is a place ("Lake Erie"). */
  placeNouns: string[];
}

/** A cue must hold in at least this many documents. */
export const MIN_DOCUMENTS = 3;
/** …for at least this many mentions. */
export const MIN_MENTIONS = 4;
/** …and this share of the mentions with it must agree. */
export const MIN_SHARE = 0.8;
/** A preposition marks no actor when at least this many named mentions follow it… */
export const MIN_MARKED = 30;
/** …and at most this share of them are people or organisations. */
export const MAX_ACTOR_SHARE = 0.05;

type NameClass = 'person' | 'organization' | 'place' | 'other';

const classOf = (type: string): NameClass => (type === 'person' || type === 'organization' || type === 'place' ? type : 'other');

/** Counts per class and the documents a key was seen in. */
class Tally {
  readonly counts = new Map<string, Map<NameClass, number>>();
  readonly documents = new Map<string, Set<string>>();

  add(key: string, cls: NameClass, document: string): void {
    const counts = this.counts.get(key) ?? new Map<NameClass, number>();
    counts.set(cls, (counts.get(cls) ?? 0) + 1);
    this.counts.set(key, counts);
    this.documents.set(key, (this.documents.get(key) ?? new Set()).add(document));
  }

  /** Keys that at least MIN_MENTIONS mentions in MIN_DOCUMENTS documents give, MIN_SHARE of them of class `cls`; sorted. */
  agreeing(cls: NameClass): string[] {
    return [...this.counts]
      .filter(([key, counts]) => {
        const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
        return total >= MIN_MENTIONS && this.documents.get(key)!.size >= MIN_DOCUMENTS && (counts.get(cls) ?? 0) / total >= MIN_SHARE;
      })
      .map(([key]) => key)
      .sort();
  }
}

/**
 * Learns the cues from GUM documents (give train documents only: never the ones a figure is
 * reported on). Place and organisation heads are kept only when `isCommonNoun` says they are
 * common nouns ("river", "university"), so no single name ("Wikinews", "York") becomes a cue.
 */
export function learnNameCues(documents: readonly NerDocument[], isCommonNoun: (word: string) => boolean): Omit<NameCues, 'placeNouns'> {
  const heads = new Tally();
  const given = new Tally();
  const markers = new Tally();
  for (const document of documents) {
    for (const entity of document.entities) {
      if (!entity.named || entity.nested) continue;
      const cls = classOf(entity.type);
      if (/^\p{Lu}/u.test(entity.head)) heads.add(entity.head.toLowerCase(), cls, document.id);
      const first = entity.words[0] ?? '';
      if (entity.words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(first)) given.add(first, cls, document.id);
      if (entity.marker) markers.add(entity.marker, cls, document.id);
    }
  }
  const nonActorMarkers = [...markers.counts]
    .filter(([, counts]) => {
      const total = [...counts.values()].reduce((sum, count) => sum + count, 0);
      return total >= MIN_MARKED && ((counts.get('person') ?? 0) + (counts.get('organization') ?? 0)) / total <= MAX_ACTOR_SHARE;
    })
    .map(([marker]) => marker)
    .sort();
  return {
    heads: {
      place: heads.agreeing('place').filter(isCommonNoun),
      organization: heads.agreeing('organization').filter(isCommonNoun),
      other: heads.agreeing('other'),
    },
    givenNames: given.agreeing('person'),
    nonActorMarkers,
  };
}
