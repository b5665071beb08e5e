/**
 * From the fields and body found in a file to an Article: validates the date and id,
 * cleans the body (headline and dateline removed, see clean-text), fills title and
 * source from them when the file gives none, and derives the id and content hash.
 */
import { createHash } from 'node:crypto';
import type { Article, IngestProblem } from './types.ts';
import { cleanCharacters, cleanInline, joinParagraphs, toParagraphs } from './clean-text.ts';
import { stripDateline } from './dateline.ts';
import { takeHeadline } from './headline.ts';
import { readIsoDate } from './iso-date.ts';

/** Metadata as written in the file (front matter, JSON Lines record or seed header), not yet checked. */
export interface ArticleFields {
  id: string | null;
  date: string | null;
  title: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
}

export const NO_FIELDS: ArticleFields = { id: null, date: null, title: null, source: null, url: null, author: null };

/** What a format parser hands over: fields, raw body, and where the date was written (for messages). */
export interface ArticleDraft {
  fields: ArticleFields;
  body: string;
  /** 1-based line of the date in the file, when it has one. */
  dateLine?: number;
  /**
   * Derive the id from the URL and the text rather than the text alone (pages and feed
   * items): the same wire text on two outlets' pages then gives two ids, folded later as copies.
   */
  idFromUrl?: boolean;
}

export type BuildOutcome = { article: Article } | { problem: IngestProblem };

/** Ids are used in URLs and file names: letters, digits and a few separators. */
const VALID_ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]*$/u;
/** Length of a derived id, in hex digits of the sha256 of the text. */
const DERIVED_ID_LENGTH = 16;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Builds the article for `draft`, found at `origin`. Never throws: a bad date, a bad id
 * or a body with no text left after cleaning is returned as a problem.
 */
export function buildArticle(draft: ArticleDraft, origin: Article['origin']): BuildOutcome {
  const problem = (reason: string, line = origin.line): BuildOutcome => ({
    problem: { file: origin.file, ...(line === undefined ? {} : { line }), reason },
  });
  const { fields } = draft;

  let date: string | null = null;
  if (fields.date !== null && fields.date.trim() !== '') {
    const reading = readIsoDate(fields.date);
    if ('error' in reading) return problem(reading.error, draft.dateLine ?? origin.line);
    date = reading.date;
  }
  const givenId = fields.id?.trim() || null;
  if (givenId !== null && !VALID_ID.test(givenId)) {
    return problem(`the id ${JSON.stringify(givenId)} may contain only letters, digits, ".", "_", ":" and "-"; rename it`);
  }

  const givenTitle = cleanInline(fields.title);
  const paragraphs = toParagraphs(cleanCharacters(draft.body));
  const headline = takeHeadline(paragraphs, givenTitle);
  const firstLine = paragraphs[0]?.[0];
  const dateline = firstLine === undefined ? null : stripDateline(firstLine);
  if (dateline) {
    if (dateline.rest) paragraphs[0]![0] = dateline.rest;
    else paragraphs[0]!.shift();
    if (paragraphs[0]!.length === 0) paragraphs.shift();
  }
  const text = joinParagraphs(paragraphs);
  if (!text) return problem('the article has no text after its header; add the body text or remove it');

  const meta = {
    date,
    title: givenTitle ?? headline,
    source: cleanInline(fields.source) ?? dateline?.agency ?? null,
    url: cleanInline(fields.url),
  };
  const author = cleanInline(fields.author);
  const identity = draft.idFromUrl && meta.url !== null ? `${meta.url}\n${text}` : text;
  const id = givenId ?? sha256(identity).slice(0, DERIVED_ID_LENGTH);
  // The author joined the hash later: left out when absent, so that older articles keep their hash.
  const contentHash = sha256(JSON.stringify({ text, ...meta, ...(author === null ? {} : { author }) }));
  const sources = [{ id, outlet: meta.source, url: meta.url }];
  return { article: { id, ...meta, author, text, contentHash, origin, sources } };
}
