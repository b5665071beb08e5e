/**
 * Loads schema/ontology.yaml (or another ontology file): validates its shape with zod via
 * src/yaml, then cross-checks what a schema cannot — frames whose dependency paths do not
 * parse, triggers naming a frame that does not exist, properties a trigger fills that the
 * relation does not declare, object values outside a property's allowed values, relations
 * superseding unknown ones — and reports each as file:line.
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { ACTOR_TYPES, type ActorType } from '../document/types.ts';
import { loadYamlFile, type YamlIssue } from '../yaml/parse-yaml.ts';
import { parsePath, type DependencyPath } from '../extract/dependency-path.ts';
import { compileLexicon, lexiconSchema } from './lexicon.ts';
import type { FramePattern, Ontology, RelationType, Trigger, TriggerKind, TriggerWord } from './types.ts';

/** The ontology shipped with newsgraph. */
export const DEFAULT_ONTOLOGY_PATH = fileURLToPath(new URL('../../schema/ontology.yaml', import.meta.url));

const wordList = z.array(z.string().min(1)).min(1);
const actorTypeList = z.array(z.enum(ACTOR_TYPES)).min(1);

const triggerSchema = z.strictObject({
  verbs: wordList.optional(),
  nouns: wordList.optional(),
  adjectives: wordList.optional(),
  phrases: wordList.optional(),
  frames: z.array(z.string().min(1)).min(1),
  source: z
    .string()
    .regex(/^(newsgraph|CAMEO\.2\.0:\d{2,4}|Phoenix\.agents:[A-Z]{3})$/, 'a trigger source is `newsgraph`, `CAMEO.2.0:<code>` or `Phoenix.agents:<code>`'),
  object: wordList.optional(),
  cue: wordList.optional(),
  property: z.string().min(1).optional(),
  reverse: z.boolean().optional(),
  mutual: z.boolean().optional(),
  target: actorTypeList.optional(),
  pastEnds: z.boolean().optional(),
  asPost: z.boolean().optional(),
  among: z.string().min(1).optional(),
});

const propertySchema = z.strictObject({
  name: z.string().regex(/^[a-z][a-zA-Z]*$/, 'property names are camelCase'),
  type: z.enum(['string', 'number', 'boolean', 'enum']),
  values: wordList.optional(),
});

const relationSchema = z.strictObject({
  direction: z.enum(['directed', 'symmetric']),
  state: z.boolean().optional(),
  definition: z.string().min(1),
  source: actorTypeList,
  target: actorTypeList,
  cameo: z.string().regex(/^(0[1-9]|1\d|20)$/, 'CAMEO root codes are "01" to "20"').optional(),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).optional(),
  properties: z.array(propertySchema).optional(),
  triggers: z.array(triggerSchema).optional(),
  supersedes: z.array(z.string().min(1)).optional(),
  cameoEvents: z.array(z.string().regex(/^\d{2,4}$/, 'CAMEO event codes are 2 to 4 digits')).optional(),
});

const pathList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const patternSchema = z.strictObject({
  source: pathList.optional(),
  target: pathList.optional(),
  pair: pathList.optional(),
  value: pathList.optional(),
  confidence: z.number().gt(0).max(1),
});

const ontologySchema = z.strictObject({
  actorTypes: z.record(z.enum(ACTOR_TYPES), z.strictObject({ definition: z.string().min(1) })),
  frames: z.record(z.string().regex(/^[a-z][a-z-]*$/, 'frame names are kebab-case'), z.array(patternSchema).min(1)),
  relations: z.record(z.string().regex(/^[A-Z][A-Z_]*$/, 'relation names are UPPER_SNAKE_CASE'), relationSchema),
  lexicon: lexiconSchema,
  statement: z.strictObject({
    hedged: z.string().min(1),
    roleTime: z.strictObject({ property: z.string().min(1), past: z.string().min(1), present: z.string().min(1) }),
  }),
});

type RawOntology = z.output<typeof ontologySchema>;
type RawTrigger = z.output<typeof triggerSchema>;

const KIND_KEYS = { verb: 'verbs', noun: 'nouns', adjective: 'adjectives', phrase: 'phrases' } as const;

