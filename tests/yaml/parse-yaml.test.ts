import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { KgError } from '../../src/errors.ts';
import { loadYamlFile, parseYaml } from '../../src/yaml/parse-yaml.ts';

const People = z.strictObject({
  people: z.array(
    z.strictObject({
      name: z.string(),
      type: z.enum(['Person', 'Group']),
      born: z.string().regex(/^\d{4}-\d\d-\d\d$/, 'must be a date YYYY-MM-DD').optional(),
    }),
  ),
});

/** The KgError message thrown by `run`, or a failure if nothing (or something else) is thrown. */
function errorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return (error as KgError).message;
  }
  throw new Error('expected a KgError');
}

describe('parseYaml', () => {
  it('returns the validated data', () => {
    const parsed = parseYaml('people:\n  - name: Ann\n    type: Person\n', 'p.yaml', People);
    expect(parsed.data.people[0]).toEqual({ name: 'Ann', type: 'Person' });
  });

  it('reports each schema issue with the line of the offending value and its path', () => {
    const text = [
      'people:', //               1
      '  - name: Ann', //         2
      '    type: Person', //      3
      '  - name: Bob', //         4
      '    type: Persn', //       5
      '    born: 1990-1-1', //    6
      '  - type: Group', //       7
      '    colour: red', //       8
    ].join('\n');
    const message = errorOf(() => parseYaml(text, 'people.yaml', People));
    expect(message).toContain('people.yaml: 4 problems');
    expect(message).toContain('people.yaml:5: people[1].type: must be one of Person, Group (got "Persn")');
    expect(message).toContain('people.yaml:6: people[1].born: must be a date YYYY-MM-DD (got "1990-1-1")');
    expect(message).toContain('people.yaml:7: people[2].name: is required');
    expect(message).toContain('people.yaml:8: people[2].colour: unknown key "colour"');
  });

  it('reports a syntax error with line and column', () => {
    const message = errorOf(() => parseYaml('people:\n  - name: [Ann\n', 'broken.yaml', People));
    expect(message).toMatch(/^broken\.yaml:\d+:\d+: YAML syntax error: /);
  });

  it('refuses duplicate keys', () => {
    expect(errorOf(() => parseYaml('people: []\npeople: []\n', 'dup.yaml', People))).toMatch(/^dup\.yaml:2:1: .*unique/);
  });

  it('caps the number of listed problems', () => {
    const text = `people:\n${'  - type: Nobody\n'.repeat(30)}`;
    const message = errorOf(() => parseYaml(text, 'many.yaml', People, { maxIssues: 5 }));
    expect(message.split('\n').filter((line) => line.startsWith('  many.yaml:'))).toHaveLength(5);
    expect(message).toContain('… and 55 more');
  });

  it('stops an alias bomb instead of expanding it', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    expect(errorOf(() => parseYaml(bomb, 'bomb.yaml', z.unknown()))).toMatch(/^bomb\.yaml: cannot expand YAML aliases/);
  });

  it('reports moderately deep nesting as too deep', () => {
    const text = `a: ${'['.repeat(100)}${']'.repeat(100)}`;
    expect(errorOf(() => parseYaml(text, 'deep.yaml', z.unknown()))).toMatch(/^deep\.yaml:1: nesting is deeper than 64 levels/);
  });

  it('reports nesting that overflows the parser as too deep, once', () => {
    const text = `a: ${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    const message = errorOf(() => parseYaml(text, 'deeper.yaml', z.unknown()));
    expect(message).toMatch(/^deeper\.yaml:1:\d+: nesting is deeper than 64 levels\n/);
  });

  it('refuses a document over the size limit before parsing it', () => {
    expect(errorOf(() => parseYaml('a: 1234567890\n', 'big.yaml', z.unknown(), { maxBytes: 10 }))).toMatch(
      /^big\.yaml: file is larger than 10 characters/,
    );
  });

  it('lets later checks report lines through lineOf and fail', () => {
    const parsed = parseYaml('people:\n  - name: Ann\n    type: Person\n  - name: Ann\n    type: Group\n', 'p.yaml', People);
    expect(parsed.lineOf(['people', 1, 'name'])).toBe(4);
    expect(parsed.lineOf(['people', 1, 'missing'])).toBe(4);
    expect(errorOf(() => parsed.fail([{ path: ['people', 1, 'name'], message: 'duplicate name' }]))).toMatch(
      /^p\.yaml:4: people\[1\]\.name: duplicate name/,
    );
  });

  it('throws nothing but KgError on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        try {
          parseYaml(text, 'fuzz.yaml', People);
        } catch (error) {
          if (!(error instanceof KgError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
  });

  it('throws nothing but KgError on YAML-looking input', () => {
    const token = fc.constantFrom(
      ...['people:', '- ', 'name: ', 'type: ', 'Person', '&a ', '*a', '[', ']', '{', '}', ':', '\n', '  ', '"', "'", '#', '? ', '!!str ', ',', '|', '>'],
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 60 }), (tokens) => {
        try {
          parseYaml(tokens.join(''), 'fuzz.yaml', People);
        } catch (error) {
          if (!(error instanceof KgError)) throw error;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('loadYamlFile', () => {
  it('names a missing file and says to check the path', () => {
    expect(errorOf(() => loadYamlFile('tests/yaml/no-such-file.yaml', z.unknown()))).toBe(
      'tests/yaml/no-such-file.yaml: cannot read the file (ENOENT); check the path.',
    );
  });
});
