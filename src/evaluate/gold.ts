/**
 * Gold annotations: the relations and actors a careful analyst wants from one article,
 * written by hand under docs/annotation.md and stored as YAML next to the tests.
 */
import { z } from 'zod';

const goldRelationSchema = z.strictObject({
  source: z.string().min(1),
  type: z.string().regex(/^[A-Z][A-Z_]*$/, 'relation types are UPPER_SNAKE_CASE'),
  target: z.string().min(1),
  properties: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  /** A verbatim substring of the supporting sentence, for debugging; not scored. */
  sentence: z.string().min(1),
});

/** Schema of one gold file (eval/gold/<set>/<article-stem>.yaml). */
export const goldArticleSchema = z.strictObject({
  /** File stem of the article the gold belongs to. */
  article: z.string().min(1),
  /** Actors that must be found in the article. */
  actors: z.array(z.string().min(1)),
  relations: z.array(goldRelationSchema),
});

export type GoldArticle = z.infer<typeof goldArticleSchema>;
