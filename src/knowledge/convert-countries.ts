/**
 * Countries and capitals of the general layer: every ISO 3166 entry of world-countries (common and
 * official names, Latin-script spellings, English demonyms, ISO codes), adjectives the package
 * lacks from its language names and the country records of PETRARCH's Phoenix.Countries.actors.txt
 * ("Kazakh", "Afghan"), acronyms from the latter ("US", "U.K."), and each capital as a Location
 * that stands for its country.
 */
import { nameKey, slugify } from '../catalog/normalize.ts';
import { isAcronymOf } from './display-name.ts';
import type { ActorRecord } from './petrarch-actors.ts';
import type { GeneralActor } from './types.ts';

/** The fields of a world-countries entry that are used. */
export interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  ccn3?: string;
  independent?: boolean | null;
  capital?: string[];
  altSpellings?: string[];
  /** ISO 639-3 code → English name of each official language. */
  languages?: Record<string, string>;
  demonyms?: { eng?: { f: string; m: string } };
}

export interface CountryLayer {
  countries: GeneralActor[];
  capitals: GeneralActor[];
}

/** Latin script only: altSpellings also carry native scripts ("Қазақстан"), useless for English news. */
const LATIN_RE = /^[\p{Script=Latin}\p{M}\p{N}\s.,'’()-]+$/u;

const unique = (values: Iterable<string>): string[] => [...new Set(values)];

/**
 * Candidate words that are adjectives of the country: single words that are a proper prefix of
 * the name of four letters or more ("AFGHAN" of Afghanistan, "Kazakh"), or the name, or its first
 * word when no other country starts with it, of four letters or more plus one to three letters
 * ("MALIAN", "BURKINABE"). Misspellings ("AFGHANESTAN") are neither. The candidates are the
 * synonyms of the PETRARCH country record and the country's language names in world-countries
 * ("Kazakh", "Uzbek", "Tajik"; "Russian" is no adjective of Kazakhstan by this rule).
 */
function adjectivesAmong(candidates: readonly string[], country: WorldCountry, firstWordShared: ReadonlySet<string>): string[] {
  const name = country.name.common.toLowerCase();
  const stems = [name.replace(/\s+/g, '')];
  const first = name.split(/\s+/)[0]!;
  if (first !== name && !firstWordShared.has(first)) stems.push(first);
  return candidates
    .filter((candidate) => !candidate.includes(' '))
    .map((candidate) => candidate.toLowerCase())
    .filter((word) =>
      stems.some(
        (stem) =>
          word !== stem &&
          ((stem.startsWith(word) && word.length >= 4) || (stem.length >= 4 && word.startsWith(stem) && word.length - stem.length <= 3)),
      ),
    )
    .map((word) => word[0]!.toUpperCase() + word.slice(1));
}

/**
 * Acronyms among a PETRARCH country record's synonyms ("US", "U.S.", "THE UK" → "UK"), which
 * world-countries lists only as bare ISO codes: the ISO codes themselves, or the initials of the
 * English name ("U.S.A."), never a short word ("GOA", "OHIO").
 */
function petrarchAcronyms(record: ActorRecord, country: WorldCountry, smallWords: ReadonlySet<string>): string[] {
  return record.names.flatMap((name) => {
    const acronym = /^(?:THE )?((?:[A-Z]\.?){2,4})$/.exec(name)?.[1];
    if (!acronym) return [];
    const letters = acronym.replaceAll('.', '');
    const names = [country.name.common, country.name.official];
    return letters === country.cca2 || letters === country.cca3 || names.some((english) => isAcronymOf(acronym, english, smallWords)) ? [acronym] : [];
  });
}

/** The ISO alpha-3 code a PETRARCH country record is about: its undated code or its latest open-ended one. */
function recordCountryCode(record: ActorRecord): string | undefined {
  const codes = record.codes.filter((code) => code.code && /^[A-Z]{3}$/.test(code.code) && !code.to);
  return codes[codes.length - 1]?.code ?? undefined;
}

/**
 * Converts world-countries entries (and the PETRARCH country records, for adjectives) into the
 * countries and capitals of the general layer, sorted by id. `ids` maps a generated id to the one
 * the project already uses; `smallWords` are skipped or not when initials are compared.
 */
export function convertCountries(
  entries: readonly WorldCountry[],
  records: readonly ActorRecord[],
  ids: Readonly<Record<string, string>>,
  smallWords: ReadonlySet<string> = new Set(),
): CountryLayer {
  const idOf = (name: string) => ids[slugify(name)] ?? slugify(name);
  const firstWords = entries.map((entry) => entry.name.common.toLowerCase().split(/\s+/)[0]!);
  const firstWordShared = new Set(firstWords.filter((word, i) => firstWords.indexOf(word) !== i));
  const recordsByCode = new Map<string, ActorRecord[]>();
  for (const record of records) {
    const code = recordCountryCode(record);
    if (code && record.codes.every((entry) => !entry.code || /^[A-Z]{3}$/.test(entry.code))) {
      recordsByCode.set(code, [...(recordsByCode.get(code) ?? []), record]);
    }
  }

  const countries = entries.map((entry): GeneralActor => {
    const id = idOf(entry.name.common);
    const nameKeys = new Set([nameKey(entry.name.common)]);
    const records = recordsByCode.get(entry.cca3) ?? [];
    const spellings = (entry.altSpellings ?? []).filter((alias) => alias !== entry.cca2);
    const acronyms = records.flatMap((record) => petrarchAcronyms(record, entry, smallWords));
    const aliases = unique([entry.name.official, ...spellings, ...acronyms])
      .filter((alias) => LATIN_RE.test(alias))
      .filter((alias) => !nameKeys.has(nameKey(alias)) && nameKeys.add(nameKey(alias)));
    const english = entry.demonyms?.eng;
    const candidates = [...records.flatMap((record) => record.names), ...Object.values(entry.languages ?? {})];
    const adjectives = adjectivesAmong(candidates, entry, firstWordShared);
    const demonyms = unique([english?.m, english?.f, ...adjectives].filter((word): word is string => Boolean(word)))
      .filter((word, i, all) => all.findIndex((other) => nameKey(other) === nameKey(word)) === i);
    const iso = { alpha2: entry.cca2, alpha3: entry.cca3, ...(entry.ccn3 ? { numeric: entry.ccn3 } : {}) };
    return { id, name: entry.name.common, type: 'Country', aliases, ...(demonyms.length ? { demonyms } : {}), iso, cameo: [entry.cca3] };
  });
  dropSharedDemonyms(countries, new Set(entries.filter((entry) => entry.independent).map((entry) => idOf(entry.name.common))));

  const countryIds = new Set(countries.map((country) => country.id));
  const countryKeys = new Set(countries.flatMap((country) => [country.name, ...country.aliases].map(nameKey)));
  const claims = new Map<string, { name: string; countries: string[] }>();
  entries.forEach((entry, i) => {
    for (const capital of entry.capital ?? []) {
      const id = idOf(capital);
      if (countryIds.has(id) || countryKeys.has(nameKey(capital))) continue; // "Singapore", "Kuwait": the country itself
      const claim = claims.get(id) ?? { name: capital, countries: [] };
      claim.countries.push(countries[i]!.id);
      claims.set(id, claim);
    }
  });
  const capitals = [...claims].map(([id, { name, countries: of }]): GeneralActor => ({
    id,
    name,
    type: 'Location',
    aliases: [],
    ...(of.length === 1 ? { standsFor: of[0] } : { note: `Capital of ${of.join(', ')}: stands for none of them alone.` }),
  }));
  const byId = (a: GeneralActor, b: GeneralActor) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { countries: countries.sort(byId), capitals: capitals.sort(byId) };
}

/**
 * A demonym several countries claim is kept by the one independent state among them ("American":
 * the United States, not the US Minor Outlying Islands); between two states ("Dominican",
 * "Congolese") it is ambiguous and kept on neither.
 */
function dropSharedDemonyms(countries: GeneralActor[], independent: ReadonlySet<string>): void {
  const owners = new Map<string, string[]>();
  for (const country of countries) for (const word of country.demonyms ?? []) owners.set(nameKey(word), [...(owners.get(nameKey(word)) ?? []), country.id]);
  const keeps = (word: string, id: string): boolean => {
    const claimants = owners.get(nameKey(word))!;
    const states = claimants.filter((owner) => independent.has(owner));
    return claimants.length === 1 || (states.length === 1 && states[0] === id);
  };
  for (const country of countries) {
    if (!country.demonyms) continue;
    const kept = country.demonyms.filter((word) => keeps(word, country.id));
    if (kept.length) country.demonyms = kept;
    else delete country.demonyms;
  }
}
