// Relation patterns of English news language, each on sentences written for the test
// (other wording than the seed articles), checked end to end through extractDocument with
// the shipped parser. Constructions the parser gets wrong are tested on hand-checked parses
// in dependency-reading.test.ts instead (the parser's accuracy is eval:parser's business).
import { describe, expect, it } from 'vitest';
import { extractTexts, findRelation } from './article-fixture.ts';

const has = (text: string, source: string, type: string, target: string) => findRelation(extractTexts([text]), source, type, target);

describe('argument patterns', () => {
  it('passive-with-by-agent: the agent after "by" is the source', () => {
    expect(has('Dozens of demonstrators were detained by security forces near the city hall.', 'security-forces', 'ARRESTED', 'protesters')).toBeDefined();
  });

  it('passive-without-agent: nothing, whoever seems likely', () => {
    expect(extractTexts(['Karim Masimov was detained on Thursday.']).relations.filter((relation) => relation.type === 'ARRESTED')).toEqual([]);
  });

  it('possessive-kinship: "Y\'s daughter X"', () => {
    const relation = has("Nazarbayev's daughter Dariga Nazarbayeva lost her seat in parliament.", 'dariga-nazarbayeva', 'RELATIVE_OF', 'nursultan-nazarbayev');
    expect(relation?.properties).toMatchObject({ kinship: 'daughter' });
  });

  it('at-request: "at the request of X, Y …" makes X ask Y', () => {
    const text = 'At the request of Nikol Pashinyan, the CSTO dispatched observers to the border.';
    expect(has(text, 'nikol-pashinyan', 'REQUESTED_AID', 'collective-security-treaty-organization')).toBeDefined();
  });

  it('list-distribution: "talks with A, B and C" gives one relation per member', () => {
    const document = extractTexts(['Vladimir Putin held talks with Lukashenko, Japarov and Rahmon in Sochi.']);
    for (const other of ['alexander-lukashenko', 'sadyr-japarov', 'emomali-rahmon']) {
      expect(findRelation(document, 'vladimir-putin', 'COMMUNICATED_WITH', other), other).toBeDefined();
    }
  });

  it('pronoun-to-previous-subject: "He" is the subject of the sentence before', () => {
    const document = extractTexts(['Alexander Lukashenko flew to Sochi on Tuesday. He met Vladimir Putin at a ski resort.']);
    expect(findRelation(document, 'alexander-lukashenko', 'COMMUNICATED_WITH', 'vladimir-putin')).toBeDefined();
  });

  it('counterpart: "his Uzbek counterpart" is who holds the same office in Uzbekistan', () => {
    expect(has('Tokayev phoned his Uzbek counterpart on Friday.', 'kassym-jomart-tokayev', 'COMMUNICATED_WITH', 'shavkat-mirziyoyev')).toBeDefined();
  });

  it('title-with-demonym: "Russian Defence Minister X" holds a role in Russia', () => {
    const relation = has('Russian Defence Minister Sergei Shoigu inspected the troops.', 'sergei-shoigu', 'HOLDS_ROLE', 'russia');
    expect(relation?.properties).toMatchObject({ role: 'defence minister', status: 'current' });
  });

  it('compound-job: "Mossad operative X" holds a job in the organisation', () => {
    const relation = has('Mossad operative David Levin was injured in the blast.', 'david-levin', 'HOLDS_ROLE', 'mossad');
    expect(relation?.properties).toMatchObject({ role: 'operative' });
  });

  it('compound-spokesperson: "Kremlin spokesman X" speaks for the country the Kremlin stands for', () => {
    expect(has('Kremlin spokesman Dmitry Peskov declined to comment.', 'dmitry-peskov', 'SPOKESPERSON_FOR', 'russia')).toBeDefined();
  });

  it('order-force: whoever orders force against a group used it', () => {
    expect(has('Lukashenko ordered riot police to attack the protesters.', 'alexander-lukashenko', 'USED_FORCE', 'protesters')).toBeDefined();
  });

  it('object-control: "asked X to resign" demands of X; "asked X a question" demands nothing', () => {
    expect(has('Putin asked Shoigu to resign.', 'vladimir-putin', 'DEMANDED', 'sergei-shoigu')).toBeDefined();
    expect(has('Putin asked Shoigu a question.', 'vladimir-putin', 'DEMANDED', 'sergei-shoigu')).toBeUndefined();
  });

  it('request-for-donations: "called on X to donate" asks X for help, it demands nothing', () => {
    expect(has('Putin called on Russians to donate to the Red Cross.', 'vladimir-putin', 'REQUESTED_AID', 'russians')).toBeDefined();
    expect(has('Putin called on Russians to donate to the Red Cross.', 'vladimir-putin', 'DEMANDED', 'russians')).toBeUndefined();
  });

  it('aid-kind: the object noun gives the kind of aid', () => {
    expect(has('Russia sent paratroopers to Armenia.', 'russia', 'PROVIDED_AID', 'armenia')?.properties).toMatchObject({ kind: 'military' });
  });
});

describe('negation, modality and attribution', () => {
  it('negated-trigger: "did not send" gives nothing', () => {
    expect(has('Russia did not send paratroopers to Armenia.', 'russia', 'PROVIDED_AID', 'armenia')).toBeUndefined();
  });

  it('future-trigger: a planned meeting is not an event yet', () => {
    expect(has('Erdogan will meet Tokayev in Ankara next month.', 'recep-tayyip-erdogan', 'COMMUNICATED_WITH', 'kassym-jomart-tokayev')).toBeUndefined();
  });

  it('hedged-trigger: "reportedly" marks the relation hedged and lowers its confidence', () => {
    const plain = has('Sergei Shoigu met Tokayev in Astana.', 'sergei-shoigu', 'COMMUNICATED_WITH', 'kassym-jomart-tokayev');
    const hedged = has('Sergei Shoigu reportedly met Tokayev in Astana.', 'sergei-shoigu', 'COMMUNICATED_WITH', 'kassym-jomart-tokayev');
    expect(hedged?.properties.hedged).toBe(true);
    expect(plain?.properties.hedged).toBeUndefined();
    expect(hedged!.confidence).toBeLessThan(plain!.confidence);
  });

  it('attribution: "according to X" is recorded, not made an argument', () => {
    const relation = has('According to Interfax, Tokayev met Mirziyoyev in Samarkand.', 'kassym-jomart-tokayev', 'COMMUNICATED_WITH', 'shavkat-mirziyoyev');
    expect(relation?.evidence[0]?.attributedTo).toBe('interfax');
  });

  it('relative-date: "yesterday" dates the event the day before the article', () => {
    expect(has('Tokayev met Mirziyoyev yesterday.', 'kassym-jomart-tokayev', 'COMMUNICATED_WITH', 'shavkat-mirziyoyev')?.date).toBe('2023-03-14');
  });
});

describe('evidence', () => {
  it('quotes the sentence exactly at its offsets and points at the trigger', () => {
    const text = 'Markets were calm.\n\nAt the request of Nikol Pashinyan, the CSTO dispatched observers. Tokayev met Mirziyoyev yesterday.';
    const document = extractTexts([text]);
    expect(document.relations.length).toBeGreaterThan(0);
    for (const relation of document.relations) {
      for (const evidence of relation.evidence) {
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
        expect(evidence.trigger!.start).toBeGreaterThanOrEqual(evidence.start);
        expect(evidence.trigger!.end).toBeLessThanOrEqual(evidence.end);
      }
    }
  });
});
