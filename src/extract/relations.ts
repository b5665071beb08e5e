/**
 * Relation reading for one parsed sentence: finds the ontology's triggers, walks each
 * trigger's frames (dependency paths, schema/ontology.yaml) to its source and target
 * actors, spreads coordinated arguments, and keeps the pairs whose actor types the relation
 * allows. What the clause says about the act comes from the parse too: a negation, a future
 * auxiliary, an infinitive that was only asked for, or a governing denial drops the trigger;
 * a hedge marks it. Each covers its own clause, not the rest of the sentence.
 */
import type { ActorType, PropertyValue } from '../document/types.ts';
import type { Token } from '../nlp/types.ts';
import type { FramePattern, Lexicon, Ontology, RelationType, StatementProperties } from '../ontology/types.ts';
import type { DependencyGraph } from './dependency-graph.ts';
import { followPath, type DependencyPath, type WalkContext } from './dependency-path.ts';
import type { KnownRoles } from './known-roles.ts';
import type { ResolvedMention, ResolvedVia } from './resolution.ts';
import { findTriggers, type TriggerIndex, type TriggerMatch } from './trigger-index.ts';

/** One relation found in one sentence, before merging across the document. */
export interface Finding {
  type: string;
  source: string;
  target: string;
  properties: Record<string, PropertyValue>;
  rule: string;
  confidence: number;
  /** Character span of the trigger words in the article. */
  trigger: { start: number; end: number };
  /** Character spans of the mentions that gave the arguments (none for an actor known from the knowledge base). */
  sourceSpan?: { start: number; end: number };
  targetSpan?: { start: number; end: number };
  /** For a mention that points back ("he", "the bloc"): the span of the earlier mention that named the actor. */
  sourceAntecedent?: { start: number; end: number };
  targetAntecedent?: { start: number; end: number };
}

/** A parsed sentence with its resolved mentions placed on its tokens. */
export interface SentenceReading {
  tokens: readonly Token[];
  graph: DependencyGraph;
  mentions: readonly ResolvedMention[];
  /** Token index → index in `mentions`, or -1. */
  mentionAt: readonly number[];
  /** Type of an actor met in the article. */
  typeOf(id: string): ActorType | undefined;
  /** Roles the knowledge base gives people at the article's date. */
  knownRoles: KnownRoles;
}

export interface RelationContext {
  ontology: Ontology;
  triggers: TriggerIndex;
}

/** How much an argument found indirectly is trusted. */
const VIA_CONFIDENCE: Record<ResolvedVia, number> = {
  name: 1, forces: 0.95, group: 0.95, surname: 0.95, role: 0.9, pronoun: 0.85, candidate: 0.9, description: 0.8,
};
const HEDGED_CONFIDENCE = 0.6;
/** Trust in an actor the knowledge base supplies rather than the sentence. */
const KNOWN_CONFIDENCE = 0.9;

/** An argument: the actor, and the mention that gave it (absent when the knowledge base did). */
interface Argument {
  id: string;
  mention?: ResolvedMention;
}

/** The relations one sentence states. */
export function extractRelations(reading: SentenceReading, context: RelationContext): Finding[] {
  const matches = findTriggers(reading.tokens, context.triggers);
  if (matches.length === 0) return [];
  const { lexicon } = context.ontology;
  const findings: Finding[] = [];
  for (const match of matches) {
    const relation = context.ontology.relations.get(match.trigger.relation)!;
    const status = clauseStatus(reading, match.head, lexicon);
    if (status === 'unasserted' || (!relation.state && isAskedFor(reading, match.head, lexicon))) continue;
    if (match.trigger.cue && !cueInClause(reading, match, match.trigger.cue)) continue;
    if (match.trigger.asPost && callsSomething(reading, match.head)) continue;
    const walk: WalkContext = {
      graph: reading.graph,
      isTrigger: (index) => matches.some((other) => other.head === index && other.trigger.relation === relation.name),
      prepositionalObject: (index) => {
        const trigger = matches.find((other) => other.head === index && other.trigger.relation === relation.name) ?? (index === match.head ? match : undefined);
        return trigger && prepositionalObject(reading, trigger);
      },
    };
    const former = isFormerRole(reading, match, lexicon);
    const fromMatch = findings.length;
    for (const frame of match.trigger.frames) {
      let directed = false;
      for (const pattern of context.ontology.frames.get(frame)!) {
        // "A and B met X": the subjects met X, not each other; a pair is read only when the frame found no target.
        if (pattern.pair.length > 0 && directed) continue;
        for (const [source, target] of argumentPairs(reading, match, pattern, relation, walk, former, lexicon)) {
          const stated = { hedged: status === 'hedged', former, statement: context.ontology.statement };
          const finding = toFinding(reading, relation, match, frame, pattern, source, target, stated);
          if (!finding) continue;
          findings.push(finding);
          if (pattern.pair.length === 0) directed = true;
        }
      }
    }
    if (match.trigger.among !== undefined) findings.push(...amongEachOther(reading, match, findings.slice(fromMatch)));
  }
  return withoutSuperseded(dedupe(findings), context.ontology);
}

