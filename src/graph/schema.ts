/**
 * Applies the schema migrations in schema/migrations/*.cypher, in file order, each
 * once: applied versions are recorded as (:SchemaMigration {version, name, appliedAt}).
 * Every statement is idempotent (IF NOT EXISTS), so a run interrupted between a
 * statement and its record is simply repeated.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { KgError } from '../errors.ts';
import { splitStatements } from './cypher-text.ts';

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../schema/migrations/', import.meta.url));

export interface Migration {
  /** The number the file name starts with ("001-constraints.cypher" → 1). */
  version: number;
  /** File name without extension. */
  name: string;
  file: string;
  statements: string[];
}

export interface SchemaOptions {
  database?: string;
  dir?: string;
}

export interface SchemaResult {
  /** Names of the migrations applied by this run, in order. */
  applied: string[];
  /** Highest version now recorded in the database. */
  version: number;
}

/** Reads the migration files of `dir`, sorted by version; a badly named or duplicate file is an error. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => file.endsWith('.cypher'))
    .map((file): Migration => {
      const match = /^(\d+)-[\w-]+\.cypher$/.exec(file);
      if (!match) throw new KgError(`schema: ${join(dir, file)}: migration file names must look like "001-what-it-does.cypher"; rename it.`);
      const path = join(dir, file);
      return { version: Number(match[1]), name: file.replace(/\.cypher$/, ''), file: path, statements: splitStatements(readFileSync(path, 'utf8')) };
    })
    .sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) {
      throw new KgError(`schema: ${migrations[i]!.file} and ${migrations[i - 1]!.file} have the same version number; renumber one of them.`);
    }
  }
  return migrations;
}

/** Applies the migrations not yet recorded in the database, in order. */
export async function applySchema(driver: Driver, options: SchemaOptions = {}): Promise<SchemaResult> {
  const migrations = readMigrations(options.dir);
  const session = driver.session({ database: options.database });
  try {
    const recorded = await session.run('MATCH (m:SchemaMigration) RETURN m.version AS version');
    const done = new Set(recorded.records.map((record) => Number(record.get('version'))));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of migration.statements) {
        try {
          await session.run(statement);
        } catch (error) {
          throw new KgError(`schema: ${migration.file}: a statement failed (${(error as Error).message}); fix the file and run \`kg schema apply\` again.`, {
            cause: error,
          });
        }
      }
      await session.run('MERGE (m:SchemaMigration {version: $version}) ON CREATE SET m.name = $name, m.appliedAt = datetime()', {
        version: neo4j.int(migration.version),
        name: migration.name,
      });
      done.add(migration.version);
      applied.push(migration.name);
    }
    return { applied, version: Math.max(0, ...done) };
  } finally {
    await session.close();
  }
}
