// The lexicon section of an ontology file: its word lists compile, and contradictions are
// reported with file and line.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KgError } from '../../src/errors.ts';
import { loadOntology } from '../../src/ontology/index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

function errorOf(name: string): string {
  try {
    loadOntology(fixture(name));
  } catch (error) {
    expect(error).toBeInstanceOf(KgError);
    return (error as Error).message;
  }
  throw new Error(`${name} loaded without error`);
}

describe('lexicon', () => {
  it('compiles the word lists of the shipped ontology (pronoun genders, descriptions, months January first)', () => {
    const { lexicon } = loadOntology();
    expect([lexicon.pronouns.get('she'), lexicon.pronouns.get('him')]).toEqual(['female', 'male']);
    expect(lexicon.descriptions.get('bloc')).toBe('multilateral');
    expect(lexicon.months[0]).toContain('january');
    expect(lexicon.weekdays[0]).toBe('sunday');
  });

  it('refuses a word listed under two genders, naming file and line', () => {
    const message = errorOf('lexicon-pronoun-two-genders.yaml');
    expect(message).toMatch(/lexicon-pronoun-two-genders\.yaml:\d+: lexicon\.pronouns\.female(\.|\[)1\]?: "he" is already listed under male/);
  });

  it('refuses a month list that does not have twelve months, naming file and line', () => {
    expect(errorOf('lexicon-eleven-months.yaml')).toMatch(/lexicon-eleven-months\.yaml:\d+: lexicon\.months.*twelve months/);
  });
});
