/**
 * The side panel's building blocks and its simplest contents (a message, a table
 * result). All text coming from articles or the database is inserted with textContent
 * / text nodes, never parsed as HTML; links are made only from http(s) URLs.
 */
import type { TableResult } from './api.ts';

/** Creates an element with text content (never HTML). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

/** A button styled as a link, running `onClick`. */
export function linkButton(text: string, onClick: () => void, className = 'link'): HTMLButtonElement {
  const button = el('button', text, className);
  button.type = 'button';
  button.addEventListener('click', onClick);
  return button;
}

/** A link to `url` opening in a new tab, or null unless it is an http(s) URL. */
export function externalLink(url: string | null, text: string): HTMLAnchorElement | null {
  if (!url || !/^https?:\/\//i.test(url)) return null;
  const link = el('a', text);
  link.href = url;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

/** Adds `name: value` to a definition list. */
export function field(list: HTMLDListElement, name: string, value: string): void {
  list.append(el('dt', name), el('dd', value));
}

/**
 * `text` (starting at article offset `start`) with the spans of `marks` (article offsets)
 * in <mark>, as text nodes; marks outside the text or overlapping an earlier one are skipped.
 */
export function markedText(tag: 'blockquote' | 'span', text: string, start: number, marks: { start: number | null; end: number | null }[]): HTMLElement {
  const element = el(tag);
  let at = 0;
  for (const mark of [...marks].sort((a, b) => (a.start ?? 0) - (b.start ?? 0))) {
    if (mark.start === null || mark.end === null) continue;
    const from = mark.start - start;
    const to = mark.end - start;
    if (from < at || to <= from || to > text.length) continue;
    element.append(document.createTextNode(text.slice(at, from)), el('mark', text.slice(from, to)));
    at = to;
  }
  element.append(document.createTextNode(text.slice(at)));
  return element;
}

/** Shows a message in the panel (used for loading and errors). */
export function showPanelMessage(panel: HTMLElement, message: string, className = 'note'): void {
  delete panel.dataset.testid;
  panel.replaceChildren(el('p', message, className));
}

/** Shows a table result of a named query. */
export function showTable(panel: HTMLElement, title: string, result: TableResult): void {
  delete panel.dataset.testid;
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
