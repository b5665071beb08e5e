/**
 * Keeps viewer/dist in step with viewer/src. The page is built when the project is
 * installed (`npm install` / `npm ci` run the `prepare` script: `vite build viewer`), so
 * `kg serve` on an installed checkout never needs Vite at run time; in a working copy it
 * rebuilds with Vite (a dev dependency) when the build is missing or older than its sources.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KgError } from '../errors.ts';

/** The viewer project (viewer/) of this checkout. */
export const VIEWER_ROOT = fileURLToPath(new URL('../../viewer/', import.meta.url));

/** Its build output, served by `kg serve`. */
export const VIEWER_DIST = join(VIEWER_ROOT, 'dist');

export type BuildState = 'missing' | 'stale' | 'fresh';

function newestSourceTime(root: string): number {
  const sources = [join(root, 'index.html'), join(root, 'vite.config.ts')];
  const srcDir = join(root, 'src');
  if (existsSync(srcDir)) {
    for (const entry of readdirSync(srcDir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) sources.push(join(entry.parentPath, entry.name));
    }
  }
  return Math.max(...sources.filter(existsSync).map((path) => statSync(path).mtimeMs));
}

/** Whether `root`/dist exists and is at least as new as every source file. */
export function viewerBuildState(root: string = VIEWER_ROOT): BuildState {
  const index = join(root, 'dist', 'index.html');
  if (!existsSync(index)) return 'missing';
  return statSync(index).mtimeMs >= newestSourceTime(root) ? 'fresh' : 'stale';
}

/** Builds the viewer with Vite (a dev dependency); tells the user what to run if it cannot. */
export async function buildViewer(root: string = VIEWER_ROOT): Promise<void> {
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch (error) {
    const message = 'serve: the viewer build is missing or older than its sources and Vite is not installed; run `npm install` (it builds the viewer).';
    throw new KgError(message, { cause: error });
  }
  try {
    await vite.build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  } catch (error) {
    const first = (error as Error).message.split('\n')[0];
    throw new KgError(`serve: building the viewer failed: ${first}. Run \`npm run build:viewer\` to see the full output.`, { cause: error });
  }
}
