// The shipped topic pack (seed/catalog.yaml) on top of the general layer: loads cleanly, follows
// the id convention other engineers rely on, and its aliases neither collide with each other nor
// with plain English.
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG_PATH, loadCatalog } from '../../src/catalog/load-catalog.ts';
import { nameKey, slugify } from '../../src/catalog/normalize.ts';
import { catalogFileSchema } from '../../src/catalog/schema.ts';
import { loadYamlFile } from '../../src/yaml/parse-yaml.ts';

const catalog = loadCatalog();
const actorsOf = (type: string) => catalog.actors.filter((actor) => actor.type === type);
/** Actors the pack itself defines (not the general layer). */
const packActors = catalog.actors.filter((actor) => !actor.layer);

describe('seed/catalog.yaml', () => {
  it('has well over a hundred actors of every type', () => {
    expect(catalog.actors.length).toBeGreaterThanOrEqual(120);
    for (const type of ['Person', 'Organization', 'Country', 'Group', 'Location']) expect(actorsOf(type).length).toBeGreaterThan(0);
  });

  it('uses the kebab-case slug of the canonical name as id', () => {
    for (const actor of packActors) {
      expect(actor.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(actor.id).toBe(slugify(actor.name));
    }
  });

  it('has the actors and ids the gold annotations use', () => {
    const ids = ['kassym-jomart-tokayev', 'nursultan-nazarbayev', 'karim-masimov', 'samat-abish', 'vladimir-putin', 'dmitry-peskov',
      'collective-security-treaty-organization', 'national-security-committee-of-kazakhstan', 'security-council-of-kazakhstan',
      'kazakhstan', 'russia', 'nato', 'european-commission', 'protesters', 'security-forces', 'human-rights-organizations'];
    for (const id of ids) expect(catalog.byId.has(id), id).toBe(true);
  });

  it('gives every person a gender and a country, and every country of the articles a demonym', () => {
    expect(actorsOf('Person').filter((person) => !person.gender || !person.country).map((person) => person.id)).toEqual([]);
    const articleCountries = ['kazakhstan', 'russia', 'armenia', 'belarus', 'kyrgyzstan', 'tajikistan', 'china', 'uzbekistan', 'turkey',
      'united-states', 'france', 'israel', 'mali', 'niger', 'nigeria', 'burkina-faso', 'sri-lanka', 'india', 'soviet-union'];
    const countries = [...packActors.filter((actor) => actor.type === 'Country'), ...articleCountries.map((id) => catalog.byId.get(id)!)];
    expect(countries.filter((country) => !country.demonyms?.length).map((country) => country.id)).toEqual([]);
    expect(catalog.byId.get('kazakhstan')!.demonyms).toEqual(expect.arrayContaining(['Kazakh', 'Kazakhstani']));
  });

  it('resolves the spellings of Tokayev found in English-language outlets', () => {
    for (const spelling of ['Kassym-Jomart Tokayev', 'Kasym-Zhomart Tokaev', 'Qasym-Jomart Toqaev', 'Kassym-Zhomart Tokayev', 'Tokaev', 'Toqaev', 'Tokajew']) {
      expect(catalog.byAlias.get(nameKey(spelling)), spelling).toEqual(['kassym-jomart-tokayev']);
    }
  });

  it('resolves the seed articles’ names', () => {
    const expected: Record<string, string> = {
      'Dmitrij Peskov': 'dmitry-peskov',
      'Atlantic Alliance': 'nato',
      'National Security Commission': 'national-security-committee-of-kazakhstan',
      'Ministry of the Interior': 'ministry-of-internal-affairs-of-kazakhstan',
      'EU Commission': 'european-commission',
      'leader of the nation': 'nursultan-nazarbayev',
      demonstrators: 'protesters',
      'human rights organizations': 'human-rights-organizations',
      'Nur-Sultan': 'astana',
    };
    for (const [name, id] of Object.entries(expected)) expect(catalog.byAlias.get(nameKey(name)), name).toEqual([id]);
    // A name two states' bodies have (declared shared): the article tells which (tests/extract/mentions.test.ts).
    expect(catalog.byAlias.get(nameKey('National Security Council'))).toEqual(['national-security-council', 'security-council-of-kazakhstan']);
  });

  it('shares an alias between actors only where the catalog declares it', () => {
    const file = loadYamlFile(DEFAULT_CATALOG_PATH, catalogFileSchema);
    const declared = new Set([...file.data.actors, ...file.data.extend].flatMap((actor) => actor.sharedAliases.map(nameKey)));
    const involvesPack = (ids: string[]) => ids.length > 1 && ids.some((id) => !catalog.byId.get(id)!.layer);
    const ambiguous = [...catalog.byAlias].filter(([, ids]) => involvesPack(ids)).map(([key]) => key);
    expect(ambiguous.filter((key) => !declared.has(key))).toEqual([]);
    for (const [acronym, ids] of catalog.byAcronym!) if (ids.some((id) => !catalog.byId.get(id)!.layer)) expect(ids, acronym).toHaveLength(1);
  });

  it('gives distinct people distinct surname keys, except relatives', () => {
    const shared = [...catalog.bySurname!].filter(([, ids]) => ids.length > 1);
    expect(shared).toEqual([[nameKey('Berdimuhamedov'), ['gurbanguly-berdimuhamedov', 'serdar-berdimuhamedov']]]);
  });

  it('has no named actor whose alias folds onto a common English word', () => {
    // Group actors are named by common nouns on purpose ("police", "army") and are left out.
    const words = `a about after again against all also an and another any are as at back be because been before being
      between both but by came can come could day did do down each even every first for from get give go good great had has
      have he her here him his how if in into is it its just know last like long made make man many may me might more most
      much must my never new no not now of off old on one only or other our out over own people said same say see she should
      since so some still such take than that the their them then there these they this those through time to too two under
      up us very was way we well were what when where which while who why will with would year you your state government
      minister president leader party council committee security national international foreign office press news agency
      army police forces troops protest protests violence order power country capital city region west east north south
      union alliance general chairman spokesman head former nation world report reports talks call calls help support
      amnesty commission ministry interior prime secretary price mark rose grant bush will may june march`.split(/\s+/);
    const groupIds = new Set(actorsOf('Group').map((group) => group.id));
    for (const word of words) {
      const ids = (catalog.byAlias.get(nameKey(word)) ?? []).filter((id) => !groupIds.has(id));
      expect(ids, word).toEqual([]);
    }
  });
});