/**
 * "his sons Uday and Qusay": the sources one plural trigger relates to one target relate to each
 * other as the trigger's `among` value says, each pair once, in reading order.
 */
function amongEachOther(reading: SentenceReading, match: TriggerMatch, found: readonly Finding[]): Finding[] {
  const { among, property } = match.trigger;
  if (among === undefined || property === undefined || !reading.tokens[match.head]!.feats.includes('Number=Plur')) return [];
  const pairs: Finding[] = [];
  for (const target of new Set(found.map((finding) => finding.target))) {
    const members = found.filter((finding) => finding.target === target);
    for (const [i, first] of members.entries()) {
      for (const second of members.slice(i + 1)) {
        if (first.source === second.source) continue;
        pairs.push({
          type: first.type,
          source: first.source,
          target: second.source,
          properties: { ...first.properties, [property]: among },
          rule: `among:${first.rule}`,
          confidence: Math.min(first.confidence, second.confidence),
          trigger: first.trigger,
          ...(first.sourceSpan && { sourceSpan: first.sourceSpan }),
          ...(first.sourceAntecedent && { sourceAntecedent: first.sourceAntecedent }),
          ...(second.sourceSpan && { targetSpan: second.sourceSpan }),
          ...(second.sourceAntecedent && { targetAntecedent: second.sourceAntecedent }),
        });
      }
    }
  }
  return pairs;
}

/** Whether the trigger's clause asserts the act, only hedges it, or does not assert it at all. */
function clauseStatus(reading: SentenceReading, head: number, lexicon: Lexicon): 'asserted' | 'hedged' | 'unasserted' {
  const { graph, tokens } = reading;
  const clause = clauseHead(reading, head);
  const modifiers = [head, clause].flatMap((index) => graph.children[index]!.map((edge) => ({ ...edge, word: tokens[edge.token]! })));
  const says = (set: ReadonlySet<string>, word: Token) => set.has(word.lemma) || set.has(word.form.toLowerCase());
  if (modifiers.some(({ rel, word }) => (rel === 'advmod' || rel === 'det' || rel === 'cc:preconj') && says(lexicon.negation, word))) return 'unasserted';
  if (modifiers.some(({ rel, word }) => rel === 'aux' && says(lexicon.future, word))) return 'unasserted';
  const clauseToken = tokens[clause]!;
  // "urged X to press Y", "plans to meet": asked for or intended, not done ("continued to fire" is done).
  const infinitive = graph.children[clause]!.some((edge) => edge.rel === 'mark' && tokens[edge.token]!.form.toLowerCase() === 'to');
  if (infinitive && clauseToken.head >= 0 && !(clauseToken.deprel === 'xcomp' && says(lexicon.implicative, tokens[clauseToken.head]!))) return 'unasserted';
  // "denied meeting Y", "dismissed rumours that X met Y", "rejected calls for talks": the act hangs from a denial.
  const governing = clause === head ? governingChain(reading, clause) : [clause, ...governingChain(reading, clause)];
  for (const ancestor of governing) if (says(lexicon.denial, tokens[ancestor]!)) return 'unasserted';
  if (modifiers.some(({ rel, word }) => rel !== 'case' && says(lexicon.hedges, word))) return 'hedged';
  for (const ancestor of governingChain(reading, clause)) if (says(lexicon.hedges, tokens[ancestor]!)) return 'hedged';
  return 'asserted';
}

