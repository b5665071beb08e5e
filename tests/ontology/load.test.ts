import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES } from '../../src/document/types.ts';
import { KgError } from '../../src/errors.ts';
import { loadOntology } from '../../src/ontology/index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** The KgError message loadOntology throws for a fixture. */
function errorOf(name: string): string {
  try {
    loadOntology(fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return (error as Error).message;
  }
  throw new Error(`${name} loaded without error`);
}

describe('loadOntology', () => {
  it('loads the shipped ontology with every relation type the brief names', () => {
    const ontology = loadOntology();
    const expected = ['HOLDS_ROLE', 'SPOKESPERSON_FOR', 'MEMBER_OF', 'LEADS', 'RELATIVE_OF', 'ALLY_OF', 'SUCCEEDED',
      'COMMUNICATED_WITH', 'PRAISED', 'SUPPORTED', 'REQUESTED_AID', 'PROVIDED_AID', 'ARRESTED', 'DISMISSED', 'APPOINTED',
      'ACCUSED', 'CRITICIZED', 'DEMANDED', 'THREATENED', 'USED_FORCE', 'PROTESTED'];
    expect([...ontology.relations.keys()].sort()).toEqual(expected.sort());
    expect([...ontology.actorTypes.keys()].sort()).toEqual([...ACTOR_TYPES].sort());
  });

  it('keeps Location out of every interaction relation', () => {
    for (const relation of loadOntology().relations.values()) {
      expect(relation.source, relation.name).not.toContain('Location');
      expect(relation.target, relation.name).not.toContain('Location');
    }
  });

  it('gives CAMEO root codes and quad classes to the event types', () => {
    const relations = loadOntology().relations;
    expect(relations.get('COMMUNICATED_WITH')).toMatchObject({ cameo: '04', quadClass: 1, direction: 'symmetric' });
    expect(relations.get('PROVIDED_AID')).toMatchObject({ cameo: '07', quadClass: 2 });
    expect(relations.get('ARRESTED')).toMatchObject({ cameo: '17', quadClass: 4 });
    expect(relations.get('PROTESTED')).toMatchObject({ cameo: '14', quadClass: 3 });
    expect(relations.get('HOLDS_ROLE')?.quadClass).toBeUndefined();
  });

  it('splits "word=value" entries into the word and the property value', () => {
    const trigger = loadOntology().relations.get('HOLDS_ROLE')!.triggers[0]!;
    expect(trigger.words).toContainEqual({ kind: 'noun', tokens: ['premier'], value: 'prime minister' });
  });

  it('compiles a minimal valid file', () => {
    const ontology = loadOntology(fixture('valid-minimal.yaml'));
    expect(ontology.relations.get('ARRESTED')!.triggers[0]!.words[1]!.tokens).toEqual(['take', 'into', 'custody']);
  });

  it('names file and line of an unknown actor type', () => {
    expect(errorOf('unknown-actor-type.yaml')).toMatch(/unknown-actor-type\.yaml:18: relations\.ARRESTED\.source\[1\]: must be one of .*Person.*Militia/s);
  });

  it('refuses a relation defined twice', () => {
    expect(errorOf('duplicate-relation.yaml')).toMatch(/duplicate-relation\.yaml:20:\d+: .*unique/i);
  });

  it('refuses a trigger naming a frame that does not exist', () => {
    expect(errorOf('unknown-frame.yaml')).toMatch(/unknown-frame\.yaml:22: .*no frame "nominal"/);
  });

  it('refuses a frame path that is not a dependency path', () => {
    expect(errorOf('bad-path-step.yaml')).toMatch(/bad-path-step\.yaml:9: .*"<obj>" is not a path step/);
  });

  it('refuses a trigger that fills an undeclared property', () => {
    expect(errorOf('undeclared-property.yaml')).toMatch(/undeclared-property\.yaml:24: .*declares no property "kinship"/);
  });

  it('refuses a role-time property that is not an enum of its past and present values', () => {
    expect(errorOf('role-time-not-enum.yaml')).toMatch(
      /role-time-not-enum\.yaml:23: .*"status" is statement\.roleTime: make it an enum with values former and current/,
    );
  });

  it('refuses a trigger that is both reverse and mutual', () => {
    expect(errorOf('reverse-and-mutual.yaml')).toMatch(/reverse-and-mutual\.yaml:\d+: .*`reverse` or `mutual`, not both/);
  });

  it('refuses a trigger that narrows its target to a type the relation does not take', () => {
    expect(errorOf('trigger-target-outside-relation.yaml')).toMatch(/trigger-target-outside-relation\.yaml:24: .*SUCCEEDED takes no Country as its target/);
  });

  it('refuses `among` on a trigger without a property to take its value', () => {
    expect(errorOf('among-without-property.yaml')).toMatch(/among-without-property\.yaml:24: .*give the trigger a `property`/);
  });

  it('refuses a trigger pattern that is not words', () => {
    expect(errorOf('trigger-not-a-word.yaml')).toMatch(/trigger-not-a-word\.yaml:21: .*"arrest\(ed\)\?" is not a word/);
  });
});
