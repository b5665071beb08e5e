/**
 * The argument frames of the ontology's triggers (see FRAMES in src/ontology/types.ts):
 * given a trigger occurrence in a sentence, each frame returns the (source, target)
 * mention pairs its pattern licenses. Frames know English word order, not relation types.
 */
import type { Frame } from '../ontology/types.ts';
import type { MentionIndex } from './mention-index.ts';
import {
  BE, coordinatedBefore, isArgument, isPassive, isTitle, NOUN_MARKERS, titledMention, isPrepositionObject, leftEdge, meaningfulBefore, mentionEndingBefore,
  objectAfter, subjectOf, type SentenceView,
} from './sentence-view.ts';
import type { TriggerMatch } from './trigger-index.ts';

/** One argument pair a frame found; indices into `view.mentions`. */
export interface ArgumentPair {
  source: number;
  /** Mention index of the target, or -1 when `targetId` names it (a country known from the catalog). */
  target: number;
  targetId?: string;
  /** Actor id of the source when the source mention is not an actor itself ("Russian-led"). */
  sourceId?: string;
  /** Value for the trigger's property, when the frame supplies one (the object noun's). */
  value?: string;
  /** The role is marked former ("the former head of"). */
  former?: boolean;
}

export interface FrameInput {
  view: SentenceView;
  match: TriggerMatch;
  /** All trigger occurrences of the sentence (the `order` frame looks for a second one). */
  matches: readonly TriggerMatch[];
  index: MentionIndex;
  symmetric: boolean;
}

type FrameFunction = (input: FrameInput) => ArgumentPair[];

const lower = (view: SentenceView, i: number) => view.tokens[i]?.lower ?? '';
const FORMER = new Set(['former', 'ex', 'then', 'outgoing']);
/** Lower-case words that are not noun modifiers of a title. */
const NOT_MODIFIERS = new Set(['also', 'and', 'or', 'but', 'the', 'a', 'an', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'will', 'to', 'by', 'with', 'said', 'says']);

/** Tokens after which a role noun phrase is complete ("as prime minister on Thursday"). */
const CLAUSE_ENDS = new Set(['', ',', '.', ';', ':', 'and', 'on', 'in', 'after', 'before', 'last', 'this', 'since', 'until', 'amid', ')', '—', '–']);

/** Ranks written before names; a name after a title may carry them. */
const PERSON_TITLES = new Set(['colonel', 'general', 'lieutenant', 'major', 'captain', 'admiral', 'marshal', 'gen', 'col', 'mr', 'mrs', 'ms', 'dr']);

/** Every source × target pair, or every pair within one list for symmetric "A and B met". */
function pairs(sources: number[], targets: number[], symmetric: boolean): ArgumentPair[] {
  if (targets.length === 0 && symmetric && sources.length > 1) {
    return sources.flatMap((source, i) => sources.slice(i + 1).map((target) => ({ source, target })));
  }
  return sources.flatMap((source) => targets.map((target) => ({ source, target })));
}

/** Whether "former"/"ex-" precedes token `at` within a few words. */
function formerBefore(view: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= 0 && i >= at - 3; i--) if (FORMER.has(lower(view, i))) return true;
  return false;
}

/** The person mention right after token `at`, allowing a comma: "… secretary general of NATO, Jens Stoltenberg". */
function personAfter(view: SentenceView, at: number): number {
  let i = lower(view, at) === ',' ? at + 1 : at;
  // Ranks before a name are not part of it: "Colonel General Andrei Serdyukov".
  while (view.mentionAt[i]! < 0 && PERSON_TITLES.has(lower(view, i))) i++;
  let index = view.mentionAt[i] ?? -1;
  if (index >= 0 && isTitle(view, index)) index = titledMention(view, index);
  if (index < 0) return -1;
  return isArgument(view, index) && view.typeOf(view.mentions[index]!.actorId!) === 'Person' ? index : -1;
}