/** "requested a meeting", "proposed talks": the event a noun trigger names is the object of a verb that only asks for it. */
function isAskedFor(reading: SentenceReading, head: number, lexicon: Lexicon): boolean {
  const { tokens } = reading;
  const token = tokens[head]!;
  if (token.upos !== 'NOUN' || token.deprel !== 'obj') return false;
  const verb = tokens[token.head];
  return !!verb && (lexicon.irrealis.has(verb.lemma) || lexicon.irrealis.has(verb.form.toLowerCase()));
}

/** The predicate of the clause a trigger word belongs to: itself for a verb, the verb a noun is an argument of. */
export function clauseHead(reading: SentenceReading, token: number): number {
  const { tokens, graph } = reading;
  let current = token;
  for (let steps = 0; steps < 4; steps++) {
    const word = tokens[current]!;
    if (word.upos === 'VERB' || word.head < 0 || graph.dependents(current, 'cop').length > 0) return current;
    if (!['obj', 'obl', 'nmod', 'nsubj', 'nsubj:pass', 'compound', 'amod', 'appos', 'conj'].includes(word.deprel)) return current;
    current = word.head;
  }
  return current;
}

/** "dismissed X as a thief": an "as" phrase of the verb with an indefinite article names what X is called, not a post. */
function callsSomething(reading: SentenceReading, verb: number): boolean {
  const { graph, tokens } = reading;
  return graph
    .dependents(verb, 'obl')
    .some((phrase) => graph.hasMarker(phrase, 'as') && graph.dependents(phrase, 'det').some((det) => tokens[det]!.lemma.toLowerCase() === 'a'));
}

/** Heads a clause's content hangs from: complements ("denied that …") and the nouns they complete ("rumours that …"). */
function governingChain(reading: SentenceReading, clause: number): number[] {
  const chain: number[] = [];
  let current = clause;
  while (chain.length < 4) {
    const word = reading.tokens[current]!;
    if (word.head < 0 || !['ccomp', 'xcomp', 'acl', 'obj', 'csubj'].includes(word.deprel)) break;
    current = word.head;
    chain.push(current);
  }
  return chain;
}

/** Whether a cue word stands in the trigger's clause, the trigger's own words included ("fired him from his post"). */
function cueInClause(reading: SentenceReading, match: TriggerMatch, cue: ReadonlySet<string>): boolean {
  const clause = clauseHead(reading, match.head);
  return reading.graph.subtree(clause).some((index) => {
    const token = reading.tokens[index]!;
    return cue.has(token.form.toLowerCase()) || cue.has(token.lemma);
  });
}

/** The noun a trigger's final preposition marks: "fired on | protesters". */
function prepositionalObject(reading: SentenceReading, match: TriggerMatch): number | undefined {
  if (match.object !== undefined) return match.object;
  const last = reading.tokens[match.end - 1]!;
  if (match.end - match.start < 2 || last.deprel !== 'case') return undefined;
  return last.head >= match.start && last.head < match.end ? undefined : last.head;
}

/** The (source, target) pairs one pattern licenses for one trigger occurrence. */
function argumentPairs(
  reading: SentenceReading,
  match: TriggerMatch,
  pattern: FramePattern,
  relation: RelationType,
  walk: WalkContext,
  former: boolean,
  lexicon: Lexicon,
): Array<[Argument, Argument]> {
  const { mutual } = match.trigger;
  if (pattern.pair.length > 0) {
    if (relation.direction !== 'symmetric' && !mutual) return [];
    const members = argumentsAt(reading, match, pattern.pair, walk, { former, lexicon });
    const pairs = members.flatMap((source, i) => members.slice(i + 1).map((target): [Argument, Argument] => [source, target]));
    // A symmetric type is stored once per pair; a directed one done mutually is done by each to the other.
    return relation.direction === 'symmetric' ? pairs : [...pairs, ...pairs.map(([a, b]): [Argument, Argument] => [b, a])];
  }
  const sources = argumentsAt(reading, match, pattern.source, walk, { former, lexicon });
  if (sources.length === 0) return [];
  const pairs: Array<[Argument, Argument]> = [];
  for (const source of sources) {
    const targets = argumentsAt(reading, match, pattern.target, walk, { former, lexicon }, source);
    for (const target of targets) {
      if (target.id === source.id) continue;
      pairs.push([source, target]);
      if (mutual) pairs.push([target, source]);
    }
  }
  return pairs;
}

