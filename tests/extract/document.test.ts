// Merging findings across sentences and articles into one relation per (source, type, target).
import { describe, expect, it } from 'vitest';
import { extractTexts, findRelation } from './article-fixture.ts';

describe('document merge', () => {
  it('keeps one symmetric relation whatever the order of its arguments, with all its evidence', () => {
    const document = extractTexts(['Putin met Lukashenko on Monday.', 'Lukashenko met Putin on Friday.']);
    const meetings = document.relations.filter((relation) => relation.type === 'COMMUNICATED_WITH');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.evidence.map((evidence) => evidence.article)).toEqual(['article-0', 'article-1']);
  });

  it('dates a relation by its earliest evidence and keeps its highest confidence', () => {
    const document = extractTexts(['Putin reportedly met Lukashenko on Monday.', 'Putin met Lukashenko last week.']);
    const meeting = findRelation(document, 'vladimir-putin', 'COMMUNICATED_WITH', 'alexander-lukashenko')!;
    expect(meeting.date).toBe('2023-03-08');
    expect(meeting.confidence).toBe(Math.max(...meeting.evidence.map((evidence) => evidence.confidence!)));
    // One sentence states it plainly: the relation is no longer hedged.
    expect(meeting.properties.hedged).toBeUndefined();
  });

  it('counts mentions per article and actor', () => {
    const document = extractTexts(['Putin met Lukashenko. Putin left.']);
    expect(document.mentions).toContainEqual({ article: 'article-0', actor: 'vladimir-putin', count: 2 });
  });
});
