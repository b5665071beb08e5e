/**
 * The generated world behind a synthetic corpus: invented countries (with demonyms,
 * cities and naming traditions), their office holders, ministries, security services,
 * news agencies and parties, international blocs, armed or protest groups, and private
 * people with family ties. It is the ground truth's cast and becomes the catalog
 * `kg synth` writes; articles only ever mention actors of this population.
 */
import type { CatalogActor, CatalogRole } from '../catalog/types.ts';
import type { ActorType } from '../document/types.ts';
import { nameKey, slugify } from '../catalog/normalize.ts';
import { NAMING_TRADITIONS, drawPersonName, type Gender, type NamingTradition } from './names.ts';
import { createRandom, type Random } from './random.ts';

/** Offices every generated country fills, as catalog role titles. */
export const COUNTRY_OFFICES = ['President', 'Prime Minister', 'Foreign Minister', 'Defence Minister', 'Interior Minister'] as const;
export type CountryOffice = (typeof COUNTRY_OFFICES)[number];

export interface CountryProfile {
  country: CatalogActor;
  /** Naming tradition of its people. */
  tradition: NamingTradition;
  /** Main adjective ("Morvanian"), also the first of `country.demonyms`. */
  demonym: string;
  cities: string[];
  officials: Record<CountryOffice, CatalogActor>;
  formerPresident: CatalogActor;
  /** Spokesperson of the president. */
  spokesperson: CatalogActor;
  /** State security service and its head. */
  security: CatalogActor;
  securityHead: CatalogActor;
  ministries: CatalogActor[];
  newsAgency: CatalogActor;
  party: CatalogActor;
  /** Private people of this country: opposition figures, businesspeople, relatives. */
  citizens: CatalogActor[];
}

export interface Bloc {
  organization: CatalogActor;
  secretaryGeneral: CatalogActor;
  members: CatalogActor[];
}

export interface Movement {
  group: CatalogActor;
  leader: CatalogActor;
  country: CountryProfile;
}

/** A family tie: `relative` is `kinship` of `of` ("nephew" of the president). */
export interface Kinship {
  relative: CatalogActor;
  of: CatalogActor;
  kinship: string;
}

export interface Population {
  actors: CatalogActor[];
  byId: Map<string, CatalogActor>;
  countries: CountryProfile[];
  blocs: Bloc[];
  movements: Movement[];
  kinships: Kinship[];
  /** Country profile of every person, organisation and country, by actor id. */
  countryOf: Map<string, CountryProfile>;
  /** Surname of every person, by actor id. */
  surnames: Map<string, string>;
  /** Name keys (src/catalog nameKey) that more than one actor answers to: never used alone in text. */
  ambiguous: Set<string>;
}

/** Name keys claimed by more than one actor, through its name, an alias or (people) its surname. */
function ambiguousKeys(actors: readonly CatalogActor[], surnames: ReadonlyMap<string, string>): Set<string> {
  const owners = new Map<string, Set<string>>();
  const claim = (name: string, id: string) => {
    const key = nameKey(name);
    const ids = owners.get(key) ?? new Set<string>();
    owners.set(key, ids.add(id));
  };
  for (const actor of actors) {
    claim(actor.name, actor.id);
    for (const alias of actor.aliases) claim(alias, actor.id);
    const surname = surnames.get(actor.id);
    if (surname) claim(surname, actor.id);
  }
  return new Set([...owners].filter(([, ids]) => ids.size > 1).map(([key]) => key));
}

/** Roles of the generated office holders start before any article date. */
const OFFICE_START = '2018-05-01';
const FORMER_START = '2009-03-01';

const ONSETS = ['B', 'D', 'G', 'K', 'L', 'M', 'N', 'R', 'S', 'T', 'V', 'Z', 'Kh', 'Ost', 'Al', 'Er', 'Br', 'Dr', 'Sh', 'Tr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u'];
const CODAS = ['rv', 'lt', 'nd', 'rk', 'sh', 'zh', 'm', 'r', 'l', 'n', 'd', 'sk', 'rg', 'v'];
const CITY_SUFFIXES = ['grad', 'abad', 'burg', 'ovo', 'sk', 'port', 'ar', 'iyeh', 'ville', 'tau'];
const BLOC_ADJECTIVES = ['Northern', 'Boreal', 'Caspian', 'Continental', 'Southern', 'Steppe', 'Maritime', 'Central', 'Eastern', 'Highland'];
const BLOC_NOUNS = ['Security Council', 'Defence Pact', 'Economic Union', 'Cooperation Organization', 'Treaty Alliance', 'Trade Community'];
const MOVEMENT_NAMES = ['Liberation Front', 'Workers\u2019 Movement', 'People\u2019s Brigades', 'Resistance Council', 'Youth Movement'];
const KINSHIP: Record<Gender, readonly string[]> = {
  male: ['nephew', 'son', 'brother', 'son-in-law', 'cousin'],
  female: ['niece', 'daughter', 'sister', 'daughter-in-law', 'cousin'],
};
const CITIZEN_NOTES = ['opposition politician', 'businessperson', 'journalist', 'human rights lawyer', 'former general'];

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function acronym(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[A-Z]/.test(word))
    .map((word) => word[0])
    .join('');
}

