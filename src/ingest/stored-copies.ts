/**
 * Copies across runs: an article of this run that is a near-duplicate of an article
 * already in the graph (seeded by an earlier run) is folded into the stored one, which
 * gains its outlets, URLs and id; it is not loaded, so its evidence is not counted twice.
 * Stored articles are compared by the MinHash signature kept on each (:Article).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { CopyFolder, StoredFold } from './copies.ts';
import { decodeSignature, SignatureIndex } from './minhash.ts';

/** Stored articles read per round trip while looking for originals. */
const PAGE_SIZE = 5000;

/**
 * Marks in `folder` every article of the run that is new to the graph and a copy of a
 * stored one (similarity at least `threshold`); returns how many were folded.
 */
export async function foldIntoStoredArticles(driver: Driver, database: string | undefined, folder: CopyFolder, threshold: number): Promise<number> {
  const kept = folder.keptArticles();
  if (kept.length === 0) return 0;
  const ids = kept.map((article) => article.id);
  const { records: present } = await driver.executeQuery('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id', { ids }, { database });
  const stored = new Set(present.map((record) => record.get('id') as string));
  const fresh = kept.filter((article) => !stored.has(article.id));
  if (fresh.length === 0) return 0;

  const runIds = new Set(ids);
  const originals = new SignatureIndex<string>();
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const { records } = await driver.executeQuery(
      'MATCH (a:Article) WHERE a.signature IS NOT NULL RETURN a.id AS id, a.signature AS signature ORDER BY a.id SKIP $skip LIMIT $limit',
      { skip: neo4j.int(skip), limit: neo4j.int(PAGE_SIZE) },
      { database },
    );
    for (const record of records) {
      const id = record.get('id') as string;
      const signature = decodeSignature(record.get('signature') as string);
      if (signature && !runIds.has(id)) originals.add(signature, id);
    }
    if (records.length < PAGE_SIZE) break;
  }
  let folded = 0;
  for (const article of fresh) {
    const original = originals.nearest(article.signature, threshold);
    if (!original) continue;
    folder.foldIntoStored(article.id, original.value);
    folded++;
  }
  return folded;
}

/** Adds the outlets, URLs and ids of the articles folded into stored ones (each list keeps its order, no repeats). */
export async function addStoredSources(driver: Driver, database: string | undefined, folds: readonly StoredFold[]): Promise<void> {
  if (folds.length === 0) return;
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))];
  const rows = folds.map((fold) => ({
    into: fold.into,
    outlets: distinct(fold.sources.map((source) => source.outlet)),
    urls: distinct(fold.sources.map((source) => source.url)),
    copies: distinct(fold.sources.map((source) => source.id)).filter((id) => id !== fold.into),
  }));
  await driver.executeQuery(
    `UNWIND $rows AS row
     MATCH (a:Article {id: row.into})
     WITH a, row, coalesce(a.outlets, []) AS outlets, coalesce(a.urls, []) AS urls, coalesce(a.copies, []) AS copies
     SET a.outlets = outlets + [outlet IN row.outlets WHERE NOT outlet IN outlets],
         a.urls = urls + [url IN row.urls WHERE NOT url IN urls],
         a.copies = copies + [id IN row.copies WHERE NOT id IN copies]`,
    { rows },
    { database },
  );
}
