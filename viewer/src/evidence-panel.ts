/**
 * Provenance in the side panel. A relationship's evidence: every supporting sentence
 * with its article's title (or outlet), date and link, the trigger marked, confidence,
 * attribution and hedging, and the rule that produced it ("why this edge"); "open
 * article" shows what the graph holds of that article: every evidence sentence in text
 * order with its trigger marked, and the actors it mentions.
 */
import { dateSpan, type RelationRef } from './actor-panel.ts';
import type { ArticleBody, EvidenceRow } from './api.ts';
import { el, externalLink, linkButton, markedText } from './panel.ts';

export interface EvidenceActions {
  openArticle(id: string): void;
  openActor(id: string): void;
}

/** The relation's stored properties (canonical JSON), or none when unreadable. */
function properties(row: EvidenceRow): Record<string, unknown> {
  try {
    return row.properties ? (JSON.parse(row.properties) as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** "Title · Outlet · date" of an article, the title replaced by a note when it has none. */
function articleLine(title: string | null, source: string | null, date: string | null): string {
  return [title ?? 'Untitled article', source, date].filter(Boolean).join(' · ');
}

/** Confidence, attribution and hedging of one sentence, in words. */
function qualifiers(row: EvidenceRow): string {
  const parts = [row.confidence === null ? null : `confidence ${row.confidence.toFixed(2)}`];
  if (row.attributedTo) parts.push(`attributed to ${row.attributedTo}`);
  if (properties(row).hedged === true) parts.push('hedged (reported as uncertain)');
  return parts.filter(Boolean).join(' · ');
}

/** Shows the evidence of `relation`. */
export function showEvidence(panel: HTMLElement, relation: RelationRef, rows: EvidenceRow[], truncated: boolean, actions: EvidenceActions): void {
  panel.dataset.testid = 'evidence-panel';
  panel.replaceChildren(el('h2', `${relation.sourceName} → ${relation.type} → ${relation.targetName}`));
  const dates = dateSpan(relation.firstSeen, relation.lastSeen);
  if (dates) panel.append(el('p', `Seen ${dates}`, 'note'));
  if (!rows.length) panel.append(el('p', 'No evidence sentence is stored for this relationship.', 'note'));
  for (const row of rows) {
    const item = el('article', undefined, 'evidence');
    item.dataset.testid = 'evidence-item';
    const meta = el('p', articleLine(row.title, row.source, row.date), 'meta');
    const link = externalLink(row.url, 'source');
    if (link) meta.append(' · ', link);
    item.append(meta, markedText('blockquote', row.text, row.start, [{ start: row.triggerStart, end: row.triggerEnd }]));
    item.append(el('p', qualifiers(row), 'qualifiers'));
    if (row.rule) item.append(el('p', `Why this edge: rule “${row.rule}”`, 'why'));
    item.append(linkButton('Open article', () => actions.openArticle(row.article)));
    panel.append(item);
  }
  if (truncated) panel.append(el('p', 'More evidence exists than is shown here.', 'note'));
}

/** Shows what the graph holds of an article. */
export function showArticle(panel: HTMLElement, article: ArticleBody, actions: EvidenceActions): void {
  panel.dataset.testid = 'article-panel';
  const names = new Map(article.actors.map((actor) => [actor.id, actor.name]));
  const meta = el('p', [article.source, article.date].filter(Boolean).join(' · '), 'meta');
  const link = externalLink(article.url, 'read the article');
  if (link) meta.append(' · ', link);
  panel.replaceChildren(el('h2', article.title ?? firstLine(article.text) ?? 'Untitled article'), meta);
  // The same story carried by other outlets was folded into this article by the seed.
  const copies = article.urls.filter((url) => url !== article.url);
  if (article.outlets.length > 1 || copies.length) {
    const carried = el('p', `Also carried by: ${article.outlets.filter((outlet) => outlet !== article.source).join(', ') || 'other pages'}`, 'note');
    for (const url of copies) {
      const link = externalLink(url, url.replace(/^https?:\/\//i, '').split('/')[0]!);
      if (link) carried.append(' · ', link);
    }
    panel.append(carried);
  }
  if (article.text) {
    // The whole article, every sentence that supports a relationship marked.
    panel.append(el('h3', 'Text'));
    const supporting = article.evidence.map((sentence) => ({ start: sentence.start, end: sentence.end }));
    const distinct = supporting.filter((span, i) => supporting.findIndex((other) => other.start === span.start) === i);
    const text = markedText('blockquote', article.text, 0, distinct);
    text.dataset.testid = 'article-text';
    text.className = 'article-text';
    panel.append(text);
  }
  panel.append(el('h3', `Actors mentioned (${article.actors.length})`));
  const actors = el('ul', undefined, 'relations');
  for (const actor of article.actors) {
    const item = el('li');
    item.append(linkButton(`${actor.name} (${actor.type})`, () => actions.openActor(actor.id)), ` ×${actor.count}`);
    actors.append(item);
  }
  panel.append(actors, el('h3', `Evidence in this article (${article.evidence.length})`));
  for (const sentence of article.evidence) {
    const item = el('article', undefined, 'evidence');
    item.dataset.testid = 'article-evidence';
    const relation = `${names.get(sentence.source) ?? sentence.source} → ${sentence.type} → ${names.get(sentence.target) ?? sentence.target}`;
    const trigger = { start: sentence.triggerStart, end: sentence.triggerEnd };
    item.append(el('p', relation, 'meta'), markedText('blockquote', sentence.text, sentence.start, [trigger]));
    panel.append(item);
  }
}

/** The first line of a text, as a title for an article that has none. */
function firstLine(text: string | null): string | undefined {
  const line = text?.split('\n').find((candidate) => candidate.trim() !== '')?.trim();
  return line ? (line.length > 120 ? `${line.slice(0, 119)}…` : line) : undefined;
}
