/** `kg schema apply|list`: applies the schema migrations (constraints and indexes) to Neo4j. */
import { Argument } from 'commander';
import { applySchema, readMigrations } from '../../graph/schema.ts';
import type { KgCommand } from '../types.ts';
import { withDatabase } from '../with-database.ts';

export const command: KgCommand = {
  summary: 'Apply the Neo4j schema (constraints, indexes) idempotently',
  configure: (command) =>
    command
      .addArgument(new Argument('<action>', 'apply: the migrations in schema/migrations/ not yet recorded in the database ' +
        '(also done by every `kg seed`), safe to run any number of times; list: the migration files').choices(['apply', 'list'])),
  async run(_options, [action]) {
    if (action === 'list') {
      for (const migration of readMigrations())
        console.log(`${String(migration.version).padStart(3, '0')}  ${migration.name}  (${migration.statements.length} statements)`);
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