/** Builds the population step by step, keeping ids and names unique. */
class PopulationBuilder {
  readonly actors: CatalogActor[] = [];
  readonly takenNames = new Set<string>();
  readonly takenIds = new Set<string>();
  readonly surnames = new Map<string, string>();
  /** Name keys of people, so that no two differ only by a spelling the catalog folds. */
  readonly personKeys = new Set<string>();

  constructor(readonly random: Random) {}

  /** A root no other place name uses yet ("Morv", "Tarkes"). */
  placeRoot(): string {
    for (;;) {
      const r = this.random;
      const root = r.pick(ONSETS) + r.pick(VOWELS) + r.pick(CODAS) + (r.chance(0.4) ? r.pick(VOWELS) + r.pick(['n', 'r', 'l', 's']) : '');
      if (!this.takenNames.has(root)) {
        this.takenNames.add(root);
        return root;
      }
    }
  }

  add(name: string, type: ActorType, fields: Partial<CatalogActor> = {}): CatalogActor {
    let id = slugify(name);
    for (let n = 2; this.takenIds.has(id); n += 1) id = `${slugify(name)}-${n}`;
    this.takenIds.add(id);
    this.takenNames.add(name);
    const actor: CatalogActor = { id, name, type, aliases: [], roles: [], ...fields };
    this.actors.push(actor);
    return actor;
  }

  person(tradition: NamingTradition, country: CatalogActor, roles: CatalogRole[], note?: string): CatalogActor {
    const drawn = drawPersonName(tradition, this.random, this.personKeys);
    const fields: Partial<CatalogActor> = { aliases: drawn.aliases, gender: drawn.gender, country: country.id, roles };
    if (note) fields.note = note;
    const person = this.add(drawn.name, 'Person', fields);
    this.surnames.set(person.id, drawn.surname);
    return person;
  }

  country(): { actor: CatalogActor; demonym: string; root: string } {
    const root = this.placeRoot();
    const style = this.random.pick(['ia', 'istan', 'a'] as const);
    const name = style === 'ia' ? `${root}ania` : style === 'istan' ? `${root}istan` : `${root}a`;
    const demonyms = style === 'ia' ? [`${root}anian`] : style === 'istan' ? [`${root}istani`, root] : [`${root}an`];
    return { actor: this.add(name, 'Country', { demonyms }), demonym: demonyms[0] as string, root };
  }
}

function buildCountry(builder: PopulationBuilder): CountryProfile {
  const { random } = builder;
  const tradition = random.pick(NAMING_TRADITIONS);
  const { actor: country, demonym, root } = builder.country();
  const cities = [0, 1, 2].map(() => builder.placeRoot() + random.pick(CITY_SUFFIXES));
  const role = (title: string, of = country.id, extra: Partial<CatalogRole> = {}): CatalogRole => ({ title, of, from: OFFICE_START, ...extra });
  const officials = Object.fromEntries(
    COUNTRY_OFFICES.map((office) => [office, builder.person(tradition, country, [role(office)])]),
  ) as Record<CountryOffice, CatalogActor>;
  const formerPresident = builder.person(tradition, country, [role('President', country.id, { from: FORMER_START, to: OFFICE_START })]);
  const ministries = (['Foreign', 'Defence', 'Interior'] as const).map((area) =>
    builder.add(`${demonym} ${area} Ministry`, 'Organization', {
      aliases: [`${area} Ministry of ${country.name}`, `Ministry of ${area === 'Foreign' ? 'Foreign Affairs' : area} of ${country.name}`],
      country: country.id,
    }),
  );
  const security = builder.add(`${demonym} State Security Committee`, 'Organization', {
    aliases: [`State Security Committee of ${country.name}`],
    country: country.id,
  });
  const securityHead = builder.person(tradition, country, [role('Head', security.id)]);
  const spokesperson = builder.person(tradition, country, [role('Spokesperson', country.id)]);
  const newsAgency = builder.add(`${capitalize(root.toLowerCase())}inform`, 'Organization', { country: country.id });
  const partyName = `${random.pick(['United', 'Democratic', 'National', 'Renewal'])} ${demonym} Party`;
  const party = builder.add(partyName, 'Organization', { aliases: [acronym(partyName)], country: country.id });
  return { country, tradition, demonym, cities, officials, formerPresident, spokesperson, security, securityHead, ministries, newsAgency, party, citizens: [] };
}