/** The actors that the first path reaching any reaches (alternatives are tried in order). */
function argumentsAt(
  reading: SentenceReading,
  match: TriggerMatch,
  paths: readonly DependencyPath[],
  walk: WalkContext,
  { former, lexicon }: { former: boolean; lexicon: Lexicon },
  source?: Argument,
): Argument[] {
  for (const path of paths) {
    if (path.kind === 'known-role') {
      const owner = source && reading.knownRoles.ownerOf(source.id, match.word.value, former);
      if (owner) return [{ id: owner }];
      continue;
    }
    if (path.kind === 'role-country') {
      const role = reading.mentions[reading.mentionAt[match.head] ?? -1];
      if (role?.mention.kind === 'role' && role.actorId === null && role.mention.country) return [{ id: role.mention.country, mention: role }];
      continue;
    }
    const found: Argument[] = [];
    // A title describes the one name it stands before, not that name's conjuncts ("President of A X, President of B Y"),
    // unless it is plural ("his sons Uday and Qusay", "Presidents Obama and Putin").
    const last = path.steps.at(-1)!;
    const spread = !(last.up && last.rel === 'nmod:desc') || reading.tokens[match.head]!.feats.includes('Number=Plur');
    for (const token of followPath(path, match.head, walk)) {
      for (const argument of actorsAt(reading, token, lexicon, spread)) {
        // A path that only comes back to the source ("Foreign Minister Yair Lapid": Yair) has found nothing yet.
        if (argument.id !== source?.id && !found.some((other) => other.id === argument.id)) found.push(argument);
      }
    }
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * The actors a token reached by a path denotes, its conjuncts included when `spread`. A plain noun (not
 * a proper name that names no actor) stands for what it is in apposition to, and a stand-in noun naming nobody ("the leaders of A, B
 * and C") for the actors of its `of` complement.
 */
function actorsAt(reading: SentenceReading, token: number, lexicon: Lexicon, spread: boolean): Argument[] {
  const found: Argument[] = [];
  const { graph, tokens } = reading;
  for (const member of spread ? graph.conjuncts(token) : [token]) {
    let argument = actorOf(reading, member);
    // A proper name that is no mention ("Camp Shorabak …, Afghanistan") is a place or a thing: its apposition says where it is.
    const plain = tokens[member]!.upos !== 'PROPN' || reading.mentionAt[member] !== -1;
    if (!argument && plain) for (const apposed of graph.apposed(member)) argument ??= actorOf(reading, apposed);
    if (argument) {
      found.push(argument);
      continue;
    }
    const lemma = tokens[member]!.lemma;
    const named = namedDescription(reading, member, lexicon);
    if (named) {
      found.push(named);
      continue;
    }
    if (lexicon.standIns.has(lemma)) found.push(...(countryOfOfficials(reading, member) ?? ownersOf(reading, member, lexicon.ownerMarkers)));
    if (lexicon.issuedNouns.has(lemma)) found.push(...issuersOf(reading, member, lexicon));
    found.push(...listedMembers(reading, member, lexicon.memberMarkers));
  }
  return found;
}

/** "talks with British ministers": office holders a plural role noun names only by their country stand for it, as "the leaders of A" do. */
function countryOfOfficials(reading: SentenceReading, noun: number): Argument[] | undefined {
  const resolved = reading.mentions[reading.mentionAt[noun] ?? -1];
  const role = resolved?.mention;
  return role?.kind === 'role' && role.plural && role.country ? [{ id: role.country, mention: resolved }] : undefined;
}

/** Actor types a description noun may name through a compound: "the CSTO alliance", "the Taliban government". */
const DESCRIBED_TYPES: Record<string, readonly ActorType[]> = {
  multilateral: ['Organization'],
  government: ['Country', 'Organization'],
  collective: ['Group'],
  owner: ['Organization', 'Country'],
};

/** The actor a description noun names through its compound ("the CSTO alliance" is the CSTO), if any. */
function namedDescription(reading: SentenceReading, noun: number, lexicon: Lexicon): Argument | undefined {
  const kind = lexicon.descriptions.get(reading.tokens[noun]!.form.toLowerCase());
  if (!kind) return undefined;
  for (const compound of reading.graph.dependents(noun, 'compound')) {
    const argument = actorOf(reading, compound);
    if (argument && DESCRIBED_TYPES[kind]!.includes(reading.typeOf(argument.id)!)) return argument;
  }
  return undefined;
}

/**
 * The actors a noun naming nobody lists right after it, whatever the parser attached the
 * list to: "partners, including the European Union and the United States".
 */
function listedMembers(reading: SentenceReading, noun: number, markers: ReadonlySet<string>): Argument[] {
  const { tokens, graph } = reading;
  const last = Math.max(...graph.subtree(noun).filter((index) => tokens[index]!.upos !== 'PUNCT'));
  const at = tokens[last + 1]?.form === ',' ? last + 2 : last + 1;
  const marker = tokens[at];
  if (!marker || !markers.has(marker.form.toLowerCase()) || marker.head <= at) return [];
  return graph.conjuncts(marker.head).flatMap((member) => actorOf(reading, member) ?? []);
}

/**
 * Who issued a decree, message or statement that names nobody: the subject of the verb it is
 * the object of ("Tokayev signed a decree appointing X"), its owner ("Xi's message"), or its
 * "by"/"from" phrase.
 */
function issuersOf(reading: SentenceReading, noun: number, lexicon: Lexicon): Argument[] {
  const { graph } = reading;
  const owners = [
    ...graph.dependents(noun, 'nmod:poss'),
    ...graph.markedDependents(noun, 'nmod', lexicon.issuerMarkers),
    ...graph.governors(noun, 'obj').flatMap((verb) => graph.dependents(verb, 'nsubj')),
  ];
  return owners.flatMap((owner) => graph.conjuncts(owner).flatMap((member) => actorOf(reading, member) ?? []));
}

/**
 * The actors of a noun's owner phrases ("of A, B and C"); an owner that names nobody passes
 * on its own owner once ("heads of state of the organisation").
 */
function ownersOf(reading: SentenceReading, noun: number, markers: ReadonlySet<string>, depth = 0): Argument[] {
  const { graph } = reading;
  const found: Argument[] = [];
  for (const owner of graph.markedDependents(noun, 'nmod', markers)) {
    for (const ownerMember of graph.conjuncts(owner)) {
      const represented = actorOf(reading, ownerMember);
      if (represented) found.push(represented);
      else if (depth === 0) found.push(...ownersOf(reading, ownerMember, markers, 1));
    }
  }
  return found;
}

/** The actor mentioned at token `index`, unless the mention is a place. */
function actorOf(reading: SentenceReading, index: number): Argument | undefined {
  // "General Abdourahamane Tchiani": the parser may head the name with the title before it.
  const name = reading.mentionAt[index] === -1 ? reading.graph.dependents(index, 'flat').find((part) => reading.mentionAt[part] !== -1) : undefined;
  const position = reading.mentionAt[name ?? index] ?? -1;
  const mention = reading.mentions[position];
  if (!mention) return undefined;
  if (!mention.actorId) {
    // A demonym ("the Russian-led bloc") names its country; a title before a name names nobody.
    return mention.mention.kind === 'demonym' ? { id: mention.mention.country, mention } : undefined;
  }
  if (reading.typeOf(mention.actorId) === 'Location') return undefined;
  return { id: mention.actorId, mention };
}

function toFinding(
  reading: SentenceReading,
  relation: RelationType,
  match: TriggerMatch,
  frame: string,
  pattern: FramePattern,
  sourceArgument: Argument,
  targetArgument: Argument,
  { hedged, former, statement }: { hedged: boolean; former: boolean; statement: StatementProperties },
): Finding | undefined {
  let [source, target] = [sourceArgument, targetArgument];
  if (match.trigger.reverse) [source, target] = [target, source];
  const sourceType = reading.typeOf(source.id);
  const targetType = reading.typeOf(target.id);
  if (!sourceType || !targetType || !relation.source.includes(sourceType) || !relation.target.includes(targetType)) return undefined;
  if (match.trigger.target && !match.trigger.target.includes(targetType)) return undefined;

  const properties: Record<string, PropertyValue> = {};
  if (match.trigger.property) {
    const value = match.trigger.object ? objectValue(reading, match, pattern) : match.word.value;
    if (value === undefined) return undefined;
    properties[match.trigger.property] = value;
  } else if (match.trigger.object && objectValue(reading, match, pattern) === undefined) {
    return undefined;
  }
  const { roleTime } = statement;
  if (relation.properties.some((spec) => spec.name === roleTime.property)) properties[roleTime.property] = former ? roleTime.past : roleTime.present;
  if (hedged) properties[statement.hedged] = true;

  let confidence = pattern.confidence * via(source) * via(target);
  if (hedged) confidence *= HEDGED_CONFIDENCE;
  const { tokens } = reading;
  return {
    type: relation.name,
    source: source.id,
    target: target.id,
    properties,
    rule: `${frame}:${match.word.tokens.join(' ')}`,
    confidence: Math.round(confidence * 100) / 100,
    trigger: { start: tokens[match.start]!.start, end: tokens[match.end - 1]!.end },
    ...(source.mention && { sourceSpan: spanOf(source.mention) }),
    ...(target.mention && { targetSpan: spanOf(target.mention) }),
    ...(source.mention?.antecedent && { sourceAntecedent: source.mention.antecedent }),
    ...(target.mention?.antecedent && { targetAntecedent: target.mention.antecedent }),
  };
}

/** Where an argument stands in the sentence. */
function spanOf(resolved: ResolvedMention): { start: number; end: number } {
  return { start: resolved.mention.charStart, end: resolved.mention.charEnd };
}

function via(argument: Argument): number {
  return argument.mention ? VIA_CONFIDENCE[argument.mention.via] : KNOWN_CONFIDENCE;
}

/** Whether the role noun is marked as a past one ("former premier", "ex-president"), or a state verb is in the past ("worked for"). */
function isFormerRole(reading: SentenceReading, match: TriggerMatch, lexicon: Lexicon): boolean {
  const { tokens, graph } = reading;
  if (match.word.kind === 'verb') return match.trigger.pastEnds && tokens[match.head]!.xpos === 'VBD';
  const modifiers = graph.children[match.head]!.filter((edge) => edge.rel === 'amod' || edge.rel === 'advmod' || edge.rel === 'compound');
  // "ex-president" is ex, -, president; "former" may also stand before a multi-word title's first word.
  const words = [...modifiers.map((edge) => tokens[edge.token]!), ...tokens.slice(Math.max(0, match.start - 2), match.start)];
  return words.some((token) => lexicon.former.has(token.form.toLowerCase()));
}

/** The property value the trigger's object noun gives ("troops" → military), through the pattern's `value` paths. */
function objectValue(reading: SentenceReading, match: TriggerMatch, pattern: FramePattern): string | undefined {
  const objects = match.trigger.object;
  if (!objects) return undefined;
  const walk: WalkContext = { graph: reading.graph, isTrigger: () => false, prepositionalObject: () => undefined };
  for (const path of pattern.value) {
    if (path.kind !== 'steps') continue;
    for (const token of followPath(path, match.head, walk)) {
      const word = reading.tokens[token]!;
      const modifier = reading.graph.children[token]!.find((edge) => edge.rel === 'amod' || edge.rel === 'compound');
      const phrase = modifier ? `${reading.tokens[modifier.token]!.form.toLowerCase()} ${word.form.toLowerCase()}` : undefined;
      const value = (phrase && objects.get(phrase)) ?? objects.get(word.form.toLowerCase()) ?? objects.get(word.lemma);
      if (value !== undefined) return value;
    }
  }
  return undefined;
}

/** One finding per (type, source, target, trigger): several patterns may find the same pair. */
function dedupe(findings: Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const finding of findings) {
    const key = `${finding.type}|${finding.source}|${finding.target}|${finding.trigger.start}`;
    const kept = best.get(key);
    if (!kept || finding.confidence > kept.confidence) best.set(key, finding);
  }
  return [...best.values()];
}

/** Drops findings of a type another type found from the same trigger word supersedes. */
function withoutSuperseded(findings: Finding[], ontology: Ontology): Finding[] {
  const superseded = new Set<string>();
  for (const finding of findings) {
    for (const other of ontology.relations.get(finding.type)!.supersedes) superseded.add(`${other}|${finding.trigger.start}`);
  }
  if (superseded.size === 0) return findings;
  return findings.filter((finding) => !superseded.has(`${finding.type}|${finding.trigger.start}`));
}
