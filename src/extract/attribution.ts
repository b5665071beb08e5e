/**
 * Reported-speech attribution of a sentence: "according to X", "X reported", "…, said X",
 * "as reported by X". The attributed source is recorded on the evidence, never made an
 * argument of the relations the sentence reports.
 */
import type { Lexicon } from '../ontology/types.ts';
import { verbForms } from './inflect.ts';
import { isArgument, objectAfter, subjectOf, type SentenceView } from './sentence-view.ts';

/** Every inflected form of the lexicon's attribution verbs. */
export function attributionForms(lexicon: Lexicon): Set<string> {
  return new Set([...lexicon.attribution].flatMap((lemma) => verbForms(lemma).map(([form]) => form)));
}

/** Actor id the sentence attributes its content to, or undefined. */
export function findAttribution(view: SentenceView, forms: ReadonlySet<string>): string | undefined {
  const { tokens } = view;
  const idOf = (index: number | undefined) => (index === undefined ? undefined : view.mentions[index]!.actorId ?? undefined);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      const source = objectAfter(view, i + 2, 3)[0];
      if (source !== undefined) return idOf(source);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!forms.has(tokens[i]!.lower)) continue;
    // "as reported by X", "released by X"
    if (tokens[i + 1]?.lower === 'by') {
      const agent = objectAfter(view, i + 2, 2)[0];
      if (agent !== undefined) return idOf(agent);
    }
    // "…, said X" / "– revealed X –"
    const previous = tokens[i - 1]?.text ?? '';
    if (/^[,”"’–—]$/.test(previous)) {
      const speaker = objectAfter(view, i + 1, 0)[0];
      if (speaker !== undefined) return idOf(speaker);
    }
    // "X reported" at the end of a clause, or "X said (that) …"
    const subject = subjectOf(view, i).at(-1);
    if (subject !== undefined && isArgument(view, subject) && view.mentions[subject]!.mention.end >= i - 3) return idOf(subject);
  }
  return undefined;
}
