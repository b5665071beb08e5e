// Stand-ins for a neo4j-driver Driver in the API tests that need no database: one whose
// every call fails with the Neo4j error given, as a real driver would, and one that
// answers each query with rows computed from its parameters.
import { Neo4jError, Record as Neo4jRecord, type Driver } from 'neo4j-driver';

/** A driver whose every query and health check fails with a Neo4jError of `code`. */
export function failingDriver(code: string, message = `fake failure ${code}`): Driver {
  const fail = () => Promise.reject(new Neo4jError(message, code, '50N42', 'error: general processing exception'));
  const session = { executeRead: fail, run: fail, close: () => Promise.resolve() };
  return { session: () => session, getServerInfo: fail, close: () => Promise.resolve() } as unknown as Driver;
}

/** Answers a query (recognised by `text`) with rows. */
export type FakeAnswer = (text: string, params: Record<string, unknown>) => Record<string, unknown>[];

/** A driver answering every read with `answer`'s rows (columns: the first row's keys). */
export function answeringDriver(answer: FakeAnswer): Driver {
  const tx = {
    run(text: string, params: Record<string, unknown>) {
      const rows = answer(text, params);
      const keys = Object.keys(rows[0] ?? {});
      const records = rows.map((row) => new Neo4jRecord(keys, keys.map((key) => row[key])));
      return {
        keys: () => Promise.resolve(keys),
        async *[Symbol.asyncIterator]() {
          yield* records;
        },
      };
    },
  };
  const session = { executeRead: (work: (t: typeof tx) => Promise<unknown>) => work(tx), close: () => Promise.resolve() };
  return { session: () => session, getServerInfo: () => Promise.resolve({}), close: () => Promise.resolve() } as unknown as Driver;
}
