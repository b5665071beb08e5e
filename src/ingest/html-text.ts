/**
 * The text of an HTML element as the article body the cleaner expects: one paragraph per
 * block element (paragraph, heading, list item, quote, table row…) separated by blank
 * lines, `<br>` as a line break, runs of white space collapsed as a browser renders them.
 * Scripts, styles, forms and embedded media have no text to give.
 */
import { createRequire } from 'node:module';

/** linkedom takes about half a second to load: required on first use, so runs that read no page or feed do not pay. */
let linkedom: typeof import('linkedom') | undefined;
const require = createRequire(import.meta.url);

/** linkedom's `parseHTML`, loaded on first use. */
export function parseHtmlDocument(html: string): ReturnType<(typeof import('linkedom'))['parseHTML']> {
  linkedom ??= require('linkedom') as typeof import('linkedom');
  return linkedom.parseHTML(html);
}

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5',
  'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'td', 'th', 'thead', 'tr', 'ul',
]);
/** Elements whose content is never article text. */
const SILENT = new Set(['button', 'canvas', 'embed', 'form', 'iframe', 'noscript', 'object', 'script', 'select', 'style', 'svg', 'template', 'textarea']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** The minimal DOM node shape walked here (linkedom's nodes). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
}

/** Collects paragraphs while walking the tree. */
class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private current = '';

  text(value: string): void {
    this.current += value;
  }

  /** Ends the paragraph being written, if it has any text. */
  flush(): void {
    const paragraph = this.current.replace(/[ \t]*\n[ \t]*/g, '\n').replace(/ {2,}/g, ' ').trim();
    if (paragraph) this.paragraphs.push(paragraph);
    this.current = '';
  }
}

function walk(node: DomNode, out: ParagraphWriter, preformatted: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    const value = node.nodeValue ?? '';
    out.text(preformatted ? value : value.replace(/\s+/g, ' '));
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const name = node.localName?.toLowerCase() ?? '';
  if (SILENT.has(name)) return;
  if (name === 'br') {
    out.text('\n');
    return;
  }
  const block = BLOCK.has(name);
  if (block) out.flush();
  const children = node.childNodes;
  for (let i = 0; i < children.length; i++) walk(children[i]!, out, preformatted || name === 'pre');
  if (block) out.flush();
}

/** The paragraphs of `root` (an element or document of linkedom), joined by blank lines. */
export function elementText(root: unknown): string {
  const out = new ParagraphWriter();
  walk(root as DomNode, out, false);
  out.flush();
  return out.paragraphs.join('\n\n');
}

/** The paragraphs of an HTML fragment (a feed item's content), joined by blank lines. */
export function htmlFragmentText(html: string): string {
  const { document } = parseHtmlDocument(`<!doctype html><html><body>${html}</body></html>`);
  return elementText(document.body);
}
