/**
 * The actor catalog (seed/catalog.yaml and any user catalogs): who the known actors are,
 * what they are called, and which roles they held when, so that extraction can resolve
 * "Tokaev", "the Kazakh leader" or "his Russian counterpart" to one actor id.
 */
import type { ActorType } from '../document/types.ts';

export interface CatalogRole {
  /** The role as a noun phrase: "President", "Foreign Minister", "Spokesperson", "Secretary General". */
  title: string;
  /** Actor id of the country or organisation the role is held in ("kazakhstan", "csto"). */
  of?: string;
  /** ISO date the role began; absent when unknown. */
  from?: string;
  /** ISO date the role ended; absent while it is held. */
  to?: string;
}

export interface CatalogActor {
  /** Stable id: kebab-case slug of the canonical name ("kassym-jomart-tokayev"). */
  id: string;
  /** Canonical name as an English-language outlet writes it. */
  name: string;
  type: ActorType;
  /** Other names, spellings and transliterations ("Tokaev", "Toqaev", "Kassym-Jomart"). Surnames of people need not be listed. */
  aliases: string[];
  /** For people: used to resolve he/his/him and she/her. */
  gender?: 'male' | 'female';
  /** For countries: adjectives and demonyms ("Kazakh", "Kazakhstani") used in role mentions such as "the Kazakh leader". */
  demonyms?: string[];
  /** For people: actor id of their country, when known. */
  country?: string;
  roles: CatalogRole[];
  /** Free-text note for people extending the catalog. */
  note?: string;
  /**
   * Actor id this one stands for when it acts or speaks in news text (metonymy):
   * the Kremlin → `russia`, Washington → `united-states`. Absent for most actors.
   */
  standsFor?: string;
  /** Countries: ISO 3166-1 codes, from the general layer (world-countries). */
  iso?: { alpha2: string; alpha3: string; numeric?: string };
  /** CAMEO actor codes from the general layer (PETRARCH2): "KAZ", "IGOUNO", "NGAREB". */
  cameo?: string[];
  /** `general`: defined by the generated general knowledge (knowledge/*.json); absent: by a catalog file (topic pack). */
  layer?: 'general';
}

export interface Catalog {
  actors: CatalogActor[];
  /** Actor by id. */
  byId: Map<string, CatalogActor>;
  /**
   * Actor ids by alias key (see nameKey in normalize.ts: normalised and romanisation-folded);
   * more than one id means the alias is ambiguous. Includes canonical names and, for people,
   * "First Last" without middle names; excludes short acronyms (see byAcronym).
   */
  byAlias: Map<string, string[]>;
  /** Person ids by the key of their surname alone ("tokaev"): weaker evidence than byAlias. */
  bySurname?: Map<string, string[]>;
  /**
   * Actor ids by acronyms of two or three capitals, as written without dots ("US", "UN", "KNB"):
   * to be matched case-sensitively, since many are also English words ("us").
   */
  byAcronym?: Map<string, string[]>;
}
