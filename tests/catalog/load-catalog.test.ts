import { copyFileSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATALOG_PATH, loadCatalog } from '../../src/catalog/load-catalog.ts';
import { nameKey } from '../../src/catalog/normalize.ts';
import { KgError } from '../../src/errors.ts';

const fixture = (name: string) => `tests/catalog/fixtures/${name}`;

/** The KgError message thrown by loading `paths` (on their own when `general` is false), or a failure if it loads. */
function loadError(...paths: string[]): string {
  return loadErrorWith({ general: false }, ...paths);
}

function loadErrorWith(options: { general: boolean }, ...paths: string[]): string {
  try {
    loadCatalog(paths, options);
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return (error as KgError).message;
  }
  throw new Error(`expected ${paths.join(', ')} to be refused`);
}

describe('loadCatalog: bad catalogs are reported with file and line', () => {
  it('an alias given to two actors of one file', () => {
    const message = loadError(fixture('duplicate-alias.yaml'));
    expect(message).toContain(
      'tests/catalog/fixtures/duplicate-alias.yaml:8: actors[1].aliases[0]: "Tokaev" names both someone-else and kassym-jomart-tokayev (line 5)',
    );
    expect(message).toContain('sharedAliases');
  });

  it('an unknown actor type', () => {
    expect(loadError(fixture('unknown-type.yaml'))).toContain(
      'tests/catalog/fixtures/unknown-type.yaml:5: actors[1].type: must be one of Person, Organization, Country, Group, Location (got "Persn")',
    );
  });

  it('a day that does not exist and a role that ends before it begins', () => {
    const message = loadError(fixture('bad-date.yaml'));
    expect(message).toContain('bad-date.yaml:7: actors[1].roles[0].from: is not a calendar date (got "2019-02-30")');
    expect(message).toContain('bad-date.yaml:8: actors[1].roles[1].to: ends before it begins');
  });

  it('references to actors that do not exist', () => {
    const message = loadError(fixture('unknown-reference.yaml'));
    expect(message).toContain('unknown-reference.yaml:6: actors[1].country: refers to unknown actor "kazakstan"');
    expect(message).toContain('unknown-reference.yaml:8: actors[1].roles[0].of: refers to unknown actor "knb"');
  });

  it('a YAML syntax error, with its column', () => {
    // The list left open on line 4 is noticed where the next entry starts.
    expect(loadError(fixture('syntax-error.yaml'))).toMatch(/tests\/catalog\/fixtures\/syntax-error\.yaml:[45]:\d+: YAML syntax error: Flow sequence/);
  });

  it('nesting beyond the limit', () => {
    expect(loadError(fixture('deep-nesting.yaml'))).toMatch(/^tests\/catalog\/fixtures\/deep-nesting\.yaml:66: nesting is deeper than 64 levels/);
  });

  it('an id defined twice', () => {
    expect(loadError(fixture('duplicate-id.yaml'))).toContain(
      'duplicate-id.yaml:4: actors[1].id: duplicate id "kazakhstan" (first defined at tests/catalog/fixtures/duplicate-id.yaml:2)',
    );
  });

  it('an extension that changes what a general actor stands for', () => {
    expect(loadErrorWith({ general: true }, fixture('changes-stands-for.yaml'))).toContain(
      'changes-stands-for.yaml:4: extend[0].standsFor: "moscow" already stands for "russia"; a catalog may not change that',
    );
  });

  it('an extension of an actor no catalog defines', () => {
    expect(loadError(fixture('extend-unknown.yaml'))).toContain('extend-unknown.yaml:2: extend[0].id: extends unknown actor "nobody-we-know"');
  });

  it('a country reference to an actor that is not a country', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    const file = join(dir, 'not-a-country.yaml');
    writeFileSync(file, 'actors:\n  - name: Someone\n    type: Person\n    country: kremlin\n');
    expect(loadErrorWith({ general: true }, DEFAULT_CATALOG_PATH, file)).toContain(':4: actors[0].country: "kremlin" is a Organization, expected a Country');
  });

  it('a topic pack that redefines an actor of the general knowledge, with the line of both', () => {
    const message = loadErrorWith({ general: true }, fixture('redefines-general.yaml'));
    const redefined = /redefines-general\.yaml:3: actors\[0\]\.name: "mali" is already defined by the general knowledge \(knowledge\/countries\.json:\d+\)/;
    expect(message).toMatch(redefined);
    expect(message).toContain('use extend:');
  });
});