/** `"premier=prime minister"` → tokens of "premier", value "prime minister". */
function parseEntry(entry: string): { tokens: string[]; value: string } {
  const [word = '', value] = entry.split('=');
  const tokens = word.toLowerCase().trim().split(/\s+/).filter(Boolean);
  return { tokens, value: (value ?? word).trim().toLowerCase() };
}

/**
 * Loads and checks an ontology file (default: schema/ontology.yaml). Throws a KgError
 * listing every problem as `file:line: path: message`.
 */
export function loadOntology(path: string = DEFAULT_ONTOLOGY_PATH): Ontology {
  const parsed = loadYamlFile(path, ontologySchema);
  const raw: RawOntology = parsed.data;
  const issues: YamlIssue[] = [];
  const relations = new Map<string, RelationType>();
  const frames = compileFrames(raw.frames, issues);

  for (const [name, spec] of Object.entries(raw.relations)) {
    const properties = spec.properties ?? [];
    for (const [index, property] of properties.entries()) {
      if ((property.type === 'enum') !== (property.values !== undefined)) {
        issues.push({ path: ['relations', name, 'properties', index], message: 'give `values` exactly when the type is enum' });
      }
    }
    const triggers = (spec.triggers ?? []).map((trigger, index) =>
      compileTrigger(name, trigger, { properties, targets: spec.target }, ['relations', name, 'triggers', index], issues),
    );
    for (const [index, trigger] of triggers.entries()) {
      for (const [position, frame] of trigger.frames.entries()) {
        if (!frames.has(frame)) {
          const known = [...frames.keys()].join(', ');
          issues.push({ path: ['relations', name, 'triggers', index, 'frames', position], message: `no frame "${frame}" (frames: ${known})` });
        }
      }
    }
    for (const [index, other] of (spec.supersedes ?? []).entries()) {
      if (!raw.relations[other]) issues.push({ path: ['relations', name, 'supersedes', index], message: `no relation type "${other}"` });
    }
    relations.set(name, {
      name,
      direction: spec.direction,
      state: spec.state ?? false,
      definition: spec.definition,
      source: spec.source,
      target: spec.target,
      ...(spec.cameo !== undefined && { cameo: spec.cameo }),
      ...(spec.quadClass !== undefined && { quadClass: spec.quadClass }),
      properties,
      triggers,
      supersedes: spec.supersedes ?? [],
      cameoEvents: spec.cameoEvents ?? [],
    });
  }
  checkRoleTime(raw, issues);
  for (const type of ACTOR_TYPES) {
    if (!raw.actorTypes[type]) issues.push({ path: ['actorTypes'], message: `actor type ${type} is missing a definition` });
  }
  const lexicon = compileLexicon(raw.lexicon, issues);
  if (issues.length > 0) parsed.fail(issues);

  const actorTypes = new Map(Object.entries(raw.actorTypes) as Array<[ActorType, { definition: string }]>);
  return { file: path, actorTypes, relations, frames, lexicon, statement: raw.statement };
}

/** A relation that declares the role-time property must allow its past and present values. */
function checkRoleTime(raw: RawOntology, issues: YamlIssue[]): void {
  const { property, past, present } = raw.statement.roleTime;
  for (const [name, spec] of Object.entries(raw.relations)) {
    const index = (spec.properties ?? []).findIndex((declared) => declared.name === property);
    const declared = spec.properties?.[index];
    if (!declared) continue;
    if (declared.type !== 'enum' || !declared.values?.includes(past) || !declared.values.includes(present)) {
      const message = `"${property}" is statement.roleTime: make it an enum with values ${past} and ${present}`;
      issues.push({ path: ['relations', name, 'properties', index], message });
    }
  }
}

