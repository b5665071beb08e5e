// The world leaders are built from the shared dictionaries when first needed and kept in the
// cache; without the shared data folder the layer is empty instead of failing.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR } from '../../src/knowledge/general-actors.ts';
import { LEADER_DICTIONARIES, loadLeaders } from '../../src/knowledge/leaders-layer.ts';
import { loadSourcesConfig } from '../../src/knowledge/sources-config.ts';
import type { GeneralActor } from '../../src/knowledge/types.ts';

const petrarchDir = join(KNOWLEDGE_DIR, '..', loadSourcesConfig().petrarchDir);
const haveData = LEADER_DICTIONARIES.every((file) => existsSync(join(petrarchDir, file)));
const mali: GeneralActor = { id: 'mali', name: 'Mali', type: 'Country', aliases: [], iso: { alpha2: 'ML', alpha3: 'MLI', numeric: '466' } } as GeneralActor;

describe('world leaders layer', () => {
  const dirs: string[] = [];
  const saved = process.env.KG_CACHE_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.KG_CACHE_DIR;
    else process.env.KG_CACHE_DIR = saved;
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  const scratch = () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsgraph-leaders-'));
    dirs.push(dir);
    return dir;
  };

  it('is empty when the shared dictionaries are not there', () => {
    // A project folder whose sibling holds no shared data.
    const knowledgeDir = join(scratch(), 'project', 'knowledge');
    mkdirSync(knowledgeDir, { recursive: true });
    for (const file of ['countries.json', 'organizations.json']) copyFileSync(join(KNOWLEDGE_DIR, file), join(knowledgeDir, file));
    expect(loadLeaders(knowledgeDir, [mali], [])).toEqual([]);
  });

  it.runIf(haveData || process.env.CI)('builds the leaders once, then reads the same ones from the cache', () => {
    process.env.KG_CACHE_DIR = scratch();
    const built = loadLeaders(KNOWLEDGE_DIR, [mali], []);
    const cached = readdirSync(join(process.env.KG_CACHE_DIR, 'knowledge'));
    expect(cached).toHaveLength(1);
    expect(built.some((leader) => leader.roles.some((role) => role.of === 'mali'))).toBe(true);
    expect(loadLeaders(KNOWLEDGE_DIR, [mali], [])).toEqual(built);
  });
});
