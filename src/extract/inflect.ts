/**
 * English inflection of trigger lemmas, so the ontology lists "arrest" and the extractor
 * recognises "arrests", "arrested", "arresting". Irregular verbs common in news are
 * listed; regular ones follow the spelling rules (doubling, -ies, -ied), giving both
 * British and American forms where they differ ("labelled", "labeled").
 */

export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'gerund';

/** base → [past, participle] */
const IRREGULAR: Record<string, [string, string]> = {
  meet: ['met', 'met'], speak: ['spoke', 'spoken'], send: ['sent', 'sent'], give: ['gave', 'given'], shoot: ['shot', 'shot'],
  take: ['took', 'taken'], hold: ['held', 'held'], lead: ['led', 'led'], strike: ['struck', 'struck'], beat: ['beat', 'beaten'],
  stand: ['stood', 'stood'], tell: ['told', 'told'], say: ['said', 'said'], fight: ['fought', 'fought'], seek: ['sought', 'sought'],
  bring: ['brought', 'brought'], write: ['wrote', 'written'], hear: ['heard', 'heard'], make: ['made', 'made'], have: ['had', 'had'],
  do: ['did', 'done'], go: ['went', 'gone'], get: ['got', 'got'], put: ['put', 'put'], set: ['set', 'set'], let: ['let', 'let'],
  keep: ['kept', 'kept'], pay: ['paid', 'paid'], find: ['found', 'found'], lay: ['laid', 'laid'], leave: ['left', 'left'],
  see: ['saw', 'seen'], know: ['knew', 'known'], throw: ['threw', 'thrown'], break: ['broke', 'broken'], rise: ['rose', 'risen'],
  withdraw: ['withdrew', 'withdrawn'], forbid: ['forbade', 'forbidden'], slay: ['slew', 'slain'], sell: ['sold', 'sold'],
  win: ['won', 'won'], lose: ['lost', 'lost'], run: ['ran', 'run'], begin: ['began', 'begun'], choose: ['chose', 'chosen'],
  think: ['thought', 'thought'], fly: ['flew', 'flown'], feel: ['felt', 'felt'], bear: ['bore', 'borne'], swear: ['swore', 'sworn'], read: ['read', 'read'],
};

const VOWEL = /[aeiou]/;

/** Every inflected form of a verb lemma, with the form's name. */
export function verbForms(lemma: string): Array<[string, VerbForm]> {
  const forms: Array<[string, VerbForm]> = [[lemma, 'base'], [present(lemma), 'present']];
  const irregular = IRREGULAR[lemma];
  const pasts = irregular ? [irregular] : regularPast(lemma).map((past): [string, string] => [past, past]);
  for (const [past, participle] of pasts) forms.push([past, 'past'], [participle, 'participle']);
  for (const gerund of gerunds(lemma)) forms.push([gerund, 'gerund']);
  return forms;
}

/** Singular and plural of a noun ("meeting", "meetings"). */
export function nounForms(noun: string): string[] {
  if (noun.endsWith('s')) return [noun];
  return [noun, present(noun)];
}

function present(word: string): string {
  if (/(s|x|z|ch|sh)$/.test(word)) return `${word}es`;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

function regularPast(word: string): string[] {
  if (word.endsWith('e')) return [`${word}d`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ied`];
  if (doubles(word)) return [`${word}${word.at(-1)}ed`];
  if (/[^aeiou][aeiou]l$/.test(word)) return [`${word}led`, `${word}ed`];
  return [`${word}ed`];
}

function gerunds(word: string): string[] {
  if (/[^e]e$/.test(word)) return [`${word.slice(0, -1)}ing`];
  if (doubles(word)) return [`${word}${word.at(-1)}ing`];
  if (/[^aeiou][aeiou]l$/.test(word)) return [`${word}ling`, `${word}ing`];
  return [`${word}ing`];
}

/** Short consonant-vowel-consonant verbs double their last letter ("ban" → "banned"). */
function doubles(word: string): boolean {
  return word.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(word) && (word.match(new RegExp(VOWEL, 'g'))?.length ?? 0) === 1;
}
