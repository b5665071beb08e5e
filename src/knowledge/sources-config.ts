/**
 * knowledge/sources.yaml: where the source dictionaries are, their accepted upstream defects,
 * the id mapping to ids the gold already uses, and the CAMEO agent-code table.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadYamlFile } from '../yaml/parse-yaml.ts';

/** The shipped configuration. */
export const SOURCES_CONFIG_PATH = fileURLToPath(new URL('../../knowledge/sources.yaml', import.meta.url));

const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id');

export const sourcesConfigSchema = z.strictObject({
  petrarchDir: z.string().min(1),
  acceptedDefects: z.record(z.string(), z.array(z.number().int().positive())).default({}),
  ids: z.record(kebabId, kebabId).default({}),
  dropNames: z.array(z.string().min(1)).default([]),
  titleSmallWords: z.array(z.string().regex(/^[a-z]+$/)).default([]),
  agentCodes: z.record(z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter CAMEO agent code'), z.strictObject({
    label: z.string().min(1),
    group: kebabId.optional(),
  })),
  leaderRoleCodes: z.array(z.string().regex(/^[A-Z]{3}$/)).min(1),
  institutionSectors: z.array(z.string().regex(/^[A-Z]{3}$/)).default([]),
  roleHeadPrepositions: z.array(z.string().regex(/^[a-z]+$/)).default([]),
});

export type SourcesConfig = z.output<typeof sourcesConfigSchema>;

/** Reads and validates the configuration (errors name file and line). */
export function loadSourcesConfig(path = SOURCES_CONFIG_PATH): SourcesConfig {
  return loadYamlFile(path, sourcesConfigSchema).data;
}
