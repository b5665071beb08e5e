/**
 * Which Neo4j to use, in order: the server named by NEO4J_URI; else Docker when its
 * engine answers; else the managed local server (needs Java 17+, and Maven until
 * the jars are downloaded); else none, with the three ways to get one.
 */
import type { Neo4jSettings } from './config.ts';
import { runtimeLibsComplete } from './runtime-libs.ts';
import { type ToolStatus, probeDocker, probeJava, probeMaven } from './toolchain.ts';

export type Neo4jChoice = 'env' | 'docker' | 'managed' | 'none';

export interface Neo4jResolution {
  source: Neo4jChoice;
  /** One sentence saying why this source was chosen (for `none`: what to do). */
  reason: string;
}

/** The facts the choice depends on; probed on the machine unless given. */
export interface ResolutionProbes {
  docker: () => Promise<ToolStatus>;
  java: () => Promise<ToolStatus>;
  maven: () => Promise<ToolStatus>;
  libsComplete: () => Promise<boolean>;
}

export const MACHINE_PROBES: ResolutionProbes = {
  docker: probeDocker,
  java: probeJava,
  maven: probeMaven,
  libsComplete: () => runtimeLibsComplete(),
};

/** Picks the Neo4j source for `settings`; never starts anything. */
export async function resolveNeo4j(settings: Pick<Neo4jSettings, 'uri'>, probes: Partial<ResolutionProbes> = {}): Promise<Neo4jResolution> {
  const probe = { ...MACHINE_PROBES, ...probes };
  if (settings.uri) return { source: 'env', reason: `NEO4J_URI is set (${settings.uri}); kg uses that server and starts none.` };
  const docker = await probe.docker();
  if (docker.available) return { source: 'docker', reason: `the Docker engine ${docker.version} answers; kg uses the neo4j service of docker-compose.yml.` };
  const java = await probe.java();
  if (java.available) {
    if (await probe.libsComplete())
      return { source: 'managed', reason: `no NEO4J_URI and no Docker engine; Java ${java.version} runs the managed Neo4j from .neo4j/lib.` };
    const maven = await probe.maven();
    if (maven.available)
      return {
        source: 'managed',
        reason: `no NEO4J_URI and no Docker engine; Maven ${maven.version} downloads Neo4j Community once and Java ${java.version} runs it.`,
      };
    return { source: 'none', reason: noNeo4jAdvice(`Java is installed but ${maven.problem}`) };
  }
  return { source: 'none', reason: noNeo4jAdvice(`${docker.problem}, and ${java.problem}`) };
}

function noNeo4jAdvice(problem: string): string {
  return (
    `no Neo4j available (${problem}). Get one in any of three ways: ` +
    '(1) set NEO4J_URI (and NEO4J_PASSWORD) to an existing Neo4j 5 server; ' +
    '(2) install and start Docker, then kg runs the neo4j service of docker-compose.yml; ' +
    '(3) install Java 17+ and Maven, then kg downloads and runs Neo4j Community 5.26 itself.'
  );
}
