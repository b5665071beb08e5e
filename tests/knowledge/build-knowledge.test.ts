// The conversion of the maintained sources into knowledge/*.json: on small excerpts of each
// format (tests/knowledge/fixtures/), deterministic, failing with file and line on malformed
// input; and the committed files are what the real sources give.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { buildKnowledge, type BuildInputs } from '../../src/knowledge/build-knowledge.ts';
import { loadSourcesConfig, type SourcesConfig } from '../../src/knowledge/sources-config.ts';
import type { ActorsFile, AgentsFile } from '../../src/knowledge/types.ts';
import { loadWordnetNouns } from '../../src/knowledge/wordnet-nouns.ts';

const FIXTURES = 'tests/knowledge/fixtures';
const wordnet = loadWordnetNouns();
const shipped = loadSourcesConfig();
const config: SourcesConfig = { ...shipped, acceptedDefects: {} };
const worldCountries = JSON.parse(readFileSync(`${FIXTURES}/world-countries.json`, 'utf8'));

function inputs(petrarchDir = `${FIXTURES}/petrarch`, overrides: Partial<SourcesConfig> = {}): BuildInputs {
  return { config: { ...config, ...overrides }, petrarchDir, worldCountries, worldCountriesVersion: 'fixture', wordnet };
}

/** A copy of the fixture dictionaries with `file` replaced by `text`. */
function withFile(file: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'petrarch-'));
  cpSync(`${FIXTURES}/petrarch`, dir, { recursive: true });
  writeFileSync(join(dir, file), text);
  return dir;
}

function buildError(built: BuildInputs): string {
  try {
    buildKnowledge(built);
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return (error as KgError).message;
  }
  throw new Error('expected the build to fail');
}

describe('buildKnowledge on excerpts of each source', () => {
  const { files, leaders: builtLeaders } = buildKnowledge(inputs());
  const parse = <T>(name: string): T => JSON.parse(files.get(name)!) as T;
  const geography = new Map(parse<ActorsFile>('countries.json').actors.map((actor) => [actor.id, actor]));
  const organizations = new Map(parse<ActorsFile>('organizations.json').actors.map((actor) => [actor.id, actor]));
  const leaders = new Map(builtLeaders.map((leader) => [leader.id, leader]));
  const agents = new Map(parse<AgentsFile>('agents.json').agents.map((agent) => [agent.phrase, agent]));

  it('gives countries their names, ISO codes and demonyms, with adjectives from PETRARCH and language names, and ids the gold uses', () => {
    expect(geography.get('mali')).toMatchObject({ name: 'Mali', type: 'Country', aliases: ['Republic of Mali', 'République du Mali'], demonyms: ['Malian'] });
    expect(geography.get('mali')!.iso).toEqual({ alpha2: 'ML', alpha3: 'MLI', numeric: '466' });
    expect(geography.get('kazakhstan')!.aliases).toEqual(['Republic of Kazakhstan', 'Qazaqstan']); // no Cyrillic, no "KZ"
    // "Kazakh" from its language names, not "Russian"; "Kazakhistan" (a misspelling in the PETRARCH record) is no adjective.
    expect(geography.get('kazakhstan')!.demonyms).toEqual(['Kazakhstani', 'Kazakh']);
    expect(geography.has('turkiye')).toBe(false);
    expect(geography.get('turkey')).toMatchObject({ name: 'Türkiye', demonyms: ['Turkish'] });
  });

  it('makes each capital a Location standing for its country, unless it is the country itself', () => {
    expect(geography.get('bamako')).toMatchObject({ type: 'Location', standsFor: 'mali' });
    expect(geography.get('astana')).toMatchObject({ type: 'Location', standsFor: 'kazakhstan' });
    expect(geography.get('singapore')!.type).toBe('Country');
  });

  it('merges acronym records, keeps the fullest name, leaves out roles, office holders, elliptical names and people', () => {
    expect(organizations.get('united-nations')).toMatchObject({ name: 'United Nations', aliases: ['UN'], cameo: ['IGOUNO'] });
    expect(organizations.get('economic-community-of-west-african-states')).toMatchObject({ aliases: ['ECOWAS'], cameo: ['IGOWAFBUSWAS', 'IGOWAFWAS'] });
    expect(organizations.get('united-nations-security-council')).toMatchObject({ name: 'UN Security Council', aliases: [] });
    expect(organizations.get('human-rights-watch')!.aliases).toEqual([]);
    expect(organizations.get('animal-liberation-front')).toMatchObject({ aliases: ['ALF'], cameo: ['INTREB'], type: 'Organization' });
    const ids = [...organizations.keys()];
    expect(ids).not.toContain('un-secretary-general');
    expect(ids).not.toContain('kofi-annan');
    // Leaders the dictionary codes as their organisation: no organisation of their own, no alias of it.
    expect(ids).not.toContain('ayman-al-zawahiri');
    expect(organizations.get('hezbollah')!.aliases).toEqual(['Hizbollah']);
    expect(organizations.get('al-shabaab')!.aliases).toEqual(['Ash-Shabaab', 'Shabaab']);
    // A one-word alias that starts the names of two world leaders is a given name, not the organisation's.
    expect(organizations.get('ansar-dine')!.aliases).toEqual(['Ansar Dine Movement']);
    expect(ids).toEqual([...ids].sort());
  });

  it('makes a state\'s institutions organisations: sector codes only, no roles, no territories', () => {
    expect(organizations.get('malian-armed-forces')).toMatchObject({ type: 'Organization', aliases: ['FAMA'], cameo: ['MLIMIL'] });
    expect([...organizations.keys()]).not.toContain('malian-president');
    expect([...organizations.keys()]).not.toContain('tombouctou-region');
  });

  it('keeps people with dated government, military or opposition roles, and office holders of one organisation', () => {
    expect(leaders.get('amadou-toumani-toure')).toMatchObject({
      country: 'mali',
      roles: [
        { code: 'MLIMIL', role: 'MIL', of: 'mali', from: '1991-03-26', to: '1992-06-08' },
        { code: 'MLIGOV', role: 'GOV', of: 'mali', from: '2002-06-08', to: '2012-03-22' },
      ],
    });
    expect(leaders.get('ibrahim-boubacar-keita')).toMatchObject({ aliases: ['IBK'], roles: [{ role: 'GOV', of: 'mali', from: '2013-09-04' }] });
    expect(leaders.get('kofi-annan')).toMatchObject({
      aliases: ['Kofi Atta Annan'],
      roles: [{ code: 'IGOUNO', of: 'united-nations', from: '1997-01-01', to: '2006-12-31' }],
    });
    expect(leaders.has('ousmane-issoufi-maiga')).toBe(false);
  });

  it('tells group nouns from role nouns and maps agent codes to the group ids of the annotation guidelines', () => {
    expect(agents.get('police')).toMatchObject({ code: 'COP', denotes: 'group', group: 'security-forces' });
    expect(agents.get('rebel')).toMatchObject({ denotes: 'person', group: 'armed-groups' });
    expect(agents.get('president')).toMatchObject({ denotes: 'person', group: 'state' });
    expect(agents.get('journalist')).toMatchObject({ denotes: 'person', group: 'journalists' });
    expect(agents.get('policeman')!.forms.filter((form) => form.number === 'plural').map((form) => form.text)).toEqual(['policemen', 'policewomen']);
  });

  it('writes the same bytes on every run, with a header naming the script, source and licence', () => {
    const again = buildKnowledge(inputs()).files;
    for (const [name, content] of files) expect(again.get(name), name).toBe(content);
    const header = JSON.parse(files.get('countries.json')!).header;
    expect(header.generatedBy).toContain('scripts/build-knowledge.ts');
    expect(header.licence).toContain('ODbL');
    expect(JSON.parse(files.get('verbs.json')!).header.licence).toContain('MIT');
  });
});