/** Verbs whose infinitive complement happened: continue, begin, start, proceed, manage, resume (any form). */
const IMPLICATIVE = /^(continu|beg[aiu]n|start|proceed|manag|resum)/;

/** Determiners that make even a gerund a noun: "the killing of protesters". */
const ARTICLES = new Set(['the', 'a', 'an', 'this', 'that']);

/** A verb-looking trigger used as a noun or adjective: "the attacks", "his support", "the deposed president", "all heads of state". */
function nounUse(view: SentenceView, match: TriggerMatch): boolean {
  if (view.mentions[view.mentionAt[match.start]!]?.mention.kind === 'role') return true;
  return match.form === 'gerund' ? ARTICLES.has(lower(view, match.start - 1)) : NOUN_MARKERS.has(lower(view, match.start - 1));
}

const active: FrameFunction = ({ view, match, symmetric }) => {
  if (nounUse(view, match)) return [];
  // "urged X to press Y", "moved to attack Y": an infinitive is asked for or intended, not
  // done — unless the verb before says it happened ("continued to fire on Y").
  if (match.form === 'base' && lower(view, match.start - 1) === 'to' && !IMPLICATIVE.test(lower(view, match.start - 2))) return [];
  // "accused X of beating Y", "thanked X for sending Y": the gerund's doer is X, not the subject.
  if (match.form === 'gerund' && (lower(view, match.start - 1) === 'of' || lower(view, match.start - 1) === 'for')) return [];
  if ((match.form === 'past' || match.form === 'participle') && isPassive(view, match.start, match.end)) return [];
  const objects = objectAfter(view, match.end);
  return pairs(subjectOf(view, match.start), objects.length > 0 ? objects : agentOfAct(view, match.end), symmetric);
};

/** Nouns for what an actor did, which stand for the actor when its agent follows ("the measures taken by X"). */
const ACT_NOUNS = new Set([
  'measures', 'measure', 'steps', 'step', 'decision', 'decisions', 'actions', 'action', 'policy', 'policies', 'move', 'moves',
  'crackdown', 'response', 'efforts', 'order', 'orders', 'announcement', 'decree', 'reforms',
]);

