/**
 * Copies across runs: an article of this run that is a near-duplicate of an article
 * already in the graph (seeded by an earlier run) is folded into the stored one, which
 * gains its outlets, URLs and id; it is not loaded, so its evidence is not counted twice.
 * Stored articles are compared by the MinHash signature kept on each (:Article); the
 * matching itself is the copy folder's (copies.ts), this module reads and writes Neo4j.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { CopyFolder, StoredFold, StoredOriginal } from './copies.ts';
import { decodeSignature } from './minhash.ts';

/** Stored articles read per round trip while looking for originals. */
const PAGE_SIZE = 5000;

/** Every stored article with a signature, a page at a time. */
async function* storedOriginals(driver: Driver, database: string | undefined): AsyncGenerator<StoredOriginal> {
  for (let skip = 0; ; skip += PAGE_SIZE) {
    const { records } = await driver.executeQuery(
      'MATCH (a:Article) WHERE a.signature IS NOT NULL RETURN a.id AS id, a.date AS date, a.signature AS signature ORDER BY a.id SKIP $skip LIMIT $limit',
      { skip: neo4j.int(skip), limit: neo4j.int(PAGE_SIZE) },
      { database },
    );
    for (const record of records) {
      const signature = decodeSignature(record.get('signature') as string);
      if (signature) yield { id: record.get('id') as string, date: (record.get('date') as string | null) ?? null, signature };
    }
    if (records.length < PAGE_SIZE) return;
  }
}

/** The source lists of a stored article, as `addStoredSources` merges them. */
export interface SourceLists {
  into: string;
  outlets: string[];
  urls: string[];
  copies: string[];
}

/** The lists that `folds` add to the stored articles they fold into. */
function foldLists(folds: readonly StoredFold[]): SourceLists[] {
  const distinct = (values: (string | null)[]) => [...new Set(values.filter((value): value is string => value !== null))];
  return folds.map((fold) => ({
    into: fold.into,
    outlets: distinct(fold.sources.map((source) => source.outlet)),
    urls: distinct(fold.sources.map((source) => source.url)),
    copies: distinct(fold.sources.map((source) => source.id)).filter((id) => id !== fold.into),
  }));
}

/**
 * Before a load: marks in `folder` every article of the run that is new to the graph and
 * a copy of a stored one (reading the stored signatures only when the run has new
 * articles), and returns the source lists of the run's stored articles that hold copies
 * folded by earlier runs. Loading an article again writes the lists of this run alone;
 * `addStoredSources` merges these back afterwards, so an outlet that carried a story stays listed.
 */
export async function matchStoredArticles(driver: Driver, database: string | undefined, folder: CopyFolder): Promise<SourceLists[]> {
  const ids = folder.keptIds();
  if (ids.length === 0) return [];
  const { records } = await driver.executeQuery(
    `UNWIND $ids AS id MATCH (a:Article {id: id})
     RETURN a.id AS id, coalesce(a.outlets, []) AS outlets, coalesce(a.urls, []) AS urls, coalesce(a.copies, []) AS copies`,
    { ids },
    { database },
  );
  const present = new Set(records.map((record) => record.get('id') as string));
  const previous = records
    .filter((record) => (record.get('copies') as string[]).length > 0)
    .map((record): SourceLists => {
      const [into, outlets, urls, copies] = ['id', 'outlets', 'urls', 'copies'].map((key) => record.get(key));
      return { into, outlets, urls, copies };
    });
  const fresh = new Set(ids.filter((id) => !present.has(id)));
  if (fresh.size === 0) return previous;
  const stored: StoredOriginal[] = [];
  for await (const original of storedOriginals(driver, database)) stored.push(original);
  folder.foldIntoStored(stored, fresh);
  return previous;
}

/**
 * After a load: adds to stored articles the outlets, URLs and ids of the articles this
 * run folded into them, and `previous` lists (see `matchStoredArticles`); each list keeps
 * its order and gets no repeats.
 */
export async function addStoredSources(
  driver: Driver,
  database: string | undefined,
  folds: readonly StoredFold[],
  previous: readonly SourceLists[] = [],
): Promise<void> {
  const rows = [...previous, ...foldLists(folds)];
  if (rows.length === 0) return;
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
