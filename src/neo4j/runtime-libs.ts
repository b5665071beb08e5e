/**
 * The Neo4j Community jars of the managed server, resolved by Maven from pom.xml into
 * .neo4j/lib (Maven caches them in ~/.m2, so only the first run downloads). A marker
 * file holding the pom's hash says the directory is complete for that pom.
 */
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { KgError } from '../errors.ts';
import { MANAGED_DIR, POM_FILE, PROJECT_ROOT } from './config.ts';
import { lastLines, runCommand } from './toolchain.ts';

/** Default jar directory of the managed server. */
export const LIB_DIR = path.join(MANAGED_DIR, 'lib');

const MARKER = '.complete-pom-sha256';

async function pomHash(pomFile: string): Promise<string> {
  return createHash('sha256').update(await fs.readFile(pomFile)).digest('hex');
}

/** True when `libDir` holds the complete jar set of the current pom. */
export async function runtimeLibsComplete(libDir = LIB_DIR, pomFile = POM_FILE): Promise<boolean> {
  const marker = await fs.readFile(path.join(libDir, MARKER), 'utf8').catch(() => '');
  return marker.trim() === (await pomHash(pomFile));
}

/**
 * Makes sure `libDir` holds the jars listed by the pom, running
 * `mvn dependency:copy-dependencies` when it does not. Maven writes into a fresh
 * directory whose jars then replace the old set one rename at a time, so a server
 * already running from `libDir` keeps working and an interrupted download leaves
 * no half-complete directory behind.
 */
export async function ensureRuntimeLibs(
  options: { libDir?: string; pomFile?: string; onProgress?: (message: string) => void } = {},
): Promise<void> {
  const { libDir, pomFile, onProgress } = { libDir: LIB_DIR, pomFile: POM_FILE, ...options };
  if (await runtimeLibsComplete(libDir, pomFile)) return;
  onProgress?.('fetching the Neo4j Community jars with Maven (cached in ~/.m2 after the first run)');
  await fs.mkdir(path.dirname(libDir), { recursive: true });
  const staging = `${libDir}.download-${randomBytes(4).toString('hex')}`;
  try {
    const result = await runCommand(
      'mvn',
      ['-q', '-B', '-f', pomFile, 'dependency:copy-dependencies', '-DincludeScope=runtime', `-DoutputDirectory=${staging}`],
      { cwd: PROJECT_ROOT, timeoutMs: 30 * 60_000 },
    );
    if (result.notFound) {
      throw new KgError(
        'neo4j: Maven (mvn) is needed once to download Neo4j Community into .neo4j/lib; install Maven (e.g. apt-get install maven), or set NEO4J_URI to ' +
          'use an existing Neo4j server.',
      );
    }
    if (result.code !== 0) {
      throw new KgError(
        `neo4j: Maven could not download Neo4j Community (from ${pomFile}). Check the network or proxy settings for Maven Central (~/.m2/settings.xml) and ` +
          `retry. Maven's last lines:\n${lastLines(result.stdout + result.stderr, 20)}`,
      );
    }
    await replaceJars(staging, libDir);
    await fs.writeFile(path.join(libDir, MARKER), `${await pomHash(pomFile)}\n`);
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** Moves every jar of `from` into `to` and deletes jars of `to` the new set does not have. */
async function replaceJars(from: string, to: string): Promise<void> {
  await fs.mkdir(to, { recursive: true });
  const fresh = new Set(await fs.readdir(from));
  for (const name of fresh) await fs.rename(path.join(from, name), path.join(to, name));
  for (const name of await fs.readdir(to)) {
    if (name.endsWith('.jar') && !fresh.has(name)) await fs.rm(path.join(to, name), { force: true });
  }
}
