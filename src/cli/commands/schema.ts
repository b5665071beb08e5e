/** `kg schema apply|list`: applies the schema migrations (constraints and indexes) to Neo4j. */
import { KgError } from '../../errors.ts';
import { applySchema, readMigrations } from '../../graph/schema.ts';
import { withDatabase } from '../../graph/with-database.ts';
import type { Command } from '../types.ts';

const usage = `Usage: kg schema apply | kg schema list

  apply   apply the migrations in schema/migrations/ not yet recorded in the database
          (also done by every \`kg seed\`); safe to run any number of times
  list    list the migration files`;

export const command: Command = {
  summary: 'Apply the Neo4j schema (constraints, indexes) idempotently',
  usage,
  async run(argv) {
    const [action, ...rest] = argv;
    if (rest.length > 0 || (action !== 'apply' && action !== 'list')) throw new KgError(`schema: expected "apply" or "list".\n\n${usage}`, { exitCode: 2 });
    if (action === 'list') {
      for (const migration of readMigrations()) console.log(`${String(migration.version).padStart(3, '0')}  ${migration.name}  (${migration.statements.length} statements)`);
      return 0;
    }
    const result = await withDatabase((driver, database) => applySchema(driver, { database }));
    console.log(
      result.applied.length > 0
        ? `kg schema: applied ${result.applied.join(', ')}; schema version ${result.version}.`
        : `kg schema: up to date (version ${result.version}).`,
    );
    return 0;
  },
};
