// The readers of the PETRARCH2 dictionary formats (dictionaries.rst), on small excerpts in
// tests/knowledge/fixtures/petrarch/, and their errors on malformed lines: file and line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCameoCode, readVerbDictionary } from '../../src/knowledge/cameo-verbs.ts';
import { formatProblem, ProblemList } from '../../src/knowledge/dictionary-problems.ts';
import { dictionaryDate, readActorDictionary } from '../../src/knowledge/petrarch-actors.ts';
import { readAgentDictionary, regularPlural } from '../../src/knowledge/petrarch-agents.ts';

const fixture = (name: string) => readFileSync(`tests/knowledge/fixtures/petrarch/${name}`, 'utf8');

describe('readActorDictionary', () => {
  it('reads records of a primary phrase, synonyms and dated codes on their own lines', () => {
    const problems = new ProblemList('countries.txt');
    const records = readActorDictionary(fixture('Phoenix.Countries.actors.txt'), problems);
    expect(problems.problems).toEqual([]);
    expect(records[0]).toMatchObject({ line: 2, names: ['MALI', 'MALIAN', 'MALI REPUBLIC', 'BAMAKO', 'MALIIAN'], codes: [{ code: 'MLI' }] });
    const toure = records.find((record) => record.names[0] === 'AMADOU TOUMANI TOURE')!;
    expect(toure.codes).toEqual([
      { code: 'MLIMIL', from: '1991-03-26', to: '1992-06-08', line: 8 },
      { code: 'MLIGOV', from: '2002-06-08', to: '2012-03-22', line: 9 },
      { code: 'MLIELI', line: 10 },
    ]);
    const kazakhstan = records.find((record) => record.names[0] === 'KAZAKHSTAN')!;
    expect(kazakhstan.codes).toEqual([{ code: 'USRKAZ', to: '1991-12-16', line: 19 }, { code: 'KAZ', from: '1991-12-21', line: 20 }]);
  });

  it('reads two-digit years of 30 and later as 19YY, earlier ones as 20YY, and refuses days that do not exist', () => {
    expect(dictionaryDate('320101')).toBe('1932-01-01');
    expect(dictionaryDate('011113')).toBe('2001-11-13');
    expect(dictionaryDate('20140607')).toBe('2014-06-07');
    expect(dictionaryDate('910230')).toBeUndefined();
    expect(dictionaryDate('2004017')).toBeUndefined();
  });

  it('reports a malformed date, a stray indented line and a bad code with file and line, and keeps the rest', () => {
    const problems = new ProblemList('bad.actors.txt');
    const lines = ['KOFI_ANNAN_', '\t[IGOUNO 970101-061231]', 'BAN_KI-MOON_', '\t[KORGOVBUS 2004017-20061201]', '\tJOHN_MCCLOY_ [IGO]', 'NATO_ [igo wst]'];
    const text = lines.join('\n');
    const records = readActorDictionary(text, problems);
    expect(problems.problems.map(formatProblem)).toEqual([
      'bad.actors.txt:4: "[KORGOVBUS 2004017-20061201]": "2004017-20061201" is not a date restriction ' +
        '(>YYMMDD, <YYMMDD or YYMMDD-YYMMDD, dates YYMMDD or YYYYMMDD)',
      'bad.actors.txt:5: indented line "JOHN_MCCLOY_ [IGO]" is neither a code line ([CODE …]) nor a synonym (+NAME)',
      'bad.actors.txt:6: "[igo wst]" is not a code: expected [CODE], [CODE >date], [CODE <date] or [CODE date-date]',
    ]);
    expect(records.map((record) => record.names[0])).toEqual(['KOFI ANNAN', 'BAN KI-MOON', 'NATO']);
  });
});

