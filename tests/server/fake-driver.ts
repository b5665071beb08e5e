// Stand-ins for a neo4j-driver Driver in the API tests that need no database: every
// database call fails with the Neo4j error given, as a real driver would.
import { Neo4jError, type Driver } from 'neo4j-driver';

/** A driver whose every query and health check fails with a Neo4jError of `code`. */
export function failingDriver(code: string, message = `fake failure ${code}`): Driver {
  const fail = () => Promise.reject(new Neo4jError(message, code, '50N42', 'error: general processing exception'));
  const session = { executeRead: fail, run: fail, close: () => Promise.resolve() };
  return { session: () => session, getServerInfo: fail, close: () => Promise.resolve() } as unknown as Driver;
}
