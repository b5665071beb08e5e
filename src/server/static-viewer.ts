/**
 * Serves the built viewer (viewer/dist). The file list is read once at start-up and
 * only those files are served, so no request path ever reaches the file system:
 * there is nothing to traverse.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import type { Hono } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.map': 'application/json',
  '.woff2': 'font/woff2',
};

interface StaticFile {
  body: Buffer;
  type: string;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Reads every file of `distDir` into memory, keyed by its URL path. */
export function readViewerFiles(distDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const path of listFiles(distDir)) {
    const url = `/${relative(distDir, path).split(sep).join('/')}`;
    files.set(url, { body: readFileSync(path), type: CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
  }
  return files;
}

/**
 * Adds GET routes for the viewer files to `app`: `/` is index.html, hashed assets
 * are cacheable for a year, everything else must be revalidated.
 */
export function serveViewer(app: Hono, files: Map<string, StaticFile>): void {
  app.get('*', (c, next) => {
    const path = c.req.path === '/' ? '/index.html' : c.req.path;
    const file = files.get(path);
    if (!file) return next();
    const cache = path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
    return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.type, 'Cache-Control': cache });
  });
}
