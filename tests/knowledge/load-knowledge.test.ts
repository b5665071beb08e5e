// loadKnowledgeBase: general knowledge always, topic packs on top unless turned off, the agent,
// verb and leader tables, the ids the gold uses, and errors naming file and line.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nameKey } from '../../src/catalog/normalize.ts';
import { KgError } from '../../src/errors.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge.ts';

/** Every actor id the gold files of `dir` name (actor lists and relation ends). */
function goldIds(dir: string): Set<string> {
  const ids = new Set<string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const id of goldIds(path)) ids.add(id);
    else if (entry.name.endsWith('.yaml')) {
      const gold = parse(readFileSync(path, 'utf8')) as { actors?: string[]; relations?: Array<{ source: string; target: string }> };
      for (const id of [...(gold.actors ?? []), ...(gold.relations ?? []).flatMap((relation) => [relation.source, relation.target])]) ids.add(id);
    }
  }
  return ids;
}

/** Gold ids of actors that no catalog ever had: the gold names them by the slug of the article's name (docs/annotation.md). */
const UNCATALOGUED = new Set(['abdourahamane-tchiani', 'aidos-kenzhebayev', 'armed-groups', 'bola-tinubu', 'coup-leaders', 'detainees',
  'development-bank-of-kazakhstan', 'gotabaya-rajapaksa', 'government-supporters', 'kamal-gunaratne', 'lena-hoffmann',
  'mahinda-rajapaksa', 'mohamed-bazoum', 'nazarbayev-university', 'presidential-guard', 'prosecutors', 'ranil-wickremesinghe',
  'saltanat-azirbek', 'talgat', 'wagner-group', 'yevgeny-prigozhin', 'anuar-sadykulov', 'daulet-ergozhin']);

function loadError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return (error as KgError).message;
  }
  throw new Error('expected loading to fail');
}

describe('loadKnowledgeBase', () => {
  const knowledge = loadKnowledgeBase();

  it('has every catalogued actor the gold names, from the general layer or the topic pack', () => {
    const ids = [...goldIds('eval/gold/seed'), ...goldIds('eval/gold/dev')];
    expect(ids.length).toBeGreaterThan(50);
    const missing = ids.filter((id) => !UNCATALOGUED.has(id) && !knowledge.catalog.byId.has(id));
    expect(missing).toEqual([]);
    expect(knowledge.catalog.byId.get('economic-community-of-west-african-states')!.layer).toBe('general');
    expect(knowledge.catalog.byId.get('kassym-jomart-tokayev')!.layer).toBeUndefined();
  });

  it('loads the general knowledge alone with topicPacks: false', () => {
    const general = loadKnowledgeBase({ topicPacks: false }).catalog;
    expect(general.byId.has('kassym-jomart-tokayev')).toBe(false);
    expect(general.byId.get('kazakhstan')!.demonyms).not.toContain('Kazak');
    expect(knowledge.catalog.byId.get('kazakhstan')!.demonyms).toContain('Kazak');
    expect(general.byAlias.get(nameKey('Bolivia'))).toEqual(['bolivia']);
    expect(general.actors.every((actor) => actor.layer === 'general')).toBe(true);
  });

  it('refuses topic packs together with topicPacks: false', () => {
    expect(loadError(() => loadKnowledgeBase({ topicPacks: false, catalogFiles: ['my-pack.yaml'] }))).toContain('--no-topic-packs');
  });

  it('resolves capitals, demonyms and acronyms of any country', () => {
    const { catalog } = knowledge;
    expect(catalog.byId.get(catalog.byAlias.get(nameKey('Ouagadougou'))![0]!)!.standsFor).toBe('burkina-faso');
    const demonyms = [['Malian', 'mali'], ['Bolivian', 'bolivia'], ['Burkinabe', 'burkina-faso'], ['Ghanaian', 'ghana'], ['Afghan', 'afghanistan']];
    for (const [demonym, id] of demonyms) {
      expect(catalog.actors.filter((actor) => actor.demonyms?.includes(demonym!)).map((actor) => actor.id), demonym).toEqual([id]);
    }
    expect(catalog.byAcronym!.get('ECOWAS') ?? catalog.byAlias.get(nameKey('ECOWAS'))).toEqual(['economic-community-of-west-african-states']);
  });

  it('finds agent nouns by any form, with the group they denote', () => {
    const groupOf = (form: string) => knowledge.agents.byForm.get(form)?.map((entry) => entry.agent.group);
    expect(groupOf('rebels')).toContain('armed-groups');
    expect(groupOf('riot police')).toEqual(['security-forces']);
    expect(knowledge.agents.byForm.get('president')!.map((entry) => entry.agent.denotes)).toContain('person');
  });

  it('gives verbs their CAMEO codes and the patterns of their block', () => {
    const senses = knowledge.verbs.byLemma.get('request')!;
    expect(senses.map((sense) => sense.code.code)).toContain('020');
    expect(senses.find((sense) => sense.block === 'ASK')!.patterns.length).toBeGreaterThan(10);
  });

  it('names the holders of a dated role and links them to catalog people', () => {
    const holders = knowledge.leaders.holders('kazakhstan', 'GOV', '2010-01-01');
    const nazarbayev = holders.find((leader) => leader.name === 'Nursultan Nazarbayev')!;
    expect(knowledge.leaders.catalogIdOf(nazarbayev)).toBe('nursultan-nazarbayev');
    expect(knowledge.leaders.holders('kazakhstan', 'GOV', '1985-01-01')).not.toContain(nazarbayev);
  });
});

describe('loadKnowledgeBase on broken generated files', () => {
  function brokenDir(edit: (dir: string) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
    cpSync('knowledge', dir, { recursive: true });
    edit(dir);
    return dir;
  }

  it('names file and line of a bad entry and says to regenerate', () => {
    const dir = brokenDir((path) => {
      const lines = readFileSync(join(path, 'countries.json'), 'utf8').split('\n');
      lines[3] = lines[3]!.replace(/"type":"\w+"/, '"type":"Nation"');
      writeFileSync(join(path, 'countries.json'), lines.join('\n'));
    });
    const message = loadError(() => loadKnowledgeBase({ knowledgeDir: dir, topicPacks: false }));
    expect(message).toMatch(/countries\.json:4: actors\[1\]\.type: .*regenerate with npm run build:knowledge/);
  });

  it('says how to make a missing file', () => {
    const dir = brokenDir((path) => rmSync(join(path, 'verbs.json')));
    expect(loadError(() => loadKnowledgeBase({ knowledgeDir: dir, topicPacks: false }))).toMatch(/verbs\.json .*run npm run build:knowledge/);
  });
});