/** Turns one YAML trigger into a Trigger, recording what does not fit in `issues`. */
function compileTrigger(
  relation: string,
  raw: RawTrigger,
  { properties, targets }: { properties: RelationType['properties']; targets: readonly ActorType[] },
  path: Array<string | number>,
  issues: YamlIssue[],
): Trigger {
  const words: TriggerWord[] = [];
  const kinds = (Object.keys(KIND_KEYS) as TriggerKind[]).filter((kind) => raw[KIND_KEYS[kind]]);
  if (kinds.length !== 1) {
    issues.push({ path, message: 'give exactly one of verbs, nouns, adjectives or phrases' });
  }
  for (const kind of kinds) {
    for (const [index, entry] of raw[KIND_KEYS[kind]]!.entries()) {
      const { tokens, value } = parseEntry(entry);
      if (tokens.length === 0 || tokens.some((token) => !/^[\p{L}'’-]+$/u.test(token))) {
        issues.push({ path: [...path, KIND_KEYS[kind], index], message: `"${entry}" is not a word or phrase (letters, hyphens and apostrophes only)` });
      }
      words.push({ kind, tokens, value });
    }
  }
  const property = raw.property === undefined ? undefined : properties.find((spec) => spec.name === raw.property);
  if (raw.property !== undefined && !property) {
    issues.push({ path: [...path, 'property'], message: `relation ${relation} declares no property "${raw.property}"` });
  }
  let object: Map<string, string> | undefined;
  if (raw.object) {
    object = new Map();
    for (const [index, entry] of raw.object.entries()) {
      const { tokens, value } = parseEntry(entry);
      if (property?.values && raw.object.some((item) => item.includes('=')) && !property.values.includes(value)) {
        issues.push({ path: [...path, 'object', index], message: `"${value}" is not an allowed value of ${property.name} (${property.values.join(', ')})` });
      }
      object.set(tokens.join(' '), value);
    }
  }
  for (const [index, type] of (raw.target ?? []).entries()) {
    if (!targets.includes(type)) issues.push({ path: [...path, 'target', index], message: `relation ${relation} takes no ${type} as its target` });
  }
  if (raw.among !== undefined && raw.property === undefined) {
    issues.push({ path: [...path, 'among'], message: '`among` is a value of the trigger\'s property: give the trigger a `property`' });
  }
  if (raw.reverse && raw.mutual) issues.push({ path, message: 'a trigger is `reverse` or `mutual`, not both (a mutual act has no direction to reverse)' });
  if (property?.values && !raw.object) {
    for (const word of words) {
      if (!property.values.includes(word.value)) {
        issues.push({ path, message: `"${word.value}" is not an allowed value of ${property.name} (${property.values.join(', ')})` });
      }
    }
  }
  return {
    relation,
    words,
    frames: raw.frames,
    source: raw.source,
    ...(object && { object }),
    ...(raw.cue && { cue: new Set(raw.cue.map((word) => word.toLowerCase())) }),
    ...(raw.property !== undefined && { property: raw.property }),
    reverse: raw.reverse ?? false,
    mutual: raw.mutual ?? false,
    ...(raw.target && { target: raw.target }),
    pastEnds: raw.pastEnds ?? false,
    asPost: raw.asPost ?? false,
    ...(raw.among !== undefined && { among: raw.among }),
  };
}

/** Compiles the `frames` section, recording paths that do not parse in `issues`. */
function compileFrames(raw: RawOntology['frames'], issues: YamlIssue[]): Map<string, FramePattern[]> {
  const frames = new Map<string, FramePattern[]>();
  for (const [name, patterns] of Object.entries(raw)) {
    const compiled = patterns.map((pattern, index): FramePattern => {
      const where = ['frames', name, index];
      const paths = (key: 'source' | 'target' | 'pair' | 'value'): DependencyPath[] => {
        const texts = pattern[key] === undefined ? [] : typeof pattern[key] === 'string' ? [pattern[key]] : pattern[key];
        return texts.flatMap((text, position) => {
          const parsed = parsePath(text);
          if (typeof parsed === 'string') {
            issues.push({ path: [...where, key, ...(typeof pattern[key] === 'string' ? [] : [position])], message: parsed });
            return [];
          }
          return [parsed];
        });
      };
      const hasPair = pattern.pair !== undefined;
      if (hasPair === (pattern.source !== undefined || pattern.target !== undefined) || (!hasPair && (!pattern.source || !pattern.target))) {
        issues.push({ path: where, message: 'give either `source` and `target`, or `pair`' });
      }
      return { source: paths('source'), target: paths('target'), pair: paths('pair'), value: paths('value'), confidence: pattern.confidence };
    });
    frames.set(name, compiled);
  }
  return frames;
}
