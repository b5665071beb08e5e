/**
 * The side panel: an actor's details and relationships, a relationship's evidence
 * sentences, or a table result. All text coming from articles or the database is
 * inserted with textContent / text nodes, never parsed as HTML.
 */
import type { EvidenceRow, TableResult } from './api.ts';
import type { ViewerGraph } from './graph.ts';

/** Creates an element with text content (never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

function field(list: HTMLDListElement, name: string, value: string): void {
  list.append(el('dt', name), el('dd', value));
}

/** Shows a message in the panel (used for loading and errors). */
export function showPanelMessage(panel: HTMLElement, message: string, className = 'note'): void {
  panel.replaceChildren(el('p', message, className));
}

/**
 * Shows an actor: name, type, aliases, status, the roles it holds (HOLDS_ROLE edges)
 * and its relationships; clicking a relationship calls `onRelation` with the edge key.
 */
export function showActor(panel: HTMLElement, graph: ViewerGraph, node: string, onRelation: (edge: string) => void): void {
  const actor = graph.getNodeAttributes(node);
  const details = el('dl');
  field(details, 'Type', actor.type || 'unknown');
  field(details, 'Status', actor.status ?? 'unknown');
  field(details, 'Aliases', actor.aliases?.length ? actor.aliases.join(', ') : 'none');

  const roles = el('ul');
  const relations = el('ul', undefined, 'relations');
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    const outgoing = source === node;
    const other = graph.getNodeAttribute(outgoing ? target : source, 'name');
    if (attributes.type === 'HOLDS_ROLE' && outgoing) {
      const role = typeof attributes.role === 'string' ? `${attributes.role}, ` : '';
      roles.append(el('li', `${role}${other}`));
    }
    const button = el('button', outgoing ? `${attributes.type} → ${other}` : `${other} → ${attributes.type}`, 'link');
    button.type = 'button';
    button.addEventListener('click', () => onRelation(edge));
    const item = el('li');
    item.append(button);
    relations.append(item);
  });

  panel.replaceChildren(el('h2', actor.name), details);
  if (roles.childElementCount) panel.append(el('h3', 'Roles'), roles);
  panel.append(el('h3', `Relationships (${relations.childElementCount})`), relations);
  if (relations.childElementCount) panel.append(el('p', 'Click a relationship (or an edge) to read its evidence.', 'note'));
}

/**
 * The evidence sentence with its trigger words in a <mark>: text before, mark, text after,
 * all as text nodes. Trigger offsets are article offsets, like the sentence's `start`.
 */
export function evidenceSentence(row: EvidenceRow): HTMLElement {
  const quote = el('blockquote');
  const { text, start, triggerStart, triggerEnd } = row;
  const from = triggerStart === null ? -1 : triggerStart - start;
  const to = triggerEnd === null ? -1 : triggerEnd - start;
  if (from >= 0 && to > from && to <= text.length) {
    quote.append(document.createTextNode(text.slice(0, from)), el('mark', text.slice(from, to)), document.createTextNode(text.slice(to)));
  } else {
    quote.textContent = text;
  }
  return quote;
}

/** Shows the evidence of the relationship `edge`. */
export function showEvidence(panel: HTMLElement, graph: ViewerGraph, edge: string, rows: EvidenceRow[], truncated: boolean): void {
  const relation = graph.getEdgeAttributes(edge);
  const source = graph.getNodeAttribute(graph.source(edge), 'name');
  const target = graph.getNodeAttribute(graph.target(edge), 'name');
  panel.replaceChildren(el('h2', `${source} → ${relation.type} → ${target}`));
  const dates = [relation.firstSeen, relation.lastSeen].filter(Boolean);
  if (dates.length) panel.append(el('p', `Seen ${[...new Set(dates)].join(' to ')}`, 'note'));
  if (!rows.length) panel.append(el('p', 'No evidence sentence is stored for this relationship.', 'note'));
  for (const row of rows) {
    const item = el('article', undefined, 'evidence');
    const meta = [row.title ?? row.article, row.source, row.date].filter(Boolean).join(' · ');
    item.append(el('p', meta, 'meta'), evidenceSentence(row));
    panel.append(item);
  }
  if (truncated) panel.append(el('p', 'More evidence exists than is shown here.', 'note'));
}

/** Shows a table result of a named query. */
export function showTable(panel: HTMLElement, title: string, result: TableResult): void {
  const table = el('table');
  const head = el('tr');
  for (const column of result.columns) head.append(el('th', column));
  table.append(head);
  for (const row of result.rows) {
    const line = el('tr');
    for (const column of result.columns) {
      const value = row[column];
      line.append(el('td', value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value)));
    }
    table.append(line);
  }
  panel.replaceChildren(el('h2', title), table);
  if (!result.rows.length) panel.append(el('p', 'The query returned no rows.', 'note'));
  if (result.truncated) panel.append(el('p', 'Only the first rows are shown.', 'note'));
}
