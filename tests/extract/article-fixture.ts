// Builds Article objects from strings for extraction tests, and looks relations up by
// (source, type, target) in either order for symmetric types.
import { createHash } from 'node:crypto';
import type { GraphDocument, Relation } from '../../src/document/types.ts';
import { createContext, DocumentBuilder, extractArticle, type ExtractionContext } from '../../src/extract/index.ts';
import type { Article } from '../../src/ingest/types.ts';

let shared: ExtractionContext | undefined;
/** The shipped catalog and ontology, compiled once per test file. */
export const context = (): ExtractionContext => (shared ??= createContext());

export function articleOf(text: string, date: string | null = '2023-03-15', id = 'test-article'): Article {
  return {
    id,
    date,
    title: null,
    source: null,
    url: null,
    text,
    contentHash: createHash('sha256').update(text).digest('hex'),
    origin: { file: `${id}.txt` },
  };
}

/** Extracts a document from texts (one article each). */
export function extractTexts(texts: string[], date: string | null = '2023-03-15'): GraphDocument {
  const builder = new DocumentBuilder(context().ontology);
  texts.forEach((text, i) => builder.add(extractArticle(articleOf(text, date, `article-${i}`), context())));
  return builder.build();
}

/** The relation (source, type, target) of a document; symmetric types match in either order. */
export function findRelation(document: GraphDocument, source: string, type: string, target: string): Relation | undefined {
  const symmetric = context().ontology.relations.get(type)?.direction === 'symmetric';
  return document.relations.find(
    (relation) =>
      relation.type === type &&
      ((relation.source === source && relation.target === target) || (symmetric && relation.source === target && relation.target === source)),
  );
}
