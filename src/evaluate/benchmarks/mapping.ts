/**
 * The mappings from a benchmark's types to the ontology, kept as data in
 * `eval/benchmarks/<name>.yaml` and validated at load: every relation type must be one of
 * `schema/ontology.yaml`, every benchmark type and role listed once and, when the
 * benchmark ships its type inventory (WikiEvents `meta.json`), known to it. A rule's `type` is
 * one relation type or a list of them scored as one ("HOLDS_ROLE/LEADS": an extraction of
 * either matches). Errors name file and line.
 */
import { z } from 'zod';
import { loadOntology } from '../../ontology/index.ts';
import { loadYamlFile, type ParsedYaml, type YamlIssue } from '../../yaml/parse-yaml.ts';
import { repoPath } from '../run.ts';

const relationType = z.string().regex(/^[A-Z][A-Z_]*$/, 'relation types are UPPER_SNAKE_CASE');
/** One relation type, or several that the benchmark cannot tell apart, scored as one. */
const relationTypes = z.union([relationType, z.array(relationType).min(1)]);
const roles = z.array(z.string().min(1)).min(1);

const eventRuleSchema = z.strictObject({
  /** A KAIROS event type ("Contact.Contact.Meet") or a prefix of whole segments ("Conflict.Attack"). */
  event: z.string().regex(/^[A-Za-z]+(\.[A-Za-z]+){0,2}$/, 'a dotted KAIROS event type or a prefix of one'),
  type: relationTypes,
  /** Roles whose entities are the source; none present gives the agent `*` (any source matches). */
  agent: roles.optional(),
  /** Roles whose entities are the target. */
  patient: roles.optional(),
  /** Roles whose entities are all on a par (Contact.Meet participants): one relation per pair. */
  participants: roles.optional(),
  /** No relation without an agent (a death with no killer is not a use of force). */
  agentRequired: z.boolean().optional(),
  /** Why this mapping; for readers. */
  note: z.string().optional(),
});

export const wikiEventsMappingSchema = z.strictObject({
  /**
   * Entity types of the benchmark that can be actors (Person, Organization, Country, Group).
   * An argument of another type (a building, a weapon) is no actor: as agent it counts as
   * absent, as patient it gives no relation — the ontology has no relation to it.
   */
  actorEntityTypes: z.array(z.string().min(1)).min(1),
  events: z.array(eventRuleSchema).min(1),
});

const propertyRuleSchema = z.strictObject({
  /** A Wikidata property id as Re-DocRED writes it. */
  property: z.string().regex(/^P\d+$/, 'a Wikidata property id such as P39'),
  /** The property's Wikidata label; for readers. */
  label: z.string().min(1),
  type: relationTypes,
  /** forward: head → tail is source → target; reverse: tail → head; either: direction not scored. */
  direction: z.enum(['forward', 'reverse', 'either']),
  note: z.string().optional(),
});

export const reDocRedMappingSchema = z.strictObject({ properties: z.array(propertyRuleSchema).min(1) });

export type EventRule = z.infer<typeof eventRuleSchema>;
export type PropertyRule = z.infer<typeof propertyRuleSchema>;
export type WikiEventsMapping = z.infer<typeof wikiEventsMappingSchema>;

export const WIKIEVENTS_MAPPING = repoPath('eval/benchmarks/wikievents.yaml');
export const REDOCRED_MAPPING = repoPath('eval/benchmarks/redocred.yaml');

type RuleType = string | readonly string[];
const typesOf = (type: RuleType): readonly string[] => (typeof type === 'string' ? [type] : type);

/** The name a rule's relation types are scored under: the type, or the list joined by "/" ("HOLDS_ROLE/LEADS"). */
export const scoredLabel = (type: RuleType): string => typesOf(type).join('/');

/**
 * What each scored label takes: label → the extracted relation types that count for it.
 * A relation type belongs to one label at most, or an extraction would count twice.
 */
