// .env parsing for the Docker source (same file docker compose reads).
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dockerSettings, parseDotEnv } from '../../src/neo4j/docker.ts';

describe('parseDotEnv', () => {
  it('reads assignments, strips quotes and skips comments and blank lines', () => {
    const text = '# local secrets\n\nNEO4J_PASSWORD="two words"\nexport NEO4J_BOLT_PORT=7788\n  # NEO4J_HEAP=9g\nBROKEN LINE\n';
    expect(parseDotEnv(text)).toEqual({ NEO4J_PASSWORD: 'two words', NEO4J_BOLT_PORT: '7788' });
  });
});

describe('dockerSettings', () => {
  it('lets the environment win over .env', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-dotenv-'));
    const file = path.join(dir, '.env');
    await fs.writeFile(file, 'NEO4J_PASSWORD=from-file\nNEO4J_BOLT_PORT=7788\n');
    try {
      const settings = dockerSettings({ NEO4J_BOLT_PORT: '7999' }, file);
      expect(settings.password).toBe('from-file');
      expect(settings.boltPort).toBe(7999);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