/** "supported the strong measures taken by X": X, the agent of the act named at token `from`. */
function agentOfAct(view: SentenceView, from: number): number[] {
  let i = from;
  while (i < from + 4 && view.mentionAt[i]! < 0 && !ACT_NOUNS.has(lower(view, i)) && /^[\p{Ll}"“”-]+$/u.test(view.tokens[i]?.text ?? '')) i++;
  if (!ACT_NOUNS.has(lower(view, i))) return [];
  const participle = lower(view, i + 1);
  const by = lower(view, i + 2).endsWith('ly') ? i + 3 : i + 2;
  return /(ed|en|made)$/.test(participle) && lower(view, by) === 'by' ? objectAfter(view, by + 1, 1) : [];
}

const passive: FrameFunction = ({ view, match }) => {
  if (match.form !== 'past' && match.form !== 'participle') return [];
  if (!isPassive(view, match.start, match.end)) return [];
  let by = match.end;
  while (by < view.tokens.length && lower(view, by) !== 'by' && by < match.end + 3) by++;
  if (lower(view, by) !== 'by') return [];
  const agents = objectAfter(view, by + 1, 3);
  let i = match.start - 1;
  while (i >= 0 && (lower(view, i).endsWith('ly') || lower(view, i) === 'also' || lower(view, i) === 'not')) i--;
  const patients = BE.has(lower(view, i)) ? subjectOf(view, match.start) : [mentionEndingBefore(view, match.start)].filter((p) => p >= 0);
  return pairs(agents, patients, false);
};

const to: FrameFunction = ({ view, match }) => {
  if (nounUse(view, match)) return [];
  let value: string | undefined;
  let k = match.end;
  const isTo = (i: number) => lower(view, i) === 'to' || lower(view, i) === 'into';
  for (; k < view.tokens.length && k < match.end + 8 && !isTo(k); k++) {
    if ([',', ';', '.'].includes(lower(view, k))) return [];
    const object = match.trigger.object;
    if (object) value ??= object.get(`${lower(view, k)} ${lower(view, k + 1)}`) ?? object.get(lower(view, k));
  }
  if (!isTo(k) || (match.trigger.object && value === undefined)) return [];
  const found = pairs(subjectOf(view, match.start), objectAfter(view, k + 1), false);
  return found.map((pair) => (value === undefined ? pair : { ...pair, value }));
};

const order: FrameFunction = ({ view, match, matches }) => {
  if (nounUse(view, match)) return [];
  let k = match.end;
  while (k < view.tokens.length && k < match.end + 6 && lower(view, k) !== 'to') k++;
  const act = matches.find((other) => other.start === k + 1 && other.trigger.relation === match.trigger.relation && other.form === 'base' && other.trigger.frames.includes('active'));
  if (!act) return [];
  return pairs(subjectOf(view, match.start), objectAfter(view, act.end), false);
};

/** "A held talks with B", "A's call with B", "talks between A and B", "protests against B". */
function nominal(prepositions: readonly string[]): FrameFunction {
  return ({ view, match, symmetric }) => {
    const last = match.tokens.at(-1)!;
    let k = prepositions.includes(last) ? match.end - 1 : match.end;
    while (k < view.tokens.length && k < match.end + 6 && !prepositions.includes(lower(view, k))) {
      if ([',', ';', '.', '“', '”', '(', ')'].includes(lower(view, k))) return [];
      k++;
    }
    if (!prepositions.includes(lower(view, k))) return [];
    const targets = objectAfter(view, k + 1);
    if (lower(view, k) === 'between') return pairs(targets, [], true);
    const owner = mentionEndingBefore(view, meaningfulBefore(view, match.start) + 1);
    const sources = owner >= 0 && view.mentions[owner]!.mention.possessive ? [owner] : subjectOf(view, match.start);
    return pairs(sources, targets, symmetric);
  };
}

/** "Russian President Putin", "Kremlin spokesman Peskov", "former premier, Karim Masimov". */
const compound: FrameFunction = ({ view, match, index }) => {
  const person = personAfter(view, match.end);
  if (person < 0) return [];
  const former = formerBefore(view, match.start);
  // The role mention carries its demonym ("Kazakh President"): that is the country.
  const role = view.mentions[view.mentionAt[match.start]!]?.mention;
  if (role?.kind === 'role' && role.country) return [{ source: person, target: -1, targetId: role.country, former }];
  let i = match.start - 1;
  while (i >= 0 && (FORMER.has(lower(view, i)) || lower(view, i) === '-')) i--;
  if (lower(view, i) === "'s") return [];
  // Up to two noun modifiers may stand between the owner and the noun: "the UN human rights chief".
  for (let k = 0; k < 2 && view.mentionAt[i]! < 0 && /^\p{Ll}+$/u.test(view.tokens[i]?.text ?? '') && !/(ed|ly|ing)$/.test(lower(view, i)) && !NOT_MODIFIERS.has(lower(view, i)); k++) i--;
  const owner = view.mentionAt[i] ?? -1;
  const ownerMention = view.mentions[owner]?.mention;
  if (ownerMention?.kind === 'demonym') return [{ source: person, target: -1, targetId: ownerMention.country, former }];
  if (owner >= 0 && owner !== person && isArgument(view, owner) && !ownerMention!.possessive) {
    return [{ source: person, target: owner, former }];
  }
  const target = countryOf(view, index, person);
  return target ? [{ source: person, target: -1, targetId: target, former }] : [];
};

/**
 * The country a title without one gives person mention `person`: the catalog's, else the
 * country the article is about (news write "President X" for the home country's officials).
 */
function countryOf(view: SentenceView, index: MentionIndex, person: number): string | undefined {
  const id = view.mentions[person]!.actorId!;
  const entry = index.catalog.byId.get(id);
  return entry ? entry.country : view.homeCountry;
}

/** "X, the head of Y", "X is the nephew of Y", "the secretary general of Y, X". */
const of: FrameFunction = ({ view, match }) => {
  if (!['of', 'at', 'for'].includes(lower(view, match.end))) return [];
  const owner = objectAfter(view, match.end + 1, 1)[0];
  if (owner === undefined) return [];
  const former = formerBefore(view, match.start);
  const before = lower(view, meaningfulBefore(view, match.start));
  const ownerEnd = view.mentions[owner]!.mention.end;
  const after = personAfter(view, ownerEnd);
  const opensClause = before === '' || before === ',' || before === 'and' || before === 'the';
  if (after >= 0 && (lower(view, ownerEnd) !== ',' || opensClause)) return [{ source: after, target: owner, former }];
  // "X, the former head of Y": the name before the comma, whatever its role in the clause;
  // "A and B, both members of Y": every name of the list before a plural noun.
  const appositive = before === ',' ? mentionEndingBefore(view, meaningfulBefore(view, match.start)) : -1;
  if (appositive >= 0 && appositive !== owner) {
    const plural = lower(view, match.end - 1) !== match.word.tokens.at(-1);
    return [...(plural ? coordinatedBefore(view, appositive) : []), appositive].map((source) => ({ source, target: owner, former }));
  }
  if (before === ',' || before === 'and' || BE.has(before) || before === '(') {
    return subjectOf(view, match.start)
      .filter((subject) => subject !== owner)
      .map((subject) => ({ source: subject, target: owner, former }));
  }
  return [];
};

/** "Putin's spokesman Peskov", "Peskov, Putin's spokesman". */
const possessive: FrameFunction = ({ view, match }) => {
  // The owner ends right before the noun, or two adjectives earlier: "Putin's longtime spokesman", "his elder brother".
  let owner = -1;
  for (let i = match.start - 1; i >= 0 && i >= match.start - 3 && owner < 0; i--) {
    const index = view.mentionAt[i]!;
    if (index >= 0) owner = index;
    else if (lower(view, i) !== "'s" && !/^\p{Ll}+$/u.test(view.tokens[i]!.text)) break;
  }
  if (owner < 0 || !view.mentions[owner]!.mention.possessive || !isArgument(view, owner)) return [];
  const former = formerBefore(view, match.start);
  const after = personAfter(view, match.end);
  if (after >= 0) return [{ source: after, target: owner, former }];
  // "Abish, the KNB's first deputy chairman": determiners may open the apposition.
  const comma = meaningfulBefore(view, leftEdge(view, owner));
  if (lower(view, comma) === ',') {
    const before = view.mentionAt[comma - 1] ?? -1;
    if (before >= 0 && isArgument(view, before)) return [{ source: before, target: owner, former }];
  }
  return [];
};

/** "X … as head of Y"; "appointed X as prime minister" (the country of X or of the article). */
const as: FrameFunction = ({ view, match, index }) => {
  const asToken = meaningfulBefore(view, match.start);
  if (lower(view, asToken) !== 'as') return [];
  // "removed Nazarbayev as chairman of …": the role is the object's; else the subject's.
  const object = mentionEndingBefore(view, asToken);
  const holder = object >= 0 && lower(view, asToken - 1) !== ',' ? object : subjectOf(view, match.start).at(-1);
  if (holder === undefined) return [];
  const former = formerBefore(view, match.start);
  if (lower(view, match.end) === 'of') {
    const owner = objectAfter(view, match.end + 1, 1)[0];
    return owner === undefined ? [] : [{ source: holder, target: owner, former }];
  }
  if (!CLAUSE_ENDS.has(lower(view, match.end))) return [];
  const role = view.mentions[view.mentionAt[match.start]!]?.mention;
  const country = role?.kind === 'role' && role.country ? role.country : countryOf(view, index, holder);
  return country ? [{ source: holder, target: -1, targetId: country, former }] : [];
};

/** "X, loyal to Y", "Loyal to Y, X …", "X is loyal to Y". */
const adjective: FrameFunction = ({ view, match }) => {
  const targets = objectAfter(view, match.end);
  if (targets.length === 0) return [];
  const first = meaningfulBefore(view, match.start);
  if (first < 0 || lower(view, first) === ',') {
    const lastTarget = view.mentions[targets.at(-1)!]!.mention.end;
    if (first < 0 && lower(view, lastTarget) === ',') {
      const subject = objectAfter(view, lastTarget + 1, 0)[0];
      if (subject !== undefined) return targets.map((target) => ({ source: subject, target }));
    }
  }
  return pairs(subjectOf(view, match.start), targets, false);
};

/** "Russia-led alliance", "the Russia-led CSTO", "the CSTO (a Russia-led alliance)". */
const hyphen: FrameFunction = ({ view, match }) => {
  if (lower(view, match.start - 1) !== '-') return [];
  const source = view.mentionAt[match.start - 2] ?? -1;
  const sourceMention = view.mentions[source]?.mention;
  // "Russian-led": the demonym's country leads.
  const sourceId = sourceMention?.kind === 'demonym' ? sourceMention.country : undefined;
  if (source < 0 || (!sourceId && !isArgument(view, source))) return [];
  const pair = (target: number): ArgumentPair[] => [{ source, target, ...(sourceId && { sourceId }) }];
  const next = objectAfter(view, match.end, 0)[0];
  if (next !== undefined) return pair(next);
  // Apposition: "the CSTO, a Moscow-led alliance".
  const comma = meaningfulBefore(view, source === -1 ? match.start : view.mentions[source]!.mention.start);
  const appositive = lower(view, comma) === ',' ? view.mentionAt[comma - 1] ?? -1 : -1;
  if (appositive >= 0 && isArgument(view, appositive)) return pair(appositive);
  // Inside brackets right after a name: the bracket describes that name.
  let i = leftEdge(view, source) - 1;
  while (i >= 0 && lower(view, i) !== '(' && i > leftEdge(view, source) - 4) i--;
  if (lower(view, i) !== '(') return [];
  for (i--; lower(view, i) === ')'; ) {
    while (i >= 0 && lower(view, i) !== '(') i--;
    i--;
  }
  const described = view.mentionAt[i] ?? -1;
  return described >= 0 && isArgument(view, described) ? pair(described) : [];
};

/** "At X's request, Y …" / "Y … at the request of X": X asked Y. */
const request: FrameFunction = ({ view, match }) => {
  let requester = -1;
  let at = -1;
  if (lower(view, match.start - 1) === "'s") {
    requester = view.mentionAt[match.start - 2] ?? -1;
    at = requester >= 0 ? meaningfulBefore(view, leftEdge(view, requester)) : -1;
  } else if (lower(view, match.start - 1) === 'the' && lower(view, match.end) === 'of') {
    requester = objectAfter(view, match.end + 1, 1)[0] ?? -1;
    at = match.start - 2;
  }
  if (requester < 0 || !isArgument(view, requester) || lower(view, at) !== 'at') return [];
  const phraseEnd = lower(view, match.end) === 'of' ? view.mentions[requester]!.mention.end : match.end;
  const comma = lower(view, phraseEnd) === ',' ? phraseEnd : -1;
  let asked: number[] = [];
  if (comma >= 0) {
    for (let i = comma + 1; i < view.tokens.length && asked.length === 0; i++) {
      const index = view.mentionAt[i]!;
      if (index >= 0 && isArgument(view, index) && view.depth[i] === view.depth[comma] && !isPrepositionObject(view, index)) asked = [index];
    }
  } else {
    asked = subjectOf(view, at);
  }
  return asked.map((target) => ({ source: requester, target }));
};

export const FRAME_FUNCTIONS: Record<Frame, FrameFunction> = {
  active,
  passive,
  to,
  order,
  with: nominal(['with', 'to', 'against']),
  between: nominal(['between']),
  compound,
  of,
  possessive,
  as,
  adjective,
  hyphen,
  request,
};