describe('loadCatalog: merging and indexes', () => {
  it('keeps a deliberately shared alias ambiguous', () => {
    const catalog = loadCatalog([fixture('shared-alias.yaml')], { general: false });
    expect(catalog.byAlias.get(nameKey('Security Council'))).toEqual(['security-council-of-kazakhstan', 'united-nations-security-council']);
  });

  it('lets a user catalog extend shipped actors and refer to them', () => {
    const catalog = loadCatalog([DEFAULT_CATALOG_PATH, fixture('user-extension.yaml')]);
    expect(catalog.byAlias.get(nameKey('President Toqaev'))).toEqual(['kassym-jomart-tokayev']);
    expect(catalog.byId.get('kassym-jomart-tokayev')!.aliases).toContain('President Toqaev');
    expect(catalog.byId.get('saltanat-azirbek')).toMatchObject({ type: 'Person', country: 'kazakhstan' });
    // The shipped catalog loaded alone is not affected by the extension.
    expect(loadCatalog().byId.get('kassym-jomart-tokayev')!.aliases).not.toContain('President Toqaev');
  });

  it('files surnames apart from full names, as weaker keys', () => {
    const catalog = loadCatalog();
    expect(catalog.bySurname!.get(nameKey('Abish'))).toEqual(['samat-abish']);
    expect(catalog.byAlias.has(nameKey('Abish'))).toBe(false);
    expect(catalog.bySurname!.get(nameKey('Xi'))).toEqual(['xi-jinping']);
    expect(catalog.bySurname!.get(nameKey('von der Leyen'))).toEqual(['ursula-von-der-leyen']);
  });

  it('files "First Last" for people with middle names', () => {
    expect(loadCatalog().byAlias.get(nameKey('Recep Erdogan'))).toEqual(['recep-tayyip-erdogan']);
  });

  it('keeps short acronyms out of byAlias, so the pronoun "us" is no country', () => {
    const catalog = loadCatalog();
    expect(catalog.byAcronym!.get('US')).toEqual(['united-states']);
    expect(catalog.byAcronym!.get('KNB')).toEqual(['national-security-committee-of-kazakhstan']);
    expect(catalog.byAlias.has('us')).toBe(false);
    expect(catalog.byAlias.get(nameKey('NATO'))).toEqual(['nato']);
  });

  it('lets a topic pack extend a general actor with aliases, gender, standsFor and a note, leaving the general layer unchanged', () => {
    const catalog = loadCatalog([fixture('extends-general.yaml')]);
    expect(catalog.byId.get('mali')).toMatchObject({ layer: 'general', note: 'Extended by a test pack.' });
    expect(catalog.byAlias.get(nameKey('Malian Republic'))).toEqual(['mali']);
    expect(catalog.byId.get('antonio-guterres')).toMatchObject({
      type: 'Person',
      gender: 'male',
      roles: [{ title: 'Secretary-General', of: 'united-nations' }],
    });
    expect(catalog.byId.get('knesset')!.standsFor).toBe('israel');
    const alone = loadCatalog([]);
    expect(alone.byId.get('knesset')!.standsFor).toBeUndefined();
    expect(alone.byId.get('mali')!.note).toBeUndefined();
    expect(alone.byAlias.has(nameKey('Malian Republic'))).toBe(false);
  });

  it('finds "The Kremlin" under the key of "Kremlin"', () => {
    expect(loadCatalog().byAlias.get(nameKey('The Kremlin'))).toEqual(['kremlin']);
  });
});

describe('loadCatalog: cache', () => {
  it('returns the same catalog while the files are unchanged, and rereads a changed file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalog-'));
    const file = join(dir, 'catalog.yaml');
    copyFileSync(fixture('shared-alias.yaml'), file);
    const first = loadCatalog([file], { general: false });
    expect(loadCatalog([file], { general: false })).toBe(first);

    writeFileSync(file, 'actors:\n  - name: Only One\n    type: Group\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5_000));
    const second = loadCatalog([file], { general: false });
    expect(second).not.toBe(first);
    expect(second.actors.map((actor) => actor.id)).toEqual(['only-one']);
  });
});