describe('buildKnowledge on bad input', () => {
  it('fails naming file and line of a malformed dictionary line, and writes nothing', () => {
    const dir = withFile('Phoenix.MilNonState.actors.txt', 'BOKO_HARAM_ [NGAREB]\n\t[NGAREB 2004017-20061201]\n');
    const message = buildError(inputs(dir));
    expect(message).toContain('build-knowledge: 1 problem in the source dictionaries');
    expect(message).toContain('Phoenix.MilNonState.actors.txt:2: "[NGAREB 2004017-20061201]"');
    expect(message).toContain('acceptedDefects in knowledge/sources.yaml');
  });

  it('accepts a malformed line listed as an upstream defect', () => {
    const dir = withFile('Phoenix.MilNonState.actors.txt', 'BOKO_HARAM_ [NGAREB]\n\t[NGAREB 2004017-20061201]\n');
    expect(() => buildKnowledge(inputs(dir, { acceptedDefects: { 'Phoenix.MilNonState.actors.txt': [2] } }))).not.toThrow();
  });

  it('fails on an unknown CAMEO event code and an unknown agent code, with file and line', () => {
    const verbs = withFile('CAMEO.2.0.txt', '---  ASK   [020]  ---\nASK\n- * HELP [2101]\n');
    expect(buildError(inputs(verbs))).toContain('CAMEO.2.0.txt:3: unknown CAMEO code "2101"');
    const agents = withFile('Phoenix.agents.txt', 'POLICE {} [~COP]\nWIZARD [~XYZ]\n');
    expect(buildError(inputs(agents))).toContain('Phoenix.agents.txt:2: unknown CAMEO agent code "XYZ"');
  });

  it('names the missing source folder', () => {
    expect(buildError(inputs(join(tmpdir(), 'no-such-petrarch-dir')))).toMatch(/cannot read .*no-such-petrarch-dir.*Phoenix\.Countries\.actors\.txt/);
  });
});

describe('the committed knowledge files', () => {
  const petrarchDir = join(process.cwd(), shipped.petrarchDir);
  const present = existsSync(petrarchDir);
  if (!present && process.env.CI) throw new Error(`${petrarchDir} is missing: CI needs the shared data folder to check knowledge/*.json`);

  it.skipIf(!present)('are exactly what npm run build:knowledge makes from the sources (skipped: no ../shared/data outside CI)', () => {
    const require = createRequire(import.meta.url);
    const worldCountriesDir = dirname(require.resolve('world-countries/package.json'));
    const { files } = buildKnowledge({
      config: shipped,
      petrarchDir,
      worldCountries: JSON.parse(readFileSync(join(worldCountriesDir, 'countries.json'), 'utf8')),
      worldCountriesVersion: JSON.parse(readFileSync(join(worldCountriesDir, 'package.json'), 'utf8')).version,
      wordnet,
    });
    for (const [name, content] of files) {
      expect(readFileSync(join('knowledge', name), 'utf8') === content, `knowledge/${name} is stale: run npm run build:knowledge`).toBe(true);
    }
  }, 120_000); // the whole conversion: about 2 s alone, much more on a shared machine
});
