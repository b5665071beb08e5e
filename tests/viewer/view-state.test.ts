// The view in the URL: every part survives the round trip, query parameters named like a
// view key are kept apart, and what does not parse is left out rather than guessed.
import { describe, expect, it } from 'vitest';
import { queryView, readView, sameGraph, viewToSearch, type ViewState } from '../../viewer/src/view-state.ts';

const FULL: ViewState = {
  query: 'ego',
  params: { id: 'carol-cole', hops: '1' },
  expanded: ['bob-birch', 'alice-avon'],
  hidden: ['delta-party'],
  path: { from: 'alice-avon', to: 'carol-cole' },
  hiddenTypes: ['PRAISED'],
  asOf: '2022-03-03',
  fadeDays: 2,
  selected: { kind: 'relation', key: 'bob-birch|CRITICIZED|carol-cole' },
};

describe('view state in the URL', () => {
  it('reads back every part of a view it wrote', () => {
    expect(readView(viewToSearch(FULL))).toEqual(FULL);
    expect(readView(viewToSearch(queryView('graph')))).toEqual(queryView('graph'));
  });

  it('keeps a query parameter named like a view key apart from the view', () => {
    const search = queryView('search', { q: 'Tokaev', actor: 'x' }, { kind: 'actor', id: 'vladimir-putin' });
    expect(viewToSearch(search)).toBe('?q=search&p.q=Tokaev&p.actor=x&actor=vladimir-putin');
    expect(readView(viewToSearch(search))).toEqual(search);
  });

  it('reads the old query-only links', () => {
    expect(readView('?q=ego&name=Tokayev&hops=2')).toEqual(queryView('ego', { name: 'Tokayev', hops: '2' }));
    expect(readView('?name=Tokayev')).toBeNull();
  });

  it('leaves out a slider date or fading it cannot read', () => {
    const view = readView('?q=graph&asOf=yesterday&fade=-3&path=only-one');
    expect(view).toMatchObject({ asOf: null, fadeDays: null, path: null });
  });

  it('tells a change of the graph from a change of filters or panel', () => {
    expect(sameGraph(FULL, { ...FULL, asOf: null, hiddenTypes: [], selected: null })).toBe(true);
    expect(sameGraph(FULL, { ...FULL, expanded: ['bob-birch'] })).toBe(false);
    expect(sameGraph(FULL, { ...FULL, params: { hops: '1', id: 'carol-cole' } })).toBe(true);
  });
});
