/**
 * `kg doctor`: what this machine offers for running kg — Node, Java, Maven, Docker,
 * which Neo4j source kg will use and why, and whether that Neo4j answers.
 */
import { neo4jStatus } from '../../neo4j/index.ts';
import type { ResolutionProbes } from '../../neo4j/resolve.ts';
import { runtimeLibsComplete } from '../../neo4j/runtime-libs.ts';
import { type ToolStatus, probeDocker, probeJava, probeMaven } from '../../neo4j/toolchain.ts';
import type { KgCommand } from '../types.ts';


const describeTool = (tool: ToolStatus) => (tool.available ? `ok ${tool.version ?? ''}`.trim() : `missing (${tool.problem})`);

export const command: KgCommand = {
  summary: 'check Node, Java, Maven, Docker and the Neo4j kg will use',
  configure: (command) =>
    command.description('Prints the versions of Node, Java, Maven and Docker, which Neo4j kg will use and why, ' +
      'and whether it answers. Exits 0 when kg has a usable Neo4j (running, or one it can start), 1 otherwise.\nNever prints passwords.'),
  async run() {
    const [java, maven, docker, libsComplete] = await Promise.all([probeJava(), probeMaven(), probeDocker(), runtimeLibsComplete()]);
    const probes: ResolutionProbes = {
      java: async () => java,
      maven: async () => maven,
      docker: async () => docker,
      libsComplete: async () => libsComplete,
    };
    const status = await neo4jStatus({ probes });
    const lines = [
      `node     ok ${process.versions.node}`,
      `java     ${describeTool(java)}`,
      `maven    ${describeTool(maven)}`,
      `docker   ${describeTool(docker)}`,
      `jars     ${libsComplete ? 'Neo4j Community jars complete in .neo4j/lib' : 'not downloaded yet (Maven fetches them on the first managed start)'}`,
      `neo4j    source: ${status.source} — ${status.reason}`,
    ];
    let usable = status.source !== 'none';
    if (status.running) {
      lines.push(`         answers at ${status.uri}: Neo4j ${status.version}`);
    } else if (status.problem) {
      lines.push(`         does not answer: ${status.problem}`);
      usable = false;
    } else if (usable) {
      lines.push('         not running; kg starts it when a command needs it (or run `kg neo4j start`)');
    }
    console.log(lines.join('\n'));
    return usable ? 0 : 1;
  },
};