function buildBloc(builder: PopulationBuilder, members: CountryProfile[]): Bloc {
  const { random } = builder;
  let name = `${random.pick(BLOC_ADJECTIVES)} ${random.pick(BLOC_NOUNS)}`;
  // The adjective × noun names run out in large populations: name the bloc after a place.
  for (let attempt = 0; builder.takenNames.has(name); attempt += 1) {
    name = `${attempt < 10 ? random.pick(BLOC_ADJECTIVES) : builder.placeRoot()} ${random.pick(BLOC_NOUNS)}`;
  }
  const organization = builder.add(name, 'Organization', { aliases: [acronym(name)] });
  const home = random.pick(members);
  const secretaryGeneral = builder.person(random.pick(NAMING_TRADITIONS), home.country, [
    { title: 'Secretary General', of: organization.id, from: OFFICE_START },
  ]);
  return { organization, secretaryGeneral, members: members.map((member) => member.country) };
}

function buildMovement(builder: PopulationBuilder, country: CountryProfile): Movement {
  const { random } = builder;
  const base = random.chance(0.5) ? `${country.demonym} ${random.pick(MOVEMENT_NAMES)}` : `${random.pick(country.cities)} ${random.pick(MOVEMENT_NAMES)}`;
  const name = builder.takenNames.has(base) ? `New ${base}` : base;
  const group = builder.add(name, 'Group', { aliases: [acronym(name)], country: country.country.id });
  const leader = builder.person(random.pick(NAMING_TRADITIONS), country.country, [], 'movement leader');
  return { group, leader, country };
}

/** Number of countries for a population of about `actors` actors (each country brings ~17). */
function countryCount(actors: number): number {
  return Math.max(2, Math.round(actors / 20));
}

/**
 * Generates the population for a seed. The same (seed, actors) always gives the same
 * population; `actors` is a target (at least ~40 actors are always generated).
 */
export function generatePopulation(seed: number, actors: number): Population {
  const random = createRandom(seed, 0x9e3779b9);
  const builder = new PopulationBuilder(random);
  const countries = Array.from({ length: countryCount(actors) }, () => buildCountry(builder));
  const blocs: Bloc[] = [];
  for (let start = 0; start + 1 < countries.length; start += 4) {
    blocs.push(buildBloc(builder, countries.slice(start, Math.min(countries.length, start + random.int(3, 5)))));
  }
  const movements = countries.filter((_, index) => index % 2 === 0).map((country) => buildMovement(builder, country));

  const kinships: Kinship[] = [];
  while (builder.actors.length < actors) {
    const home = random.pick(countries);
    const citizen = builder.person(random.chance(0.7) ? home.tradition : random.pick(NAMING_TRADITIONS), home.country, [], random.pick(CITIZEN_NOTES));
    home.citizens.push(citizen);
    if (random.chance(0.3)) {
      const of = random.pick([home.officials.President, home.formerPresident, home.securityHead, home.officials['Prime Minister']]);
      kinships.push({ relative: citizen, of, kinship: random.pick(KINSHIP[citizen.gender ?? 'male']) });
    }
  }

  const profileById = new Map(countries.map((profile) => [profile.country.id, profile]));
  const countryOf = new Map<string, CountryProfile>();
  for (const actor of builder.actors) {
    const profile = profileById.get(actor.country ?? actor.id);
    if (profile) countryOf.set(actor.id, profile);
  }
  return {
    actors: builder.actors,
    byId: new Map(builder.actors.map((actor) => [actor.id, actor])),
    countries,
    blocs,
    movements,
    kinships,
    countryOf,
    surnames: builder.surnames,
    ambiguous: ambiguousKeys(builder.actors, builder.surnames),
  };
}
