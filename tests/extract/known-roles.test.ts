// Roles the knowledge base gives people: the catalog's dated roles first, then the world
// leaders of the general layer for people the catalog lacks; unknown or ambiguous → none.
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/catalog/load-catalog.ts';
import { nameKey } from '../../src/catalog/normalize.ts';
import { KnownRoles } from '../../src/extract/known-roles.ts';
import type { LeaderTable } from '../../src/knowledge/load-knowledge.ts';
import type { Leader } from '../../src/knowledge/types.ts';

const leader = (name: string, roles: Leader['roles']): Leader => ({ id: name.toLowerCase().replaceAll(' ', '-'), name, aliases: [], roles, line: 1 });
const blair = leader('Tony Blair', [{ code: 'GBRGOV', role: 'GOV', of: 'united-kingdom', from: '1997-05-02', to: '2007-06-27' }]);
const envoy = leader('Sam Envoy', [
  { code: 'USAGOV', role: 'GOV', of: 'united-states', from: '2001-01-01', to: '2009-01-01' },
  { code: 'IGOUNO', role: 'GOV', of: 'united-nations', from: '2003-01-01', to: '2005-01-01' },
]);
const leaders = { leaders: [blair, envoy], byName: new Map([blair, envoy].map((one) => [nameKey(one.name), [one]])) } as unknown as LeaderTable;

describe('known roles', () => {
  const catalog = buildCatalog([]);
  const names = new Map([['tony-blair', 'Tony Blair'], ['sam-envoy', 'Sam Envoy']]);
  const sectors = new Map([['prime minister', new Set(['GOV'])], ['congressman', new Set(['LEG'])]]);
  const roles = (date: string | null, isNamed = (_id: string) => true) =>
    new KnownRoles(catalog, date, () => leaders, (id) => names.get(id), isNamed, (title) => sectors.get(title));

  it('names the country of a leader the catalog lacks, at the article date', () => {
    expect(roles('2005-03-01').ownerOf('tony-blair', 'prime minister', false)).toBe('united-kingdom');
  });

  it('gives no current role after it ended, and the past one for "former"', () => {
    expect(roles('2010-03-01').ownerOf('tony-blair', 'prime minister', false)).toBeUndefined();
    expect(roles('2010-03-01').ownerOf('tony-blair', 'prime minister', true)).toBe('united-kingdom');
  });

  it('gives nothing when two places are possible at the date', () => {
    expect(roles('2004-01-01').ownerOf('sam-envoy', 'envoy', false)).toBeUndefined();
    expect(roles('2006-01-01').ownerOf('sam-envoy', 'envoy', false)).toBe('united-states');
  });

  it('gives no country of the world leaders that the article does not name', () => {
    expect(roles('2005-03-01', (id) => id !== 'united-kingdom').ownerOf('tony-blair', 'prime minister', false)).toBeUndefined();
  });

  it("answers only a title of the role's sector: a prime minister was never the country's congressman", () => {
    expect(roles('2005-03-01').ownerOf('tony-blair', 'congressman', false)).toBeUndefined();
    expect(roles(null).ownerOf('tony-blair', 'Prime Minister', false)).toBe('united-kingdom');
  });
});
