// The generated neo4j.conf and java command line of the managed server.
import { describe, expect, it } from 'vitest';
import { SERVER_MAIN_CLASS, renderNeo4jConf, serverJavaArgs } from '../../src/neo4j/server-conf.ts';

const layout = { home: '/srv/kg/.neo4j', confDir: '/srv/kg/.neo4j/conf', libDir: '/srv/kg/.neo4j/lib' };
const tuning = { boltPort: 7788, heap: '1g', pagecache: '512m' };

/** The settings of a rendered neo4j.conf as a map (comments dropped). */
function settingsOf(conf: string): Map<string, string> {
  const lines = conf.split('\n').filter((line) => line && !line.startsWith('#'));
  return new Map(lines.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
}

describe('renderNeo4jConf', () => {
  const conf = settingsOf(renderNeo4jConf(layout, tuning));

  it('listens for Bolt on loopback only, on the configured port', () => {
    expect(conf.get('server.bolt.listen_address')).toBe('127.0.0.1:7788');
    expect(conf.get('server.default_listen_address')).toBe('127.0.0.1');
  });

  it('keeps HTTP off unless a port is asked for, then on loopback', () => {
    expect(conf.get('server.http.enabled')).toBe('false');
    const withHttp = settingsOf(renderNeo4jConf(layout, { ...tuning, httpPort: 7575 }));
    expect(withHttp.get('server.http.enabled')).toBe('true');
    expect(withHttp.get('server.http.listen_address')).toBe('127.0.0.1:7575');
  });

  it('keeps authentication on and usage reports off', () => {
    expect(conf.get('dbms.security.auth_enabled')).toBe('true');
    expect(conf.get('dbms.usage_report.enabled')).toBe('false');
  });

  it('puts data, logs and run files under the instance home', () => {
    for (const key of ['server.directories.data', 'server.directories.logs', 'server.directories.run']) {
      expect(conf.get(key)?.startsWith('/srv/kg/.neo4j/')).toBe(true);
    }
  });

  it('sizes heap and page cache from the tuning', () => {
    expect(conf.get('server.memory.heap.max_size')).toBe('1g');
    expect(conf.get('server.memory.pagecache.size')).toBe('512m');
  });
});

describe('serverJavaArgs', () => {
  const args = serverJavaArgs(layout, tuning);

  it('passes the heap and the module opens the launcher would add', () => {
    expect(args).toEqual(
      expect.arrayContaining(['-Xms1g', '-Xmx1g', '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED']),
    );
  });

  it('runs the community entry point from the lib directory with this home and config', () => {
    const main = args.indexOf(SERVER_MAIN_CLASS);
    expect(args[main - 2]).toBe('-cp');
    expect(args[main - 1]).toBe('/srv/kg/.neo4j/lib/*');
    expect(args.slice(main + 1)).toEqual(['--home-dir=/srv/kg/.neo4j', '--config-dir=/srv/kg/.neo4j/conf', '--console-mode']);
  });
});