export function scoredTypes(rules: ReadonlyArray<{ type: RuleType }>): Map<string, Set<string>> {
  return new Map(rules.map((rule) => [scoredLabel(rule.type), new Set(typesOf(rule.type))]));
}

/** Issues for relation types the ontology does not define, or scored under two labels, at `[list, index, 'type']`. */
function typeIssues(list: string, rules: ReadonlyArray<{ type: RuleType }>): YamlIssue[] {
  const known = new Set(loadOntology().relations.keys());
  const labelOf = new Map<string, string>();
  return rules.flatMap((rule, index) => {
    const label = scoredLabel(rule.type);
    return typesOf(rule.type).flatMap((type): YamlIssue[] => {
      const path = [list, index, 'type'];
      if (!known.has(type)) return [{ path, message: `"${type}" is not a relation type of schema/ontology.yaml` }];
      const earlier = labelOf.get(type);
      labelOf.set(type, earlier ?? label);
      return earlier !== undefined && earlier !== label ? [{ path, message: `${type} is scored both as ${earlier} and as ${label}` }] : [];
    });
  });
}

/** Event types of `inventory` that `event` names: itself, or those it is a prefix of. */
export const eventTypesMatching = (event: string, inventory: Iterable<string>): string[] =>
  [...inventory].filter((type) => type === event || type.startsWith(`${event}.`));

/**
 * Loads a WikiEvents mapping. `inventory` (event type → roles, from the benchmark's
 * `meta.json`), when given, must know every event and role the mapping names.
 */
export function loadWikiEventsMapping(
  file = WIKIEVENTS_MAPPING,
  inventory?: ReadonlyMap<string, ReadonlySet<string>>,
): ParsedYaml<z.infer<typeof wikiEventsMappingSchema>> {
  const parsed = loadYamlFile(file, wikiEventsMappingSchema);
  const issues = typeIssues('events', parsed.data.events);
  const seen = new Set<string>();
  parsed.data.events.forEach((rule, index) => {
    const at = (key: string) => ['events', index, key];
    const key = `${rule.event}|${scoredLabel(rule.type)}`;
    if (seen.has(key)) issues.push({ path: at('event'), message: `${rule.event} → ${scoredLabel(rule.type)} is mapped twice` });
    seen.add(key);
    if ((rule.patient === undefined) === (rule.participants === undefined)) {
      issues.push({ path: at('event'), message: 'give either patient (with an optional agent) or participants' });
    }
    if (rule.participants && (rule.agent || rule.agentRequired)) {
      issues.push({ path: at('participants'), message: 'participants take no agent or agentRequired' });
    }
    if (!inventory) return;
    const types = eventTypesMatching(rule.event, inventory.keys());
    if (types.length === 0) {
      issues.push({ path: at('event'), message: `"${rule.event}" matches no event type of the benchmark's meta.json` });
      return;
    }
    const known = new Set(types.flatMap((type) => [...inventory.get(type)!]));
    for (const list of ['agent', 'patient', 'participants'] as const) {
      (rule[list] ?? []).forEach((role, roleIndex) => {
        if (!known.has(role)) {
          issues.push({ path: ['events', index, list, roleIndex], message: `"${role}" is no role of ${rule.event} in meta.json` });
        }
      });
    }
  });
  if (issues.length > 0) parsed.fail(issues);
  return parsed;
}

/** Loads a Re-DocRED mapping: ontology types, each property once. */
export function loadReDocRedMapping(file = REDOCRED_MAPPING): ParsedYaml<z.infer<typeof reDocRedMappingSchema>> {
  const parsed = loadYamlFile(file, reDocRedMappingSchema);
  const issues = typeIssues('properties', parsed.data.properties);
  const seen = new Set<string>();
  parsed.data.properties.forEach((rule, index) => {
    if (seen.has(rule.property)) issues.push({ path: ['properties', index, 'property'], message: `${rule.property} is mapped twice` });
    seen.add(rule.property);
  });
  if (issues.length > 0) parsed.fail(issues);
  return parsed;
}
