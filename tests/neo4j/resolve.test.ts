// Which Neo4j source is chosen from what the machine offers (probes given, nothing started).
import { describe, expect, it } from 'vitest';
import { type ResolutionProbes, resolveNeo4j } from '../../src/neo4j/resolve.ts';

const ok = (version: string) => async () => ({ available: true, version });
const missing = (problem: string) => async () => ({ available: false, problem });

/** A machine with everything; each test takes away what it is about. */
const everything: ResolutionProbes = {
  docker: ok('28.2.2'),
  java: ok('17.0.15'),
  maven: ok('3.8.7'),
  libsComplete: async () => true,
};

describe('resolveNeo4j', () => {
  it('uses NEO4J_URI whatever else is available, without probing', async () => {
    const untouchable = async () => {
      throw new Error('probed');
    };
    const resolution = await resolveNeo4j({ uri: 'bolt://db:7687' }, { docker: untouchable, java: untouchable });
    expect(resolution.source).toBe('env');
    expect(resolution.reason).toContain('bolt://db:7687');
  });

  it('prefers Docker to the managed server', async () => {
    expect((await resolveNeo4j({}, everything)).source).toBe('docker');
  });

  it('falls back to the managed server when the Docker engine does not answer', async () => {
    const resolution = await resolveNeo4j({}, { ...everything, docker: missing('no engine') });
    expect(resolution.source).toBe('managed');
  });

  it('does not need Maven once the jars are downloaded', async () => {
    const resolution = await resolveNeo4j({}, { ...everything, docker: missing('no engine'), maven: missing('mvn not found') });
    expect(resolution.source).toBe('managed');
  });

  it('needs Maven while the jars are missing', async () => {
    const resolution = await resolveNeo4j(
      {},
      { ...everything, docker: missing('no engine'), maven: missing('mvn not found'), libsComplete: async () => false },
    );
    expect(resolution.source).toBe('none');
    expect(resolution.reason).toContain('mvn not found');
  });

  it('names the three ways to get Neo4j when nothing is available', async () => {
    const resolution = await resolveNeo4j({}, { ...everything, docker: missing('docker not found'), java: missing('java not found') });
    expect(resolution.source).toBe('none');
    expect(resolution.reason).toMatch(/NEO4J_URI/);
    expect(resolution.reason).toMatch(/Docker/);
    expect(resolution.reason).toMatch(/Java 17\+ and Maven/);
  });
});
