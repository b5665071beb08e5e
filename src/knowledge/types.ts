/**
 * Shapes of the generated general knowledge (knowledge/*.json, written by scripts/build-knowledge.ts)
 * and of the tables the loader builds from it: actors for the catalog, agent nouns, CAMEO verbs
 * and the dated world-leaders layer.
 */
import type { ActorType } from '../document/types.ts';
import type { VerbBlock } from './cameo-verbs.ts';
import type { AgentForm } from './petrarch-agents.ts';

/** Names, codes and metonymy of an actor of the general layer (same fields as a catalog entry, plus codes). */
export interface GeneralActor {
  id: string;
  name: string;
  type: ActorType;
  aliases: string[];
  /** Names other general actors have too (ambiguous by nature: "Congo", "Georgia"). */
  sharedAliases?: string[];
  /** Countries: adjectives and demonyms ("Malian", "Burkinabe"). */
  demonyms?: string[];
  /** Capitals: the country they speak for ("Moscow said"). */
  standsFor?: string;
  /** Countries: ISO 3166-1 codes. */
  iso?: { alpha2: string; alpha3: string; numeric?: string };
  /** CAMEO actor codes ("KAZ", "IGOUNO", "IMGMUSALQ"). */
  cameo?: string[];
  note?: string;
  /** nameKey of the name, aliases, shared aliases and demonyms, in that order: loading folds nothing. */
  keys?: string[];
}

/** Header every generated file starts with. */
export interface KnowledgeHeader {
  generatedBy: string;
  source: string;
  licence: string;
}

export interface ActorsFile {
  header: KnowledgeHeader;
  actors: GeneralActor[];
}

/** An agent noun: a role of a person ("foreign minister") or a group ("riot police", "rebels"). */
export interface AgentNoun {
  /** Singular phrase, lower case. */
  phrase: string;
  /** CAMEO agent code without its `~` ("GOVFRM"). */
  code: string;
  /** `person`: a singular form names one holder of a role; `group`: the noun names a collective (WordNet noun.group). */
  denotes: 'person' | 'group';
  /** Forms with their number; plural forms and invariant group nouns denote a Group. */
  forms: AgentForm[];
  /**
   * Group id a plural form (or a group noun) resolves to: a canonical id from knowledge/sources.yaml
   * (`security-forces`, `armed-groups`), `state` (stands for the state in context), or the slug of the plural phrase.
   */
  group: string;
  line: number;
}

export interface AgentsFile {
  header: KnowledgeHeader;
  agents: AgentNoun[];
}

/** The CAMEO verb dictionary as generated: synonym sets and verb blocks (see cameo-verbs.ts). */
export interface VerbsFile {
  header: KnowledgeHeader;
  synsets: Record<string, string[]>;
  blocks: VerbBlock[];
}

/** A role of a world leader as the dictionary dates it. */
export interface LeaderRole {
  /** The whole CAMEO code ("KAZGOV", "USAMILGOV"). */
  code: string;
  /** Role component kept (GOV, MIL, OPP). */
  role: string;
  /** Actor id of the country (or organisation) the code names, when it is one of the general layer. */
  of?: string;
  from?: string;
  to?: string;
}

export interface Leader {
  id: string;
  name: string;
  aliases: string[];
  /** Country id the person's roles belong to (the first role's). */
  country?: string;
  roles: LeaderRole[];
  line: number;
}

