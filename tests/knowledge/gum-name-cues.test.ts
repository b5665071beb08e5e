import { describe, expect, it } from 'vitest';
import type { GoldEntity, NerDocument } from '../../src/evaluate/ner-gold.ts';
import { learnNameCues, MIN_DOCUMENTS, MIN_MARKED } from '../../src/knowledge/gum-name-cues.ts';

const entity = (type: string, words: string[], head: string, marker?: string): GoldEntity => ({
  start: 0,
  end: 1,
  type,
  named: true,
  nested: false,
  words,
  head,
  ...(marker && { marker }),
});

const document = (id: string, entities: GoldEntity[]): NerDocument => ({ id, text: '', entities, sentences: [] });

const documents = (count: number, entities: GoldEntity[]) => Array.from({ length: count }, (_, i) => document(`d${i}`, entities));

const allCommon = () => true;

describe('learnNameCues', () => {
  it('keeps a head word that names agree on across enough documents', () => {
    const cues = learnNameCues(documents(MIN_DOCUMENTS, [entity('place', ['Lake', 'Erie'], 'Lake'), entity('place', ['Lake', 'Tahoe'], 'Lake')]), allCommon);
    expect(cues.heads.place).toEqual(['lake']);
    expect(cues.heads.organization).toEqual([]);
  });

  it('drops a head word found in too few documents, however often', () => {
    const few = documents(MIN_DOCUMENTS - 1, Array.from({ length: 20 }, () => entity('place', ['Fort', 'Lee'], 'Fort')));
    expect(learnNameCues(few, allCommon).heads.place).toEqual([]);
  });

  it('drops a head word the names disagree on', () => {
    const mixed = documents(MIN_DOCUMENTS, [entity('place', ['Jordan'], 'Jordan'), entity('person', ['Michael', 'Jordan'], 'Jordan')]);
    expect(learnNameCues(mixed, allCommon).heads).toEqual({ place: [], organization: [], other: [] });
  });

  it('keeps place and organisation heads only when they are common nouns, other heads always', () => {
    const names = [entity('organization', ['Wikinews'], 'Wikinews'), entity('organization', ['Harvard', 'University'], 'University')];
    const cues = learnNameCues(documents(MIN_DOCUMENTS + 1, [...names, entity('other', ['English'], 'English')]), (word) => word === 'university');
    expect(cues.heads.organization).toEqual(['university']);
    expect(cues.heads.other).toEqual(['english']);
  });

  it('learns given names from the first word of people named in full', () => {
    const people = [entity('person', ['Daniel', 'Bernoulli'], 'Daniel'), entity('person', ['Daniel'], 'Daniel')];
    const cues = learnNameCues(documents(MIN_DOCUMENTS + 1, people), allCommon);
    expect(cues.givenNames).toEqual(['Daniel']);
  });

  it('keeps a preposition as marking no actor only when people and organisations almost never follow it', () => {
    const places = Array.from({ length: MIN_MARKED }, () => entity('place', ['Paris'], 'Paris', 'in'));
    const toPlaces = Array.from({ length: MIN_MARKED }, () => entity('place', ['Paris'], 'Paris', 'to'));
    const mixed = [...toPlaces, entity('person', ['Ann'], 'Ann', 'to'), entity('person', ['Bo'], 'Bo', 'to')];
    expect(learnNameCues([document('d', [...places, ...mixed])], allCommon).nonActorMarkers).toEqual(['in']);
  });
});