describe('readAgentDictionary', () => {
  const problems = new ProblemList('agents.txt');
  const records = readAgentDictionary(fixture('Phoenix.agents.txt'), problems);
  const byPhrase = new Map(records.map((record) => [record.phrase, record]));

  it('applies the plural rules: regular, nulled ({}), written out, and substitution sets', () => {
    expect(problems.problems).toEqual([]);
    expect(byPhrase.get('police')!.forms).toEqual([{ text: 'police', number: 'invariant' }]);
    expect(byPhrase.get('rebel')!.forms).toEqual([{ text: 'rebel', number: 'singular' }, { text: 'rebels', number: 'plural' }]);
    expect(byPhrase.get('attorney general')!.forms[1]).toEqual({ text: 'attorneys general', number: 'plural' });
    expect(byPhrase.get('deputy')!.forms[1]).toEqual({ text: 'deputies', number: 'plural' });
    expect(byPhrase.get('policeman')!.forms.map((form) => form.text)).toEqual(['policeman', 'policemen', 'policewoman', 'policewomen', 'policeperson']);
    expect(regularPlural('witness')).toBe('witnesses');
    expect(regularPlural('envoy')).toBe('envoys');
  });

  it('reads ~CODE and CODE~ codes', () => {
    expect(byPhrase.get('attorney general')).toMatchObject({ code: 'GOVATG', prefix: false, line: 6 });
    expect(byPhrase.get('human rights body')).toMatchObject({ code: 'NGO', prefix: true });
  });

  it('reports an entry without a code and an unknown substitution set with file and line', () => {
    const bad = new ProblemList('bad.agents.txt');
    readAgentDictionary('ISLAMIC_EXTREMIST\nDEPARMENT_OF_ENVIRONMENT [~ENV}\nCONGRESS!PEOPLE! [~LEG]\n', bad);
    expect(bad.problems.map(formatProblem)).toEqual([
      'bad.agents.txt:1: "ISLAMIC_EXTREMIST" is not an agent entry: expected PHRASE [~CODE] or PHRASE {PLURAL} [~CODE]',
      'bad.agents.txt:2: "DEPARMENT_OF_ENVIRONMENT [~ENV}" is not an agent entry: expected PHRASE [~CODE] or PHRASE {PLURAL} [~CODE]',
      'bad.agents.txt:3: unknown substitution set !PEOPLE!; define it (!NAME! = A, B) before its first use',
    ]);
  });
});

describe('readVerbDictionary', () => {
  it('reads synonym sets, blocks, verbs with their forms and codes, and patterns', () => {
    const problems = new ProblemList('verbs.txt');
    const dictionary = readVerbDictionary(fixture('CAMEO.2.0.txt'), problems);
    expect(problems.problems).toEqual([]);
    expect(dictionary.synsets).toEqual({ '&FOOD': ['food', 'rice'] });
    const [ask, disgrace] = dictionary.blocks;
    expect(ask).toMatchObject({ name: 'ASK', code: { code: null }, line: 6 });
    expect(ask!.verbs).toEqual([
      { lemma: 'ask', phrase: 'ask for', forms: ['asked for', 'asking for', 'asks for'], code: { code: '020' }, line: 7 },
      { lemma: 'ask', code: { code: '020' }, line: 8 },
      { lemma: 'request', code: { code: '020' }, line: 9 },
      { lemma: 'query', forms: ['querying', 'queries', 'queried'], line: 10 },
    ]);
    expect(ask!.patterns).toEqual([
      { pattern: '* {FINANCIAL HELP}', code: { code: '0231' }, line: 11 },
      { pattern: '* (TO)', code: { code: '042', reverse: '043' }, line: 12 },
      { pattern: '* &FOOD', code: { code: '0233' }, line: 13 },
    ]);
    // "[110]---" (no blank before the closing dashes) is read as the header it is meant to be.
    expect(disgrace).toMatchObject({ name: 'DISGRACE', code: { code: '110' }, verbs: [{ lemma: 'disgrace' }] });
  });

  it('refuses codes outside the CAMEO roots 01–20, naming file and line', () => {
    expect(parseCameoCode('2101')).toMatch(/unknown CAMEO code "2101"/);
    expect(parseCameoCode(':190')).toEqual({ code: null, reverse: '190' });
    const problems = new ProblemList('bad.verbs.txt');
    readVerbDictionary('---  ATTACK   [190]  ---\nATTACK\n- * TOWN [080!]\n- * CITY [2101]\n+CORDON_OFF {+CORDONED_OFF};shan\n', problems);
    expect(problems.problems.map(formatProblem)).toEqual([
      'bad.verbs.txt:3: unknown CAMEO code "080!": codes are 3 or 4 digits whose first two are a root 01–20, "---", or two of them joined by ":"',
      'bad.verbs.txt:4: unknown CAMEO code "2101": codes are 3 or 4 digits whose first two are a root 01–20, "---", or two of them joined by ":"',
      'bad.verbs.txt:5: "+CORDON_OFF {+CORDONED_OFF};shan" is not a verb line: expected VERB, VERB {FORMS} and/or [CODE]',
    ]);
  });
});
