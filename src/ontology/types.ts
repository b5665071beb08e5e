/**
 * The ontology as the extractor and the loader see it: actor types, relation types with
 * their direction, argument types, CAMEO code, properties and the trigger words that
 * express them. Produced by `loadOntology()` from schema/ontology.yaml.
 */
import type { ActorType } from '../document/types.ts';

/**
 * How a trigger's arguments are found in a sentence (implemented in src/extract/frames.ts):
 * - `active`: SUBJECT verb OBJECT ("A arrested B"; "A and B met" for symmetric types)
 * - `passive`: OBJECT was verb-ed [by SUBJECT], and "B, condemned by A"
 * - `to`: SUBJECT verb [object noun] to TARGET ("A sent troops to B")
 * - `order`: SUBJECT verb X to <another trigger of the type> TARGET ("A ordered police to fire on B")
 * - `with`: SUBJECT … noun [with|to|against] TARGET ("A held talks with B", "A's call with B")
 * - `between`: noun between A and B
 * - `compound`: [Country|Organization] noun NAME ("Russian President Putin", "Kremlin spokesman Peskov")
 * - `of`: NAME, [the] noun of Y / noun of Y, NAME / NAME is the noun of Y
 * - `possessive`: Y's noun NAME / NAME, Y's noun
 * - `as`: SUBJECT … as noun of Y
 * - `adjective`: NAME, adjective Y / Adjective Y, NAME / NAME is adjective Y
 * - `hyphen`: Y-phrase NOUN ("Russia-led alliance")
 * - `request`: at Y's request / at the request of Y, SUBJECT … (Y → SUBJECT)
 */
export const FRAMES = [
  'active',
  'passive',
  'to',
  'order',
  'with',
  'between',
  'compound',
  'of',
  'possessive',
  'as',
  'adjective',
  'hyphen',
  'request',
] as const;
export type Frame = (typeof FRAMES)[number];

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
  frames: Frame[];
  /** Nouns allowed as the direct object of a `to` frame, with the property value they give. */
  object?: Map<string, string>;
  /** Words of which at least one must occur in the clause for the trigger to count. */
  cue?: Set<string>;
  /** Property that receives the matched word's (or object's) value. */
  property?: string;
  /** The syntactic object is the source ("A handed power to B": B succeeded A). */
  reverse: boolean;
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
}

/** Word lists the extraction stages use; see the `lexicon` section of schema/ontology.yaml. */
export interface Lexicon {
  /** Group id → the noun phrases (lower case) that denote it. */
  groups: Map<string, string[]>;
  /** Nouns for armed forces that, after a demonym or name, denote that country or organisation. */
  stateForces: Set<string>;
  organizationCues: Set<string>;
  personTitles: Set<string>;
  attribution: Set<string>;
  negation: Set<string>;
  /** Verbs that deny the rest of their sentence. */
  denial: Set<string>;
  /** Plural nouns of unnamed collectives; with their modifiers they make a Group id. */
  collectives: Set<string>;
  hedges: Set<string>;
  future: Set<string>;
}

export interface Ontology {
  /** File it was loaded from, for messages. */
  file: string;
  actorTypes: Map<ActorType, { definition: string }>;
  /** Relation types by name, in file order. */
  relations: Map<string, RelationType>;
  lexicon: Lexicon;
}
