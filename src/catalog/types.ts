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
}

export interface Catalog {
  actors: CatalogActor[];
  /** Actor by id. */
  byId: Map<string, CatalogActor>;
  /** Actor ids by normalised alias (see normalizeName); more than one id means the alias is ambiguous. */
  byAlias: Map<string, string[]>;
}
