// NEO4J_* settings: defaults, overrides, and errors naming the malformed variable.
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { DEFAULT_SETTINGS, readNeo4jSettings } from '../../src/neo4j/config.ts';

describe('readNeo4jSettings', () => {
  it('uses the defaults when nothing is set, and treats empty variables as unset', () => {
    const settings = readNeo4jSettings({ NEO4J_URI: '', NEO4J_BOLT_PORT: ' ' });
    expect(settings).toMatchObject({ uri: undefined, username: 'neo4j', database: 'neo4j', boltPort: 7687, heap: '2g', pagecache: '2g' });
    expect(settings.httpPort).toBeUndefined();
  });

  it('reads every override', () => {
    const settings = readNeo4jSettings({
      NEO4J_URI: 'neo4j+s://db.example.org:7687',
      NEO4J_USERNAME: 'analyst',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'news',
      NEO4J_BOLT_PORT: '7788',
      NEO4J_HTTP_PORT: '7575',
      NEO4J_HEAP: '512M',
      NEO4J_PAGECACHE: '1g',
      NEO4J_START_TIMEOUT: '30',
    });
    expect(settings).toEqual({
      uri: 'neo4j+s://db.example.org:7687',
      username: 'analyst',
      password: 'p',
      database: 'news',
      boltPort: 7788,
      httpPort: 7575,
      heap: '512m',
      pagecache: '1g',
      startTimeoutSeconds: 30,
    });
  });

  it.each([
    ['NEO4J_BOLT_PORT', '70000'],
    ['NEO4J_BOLT_PORT', '76x'],
    ['NEO4J_HTTP_PORT', '0'],
    ['NEO4J_HEAP', 'lots'],
    ['NEO4J_PAGECACHE', '2gb'],
    ['NEO4J_START_TIMEOUT', '-5'],
    ['NEO4J_URI', 'http://localhost:7474'],
  ])('rejects %s=%s with a KgError naming the variable', (name, value) => {
    expect(() => readNeo4jSettings({ [name]: value })).toThrow(KgError);
    expect(() => readNeo4jSettings({ [name]: value })).toThrow(name);
  });

  it('keeps the default timeout when only other variables are set', () => {
    expect(readNeo4jSettings({ NEO4J_HEAP: '1g' }).startTimeoutSeconds).toBe(DEFAULT_SETTINGS.startTimeoutSeconds);
  });
});
