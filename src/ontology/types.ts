/**
 * The ontology as the extractor and the loader see it: actor types, relation types with
 * their direction, argument types, CAMEO code, properties and the trigger words that
 * express them. Produced by `loadOntology()` from schema/ontology.yaml.
 */
import type { ActorType } from '../document/types.ts';
import type { DependencyPath } from '../extract/dependency-path.ts';
import type { Lexicon } from './lexicon.ts';

/**
 * One way a trigger's arguments stand in the parse (the ontology's `frames`, read by
 * src/extract/relations.ts): dependency paths from the trigger word to the source and the
 * target (src/extract/dependency-path.ts has the path language), or, for `pair`, paths to a
 * list of actors that relate to each other ("A and B met").
 */
export interface FramePattern {
  source: DependencyPath[];
  target: DependencyPath[];
  /** Every two actors these paths reach form a pair (symmetric relations). */
  pair: DependencyPath[];
  /** Path to the noun that gives the trigger's property through its `object` list ("sent | troops"). */
  value: DependencyPath[];
  /** How much a finding by this pattern is trusted, before hedges and indirect mentions. */
  confidence: number;
}

export type TriggerKind = 'verb' | 'noun' | 'adjective' | 'phrase';

/** One trigger word or phrase, as lower-case tokens; `value` feeds the trigger's property. */
export interface TriggerWord {
  kind: TriggerKind;
  tokens: string[];
  value: string;
}

export interface Trigger {
  /** Relation type this trigger expresses. */
  relation: string;
  words: TriggerWord[];
  /** Names of the ontology's frames this trigger's arguments may stand in. */
  frames: string[];
  /** Where the words come from: `newsgraph` (chosen by the project) or `CAMEO.2.0:<code>`. */
  source: string;
  /** Nouns allowed as the direct object of a `to` frame, with the property value they give. */
  object?: Map<string, string>;
  /** Words of which at least one must occur in the clause for the trigger to count. */
  cue?: Set<string>;
  /** Property that receives the matched word's (or object's) value. */
  property?: string;
  /** The syntactic object is the source ("A handed power to B": B succeeded A). */
  reverse: boolean;
  /** The act goes both ways ("A clashed with B", "A and B clashed"): each pair is found in both directions. */
  mutual: boolean;
  /** The only actor types this trigger's target may have, when narrower than the relation's ("told X": no news outlet). */
  target?: ActorType[];
  /** The verb names a lasting state, so its past tense says the state has ended ("X led Y", "worked for Y"; not "joined"). */
  pastEnds: boolean;
  /** An "as" phrase of the verb names a post ("dismissed X as minister"); with an indefinite article it calls X something ("dismissed X as a thief"). */
  asPost: boolean;
  /**
   * The people one plural trigger noun names are related to each other too, with this value of the trigger's property
   * ("his sons Uday and Qusay": siblings).
   */
  among?: string;
}

export interface PropertySpec {
  name: string;
  type: 'string' | 'number' | 'boolean' | 'enum';
  values?: string[];
}

export interface RelationType {
  name: string;
  direction: 'directed' | 'symmetric';
  /** A lasting state (a role, kinship): dated by the article, not by dates in its sentence. */
  state: boolean;
  definition: string;
  source: ActorType[];
  target: ActorType[];
  /** CAMEO root code ("04"), when one applies. */
  cameo?: string;
  /** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quadClass?: 1 | 2 | 3 | 4;
  properties: PropertySpec[];
  triggers: Trigger[];
  /** Relation types this one replaces when both come from the same trigger word ("called on X to help"). */
  supersedes: string[];
  /** CAMEO event codes (prefixes) the relation stands for, where its verb triggers may come from (scripts/cameo-triggers.ts). */
  cameoEvents: string[];
}

/** Word lists the extraction stages use; see src/ontology/lexicon.ts and the `lexicon` section of schema/ontology.yaml. */
export type { Lexicon } from './lexicon.ts';

export interface Ontology {
  /** File it was loaded from, for messages. */
  file: string;
  actorTypes: Map<ActorType, { definition: string }>;
  /** Relation types by name, in file order. */
  relations: Map<string, RelationType>;
  /** Argument patterns by frame name. */
  frames: Map<string, FramePattern[]>;
  lexicon: Lexicon;
  /** Properties set from how a sentence states a relation, not from its trigger words. */
  statement: StatementProperties;
}

/** The `statement` section of the ontology. */
export interface StatementProperties {
  /** Property set true when the trigger's clause hedges the act; kept while every evidence sentence does. */
  hedged: string;
  /** Property of relations that declare it: `past` when the role noun is marked past, else `present`; past wins on merge. */
  roleTime: { property: string; past: string; present: string };
}
