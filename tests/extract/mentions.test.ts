// Mentions and their resolution on sentences of our own, parsed by the shipped model, with the
// shipped knowledge (general layer and topic pack).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMentionIndex } from '../../src/extract/mention-index.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { ArticleResolver, type ResolvedMention } from '../../src/extract/resolution.ts';
import { analyze } from '../../src/nlp/index.ts';
import type { ParsedSentence } from '../../src/nlp/types.ts';
import { context } from './article-fixture.ts';

// The knowledge base, catalog, ontology and parser model load once, before the first test's clock.
beforeAll(() => void analyze(`Ready, ${context().index.givenNames.size}.`), 60_000);

/** The resolved mentions of each sentence of `text`, read as one article, and the resolver (its actors). */
function read(text: string, date: string | null = '2023-03-15'): { sentences: ResolvedMention[][]; resolver: ArticleResolver } {
  const resolver = new ArticleResolver(context().index, date);
  const sentences = analyze(text).map((sentence) => resolver.resolveSentence(sentence.index, findMentions(sentence, context().index), sentence.tokens));
  return { sentences, resolver };
}

function resolveText(text: string, date: string | null = '2023-03-15'): ResolvedMention[][] {
  return read(text, date).sentences;
}

/** A hand-parsed sentence: `form/UPOS/head/deprel[/lemma]` per token (head 1-based, 0 for the root), spaces between forms. */
function parsed(rows: string): ParsedSentence {
  let at = 0;
  const tokens = rows.split(' ').map((row, index) => {
    const [form = '', upos = '', head = '0', deprel = '', lemma = form.toLowerCase()] = row.split('/');
    const start = at;
    at += form.length + 1;
    return { index, form, start, end: start + form.length, lemma, upos, xpos: '', feats: '', head: Number(head) - 1, deprel, entity: 'O' };
  });
  const text = tokens.map((token) => token.form).join(' ');
  return { index: 0, start: 0, end: text.length, text, tokens };
}

/** [mention text, actor id] for each sentence of `text`. */
function resolve(text: string, date?: string | null): Array<Array<[string, string | null]>> {
  return resolveText(text, date).map((sentence) => sentence.map((resolved) => [resolved.mention.text, resolved.actorId]));
}

describe('mentions', () => {
  it('matches transliterations and possessives of catalog names', () => {
    expect(resolve('Toqaev’s aides met Dmitrij Peskow.')[0]).toEqual([
      ['Toqaev', 'kassym-jomart-tokayev'],
      ['Dmitrij Peskow', 'dmitry-peskov'],
    ]);
  });

  it('takes only personal pronouns for pronouns, not words that are names of object properties', () => {
    const [sentence] = analyze('The constructor said toString was fine, and he agreed.');
    const kinds = findMentions(sentence!, context().index).map((mention) => [mention.text, mention.kind]);
    expect(kinds).toEqual([['he', 'pronoun']]);
  });

  it('resolves a surname alone to the person named in full earlier', () => {
    expect(resolve('Sergei Lavrov arrived. Lavrov spoke first.')[1]).toEqual([['Lavrov', 'sergei-lavrov']]);
  });

  it('makes an unknown titled name a candidate and finds its surname later', () => {
    const [first, second] = resolve('Gen. Aslan Beketov was promoted. Beketov declined to comment.');
    expect(first).toEqual([['Aslan Beketov', 'aslan-beketov']]);
    expect(second).toEqual([['Beketov', 'aslan-beketov']]);
  });

  it('reads a role noun written as a verb as no title ("Peter Miller heads the party")', () => {
    expect(resolve('Peter Miller heads the Labour Party.')[0]).toEqual([
      ['Peter Miller', 'peter-miller'],
      ['Labour Party', 'labour-party'],
    ]);
  });

  it('starts a known name at a lower-case word hyphenated to it ("al-Qaeda"), not at "anti-"', () => {
    const [sentence] = resolve('Pakistan linked al-Qaeda to the anti-American attacks.');
    expect(sentence?.filter(([, actor]) => actor !== null).map(([text]) => text)).toEqual(['Pakistan', 'al-Qaeda']);
  });

  it('reads a name two states\' bodies have as the body of the state the article names', () => {
    const bodyIn = (text: string) => resolve(text).flat().find(([name]) => name === 'National Security Council')?.[1];
    expect(bodyIn('Tokayev spoke in Almaty. He chairs the National Security Council.')).toBe('security-council-of-kazakhstan');
    expect(bodyIn('Washington is worried, and the National Security Council met.')).toBe('national-security-council');
  });

  it('reads a people named by its demonym in the plural as a group, and keeps three modifiers of a collective', () => {
    expect(resolve('Secular Arab nationalist groups sympathize with the Palestinians.')[0]).toEqual([
      ['Secular Arab nationalist groups', 'secular-arab-nationalist-groups'],
      ['Palestinians', 'palestinians'],
    ]);
  });

  it('makes no actor of a name an event word marks ("Cyclone Phailin", "the Olympic Games")', () => {
    const actors = resolve('Cyclone Phailin struck Odisha during the Olympic Games.').flat().filter(([, actor]) => actor !== null);
    expect(actors).toEqual([]);
  });

  it('starts a name at the first word of a sentence before a title only organisations give ("Apple CEO Tim Cook")', () => {
    expect(resolve('Apple CEO Tim Cook met investors.')[0]).toEqual([
      ['Apple', 'apple'],
      ['CEO', null],
      ['Tim Cook', 'tim-cook'],
    ]);
    expect(resolve('The CEO Tim Cook met investors.')[0]?.map(([text]) => text)).not.toContain('The');
  });

  it('guesses an organisation from its cue word', () => {
    expect(resolve('The Anti-Corruption Agency opened a case.')[0]).toEqual([['Anti-Corruption Agency', 'anti-corruption-agency']]);
  });

  it('reads "the Armenian prime minister" as who holds that office at the article date', () => {
    expect(resolve('The Armenian prime minister left early.')[0]).toEqual([['The Armenian prime minister', 'nikol-pashinyan']]);
  });

  it('treats a title before a name as part of the name, not as another actor', () => {
    expect(resolve('Belarusian President Alexander Lukashenko spoke.')[0]).toEqual([
      ['Belarusian President', null],
      ['Alexander Lukashenko', 'alexander-lukashenko'],
    ]);
  });

  it('maps group nouns to their group and armed forces to their country', () => {
    expect(resolve('Riot police chased the demonstrators while Russian troops watched.')[0]).toEqual([
      ['Riot police', 'security-forces'],
      ['demonstrators', 'protesters'],
      ['Russian troops', 'russia'],
    ]);
  });

  it('starts a group at the quantity the parse makes its head ("Dozens of demonstrators"), keeping the group\'s id', () => {
    const sentence = parsed('Dozens/NOUN/5/nsubj:pass of/ADP/4/case the/DET/4/det demonstrators/NOUN/1/nmod fled/VERB/0/root ./PUNCT/5/punct');
    const [group] = findMentions(sentence, context().index);
    expect(group && [group.text, group.kind === 'group' && group.groupId, group.start]).toEqual(['Dozens of the demonstrators', 'protesters', 0]);
  });

  it('makes several people a modifier names a group ("the coup leaders"), but not those of a named owner', () => {
    const coup = parsed('They/PRON/2/nsubj praised/VERB/0/root the/DET/5/det coup/NOUN/5/compound leaders/NOUN/2/obj/leader ./PUNCT/2/punct');
    const groups = findMentions(coup, context().index).flatMap((mention) => (mention.kind === 'group' ? [[mention.text, mention.groupId]] : []));
    expect(groups).toEqual([['coup leaders', 'coup-leaders']]);
    const owned = parsed('Opposition/NOUN/2/compound leaders/NOUN/5/nsubj/leader of/ADP/4/case Mali/PROPN/2/nmod met/VERB/0/root ./PUNCT/5/punct');
    expect(findMentions(owned, context().index).map((mention) => mention.kind)).toEqual(['role', 'name']);
  });

  it('makes a definite organisation noun with a modifier an organisation ("the presidential guard"), not "the same party"', () => {
    const guard = parsed('the/DET/3/det presidential/ADJ/3/amod guard/NOUN/4/nsubj acted/VERB/0/root ./PUNCT/4/punct');
    const found = findMentions(guard, context().index).map((mention) => mention.kind === 'unknown' && [mention.name, mention.guessedType]);
    expect(found).toEqual([['presidential guard', 'Organization']]);
    const same = parsed('the/DET/3/det same/ADJ/3/amod party/NOUN/4/nsubj won/VERB/0/root ./PUNCT/4/punct');
    expect(findMentions(same, context().index)).toEqual([]);
  });

  it('names other collectives by their noun phrase', () => {
    expect(resolve('Opposition activists gathered.')[0]).toEqual([['Opposition activists', 'opposition-activists']]);
  });

  it('resolves "him" to someone other than the subject of its clause', () => {
    const [, second] = resolve('Karim Masimov was seen in Astana. Tokayev later dismissed him.');
    expect(second).toEqual([
      ['Tokayev', 'kassym-jomart-tokayev'],
      ['him', 'karim-masimov'],
    ]);
  });
});

describe('actors found in the text and typed from it', () => {
  const typeOf = (resolver: ArticleResolver, id: string) => resolver.actors.get(id)?.type;

  it('types people from a title or role before their name', () => {
    const { sentences, resolver } = read('Ghanaian President John Mahama met General Mamadi Doumbouya.');
    expect(sentences[0]!.map((resolved) => [resolved.mention.text, resolved.actorId])).toEqual([
      ['Ghanaian President', null],
      ['John Mahama', 'john-mahama'],
      ['Mamadi Doumbouya', 'mamadi-doumbouya'],
    ]);
    expect([typeOf(resolver, 'john-mahama'), typeOf(resolver, 'mamadi-doumbouya')]).toEqual(['Person', 'Person']);
  });

  it('types a person from a person noun of the knowledge base before the name, which is not part of it', () => {
    const { sentences, resolver } = read('Lawyer Ama Kobina Mensah said the opposition activist Kofi Boateng was detained.');
    // "Lawyer" is a title (a role noun naming nobody), not part of the name.
    expect(sentences[0]!.flatMap((resolved) => resolved.actorId ?? [])).toEqual(['ama-kobina-mensah', 'kofi-boateng']);
    expect(sentences[0]!.find((resolved) => resolved.mention.text === 'Ama Kobina Mensah')).toBeDefined();
    expect(typeOf(resolver, 'kofi-boateng')).toBe('Person');
  });

  it('types an organisation from an acronym in brackets, which names it from then on', () => {
    const { sentences, resolver } = read('The Rassemblement Kobo Talanga (RKT) held a congress. The RKT rejected the plan.');
    expect(typeOf(resolver, 'rassemblement-kobo-talanga')).toBe('Organization');
    expect(sentences[1]!.map((resolved) => [resolved.mention.text, resolved.actorId])).toEqual([['RKT', 'rassemblement-kobo-talanga']]);
  });

  it('does not make a multi-word name without a cue a person, until a typed mention of one of its words', () => {
    const lone = parsed('Kobo/PROPN/2/compound Talanga/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct');
    const resolver = new ArticleResolver(context().index, '2023-03-15');
    const mentions = findMentions(lone, context().index);
    expect(mentions.map((mention) => mention.kind === 'unknown' && mention.weak)).toEqual([true]);
    expect(resolver.resolveSentence(0, mentions, lone.tokens)).toEqual([]);
    const aged = parsed('Talanga/PROPN/5/nsubj ,/PUNCT/3/punct 73/NUM/1/appos ,/PUNCT/3/punct said/VERB/0/root ./PUNCT/5/punct');
    expect(resolver.resolveSentence(1, findMentions(aged, context().index), aged.tokens).map((resolved) => resolved.actorId)).toEqual(['kobo-talanga']);
    expect(typeOf(resolver, 'kobo-talanga')).toBe('Person');
  });

  it('types a person from a given name the knowledge base knows (its world leaders), whatever the parser joined the words with', () => {
    const sentence = parsed('Kwame/PROPN/2/compound Nkrumah/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct');
    const mentions = findMentions(sentence, context().index);
    const found = mentions.map((mention) => mention.kind === 'unknown' && [mention.name, mention.guessedType, mention.weak]);
    expect(found).toEqual([['Kwame Nkrumah', 'Person', false]]);
  });

  it('makes a name the entity tagger marks as a place no actor, unless the text gives a person cue', () => {
    const unknownNames = (sentence: ParsedSentence) =>
      findMentions(sentence, context().index).flatMap((mention) => (mention.kind === 'unknown' ? [[mention.name, !!mention.nonActor]] : []));
    const tagged = (rows: string, first: number) => {
      const sentence = parsed(rows);
      sentence.tokens[first]!.entity = 'B-place';
      sentence.tokens[first + 1]!.entity = 'I-place';
      return sentence;
    };
    const bare = 'Kobo/PROPN/2/flat Talanga/PROPN/3/nsubj spoke/VERB/0/root ./PUNCT/3/punct';
    expect(unknownNames(parsed(bare))).toEqual([['Kobo Talanga', false]]);
    expect(unknownNames(tagged(bare, 0))).toEqual([['Kobo Talanga', true]]);
    const titled = 'Lawyer/NOUN/2/compound Kobo/PROPN/3/flat Talanga/PROPN/4/nsubj spoke/VERB/0/root ./PUNCT/4/punct';
    expect(unknownNames(tagged(titled, 1))).toEqual([['Kobo Talanga', false]]);
  });

  it('types a person from the name or surname of a world leader of the knowledge base', () => {
    const sentence = parsed('Assad/PROPN/2/nsubj spoke/VERB/0/root ./PUNCT/2/punct');
    const found = findMentions(sentence, context().index).map((mention) => mention.kind === 'unknown' && [mention.name, mention.guessedType, mention.weak]);
    expect(found).toEqual([['Assad', 'Person', false]]);
  });

  it('takes a person\'s gender from a title, so the pronouns of each gender find their person', () => {
    const [, second] = resolve('Mr. Peter Brown met Mrs. Amina Jones. She thanked him.');
    expect(second).toEqual([
      ['She', 'amina-jones'],
      ['him', 'peter-brown'],
    ]);
  });

  it('records the span of the mention that named the actor a pronoun or description refers to', () => {
    const text = 'Soldiers seized power in Niger. The junta closed the borders, and Tokayev spoke. He thanked Putin.';
    const [, second, third] = resolveText(text);
    const junta = second!.find((resolved) => resolved.mention.text === 'The junta')!;
    expect(junta.actorId).toBe('niger');
    expect(text.slice(junta.antecedent!.start, junta.antecedent!.end)).toBe('Niger');
    const he = third!.find((resolved) => resolved.via === 'pronoun')!;
    expect([he.actorId, text.slice(he.antecedent!.start, he.antecedent!.end)]).toEqual(['kassym-jomart-tokayev', 'Tokayev']);
  });
});

describe('topic packs never shape an article that does not mention their actors', () => {
  it('a bare title means an office holder only in a country the article names', () => {
    // The topic pack has one chancellor in office at this date (Olaf Scholz, of Germany).
    const elsewhere = resolve('Protesters gathered on Monday. The chancellor called for calm.', '2022-01-10');
    expect(elsewhere[1]).toEqual([['The chancellor', null]]);
    const here = resolve('Protesters gathered in Germany on Monday. The chancellor called for calm.', '2022-01-10');
    expect(here[1]).toEqual([['The chancellor', 'olaf-scholz']]);
  });

  it('"the government" is a country only when the article names one, not the country a pack gives a person', () => {
    expect(resolve('Tokayev spoke on Monday. The government said nothing.')[1]).toEqual([['The government', null]]);
    expect(resolve('Tokayev spoke in Kazakhstan on Monday. The government said nothing.')[1]).toEqual([['The government', 'kazakhstan']]);
  });
});

describe('with the name cues learnt from GUM (knowledge/name-cues.json)', () => {
  /** The actors of hand-parsed sentences read as one article, and each sentence's [text, actor] pairs. */
  function readParsed(...rows: string[]) {
    const resolver = new ArticleResolver(context().index, null);
    const sentences = rows.map((row, index) => {
      const sentence = parsed(row);
      const resolved = resolver.resolveSentence(index, findMentions(sentence, context().index), sentence.tokens);
      return resolved.map(({ mention, actorId }) => [mention.text, actorId]);
    });
    return { sentences, actors: [...resolver.actors.values()].map((actor) => [actor.id, actor.type]) };
  }

  it('reads the world leaders once for the given names, however often the finder asks (it asks at every capitalised word)', () => {
    const { catalog, ontology } = context();
    let reads = 0;
    const leaders = { leaders: [{ name: 'Kwame Nkrumah', aliases: [] }], byName: new Map(), holders: () => [] };
    const knowledge = {
      agents: { agents: [] },
      nameCues: { heads: { place: [], organization: [], other: [] }, givenNames: ['Amina'], nonActorMarkers: [], placeNouns: [] },
      get leaders() {
        reads += 1;
        return leaders;
      },
    } as unknown as Parameters<typeof buildMentionIndex>[2];
    const index = buildMentionIndex(catalog, ontology, knowledge);
    for (let ask = 0; ask < 3; ask++) expect([index.givenNames.has('Kwame'), index.givenNames.has('Amina')]).toEqual([true, true]);
    expect(reads).toBe(1);
  });

  it('takes a name after "in" for a place, and the same name later too, even shaped like a person\'s', () => {
    const { sentences, actors } = readParsed(
      'He/PRON/2/nsubj lived/VERB/0/root in/ADP/4/case Vessa/PROPN/2/obl Lorn/PROPN/4/flat ./PUNCT/2/punct',
      'Vessa/PROPN/3/nsubj Lorn/PROPN/1/flat grew/VERB/0/root ./PUNCT/3/punct',
    );
    expect(sentences[1]).toEqual([]);
    expect(actors).toEqual([]);
  });

  it('types a name by an organisation head word and drops one whose head names no actor', () => {
    const { actors } = readParsed(
      'She/PRON/2/nsubj joined/VERB/0/root Brandeis/PROPN/4/compound University/PROPN/2/obj ./PUNCT/2/punct',
      'He/PRON/2/nsubj won/VERB/0/root the/DET/5/det Booker/PROPN/5/compound Prize/PROPN/2/obj ./PUNCT/2/punct',
    );
    expect(actors).toEqual([['brandeis-university', 'Organization']]);
  });

  it('makes a proper noun without a cue an actor when the article uses it again as a verb\'s subject', () => {
    const { sentences, actors } = readParsed(
      'Quillan/PROPN/2/nsubj wrote/VERB/0/root poems/NOUN/2/obj ./PUNCT/2/punct',
      'Quillan/PROPN/2/nsubj travelled/VERB/0/root ./PUNCT/2/punct',
    );
    expect(sentences).toEqual([[], [['Quillan', 'quillan']]]);
    expect(actors).toEqual([['quillan', 'Person']]);
  });

  it('leaves a proper noun met again but never as a subject alone', () => {
    const { actors } = readParsed(
      'They/PRON/2/nsubj visited/VERB/0/root Quillan/PROPN/2/obj ./PUNCT/2/punct',
      'Quillan/PROPN/3/nsubj is/AUX/3/cop old/ADJ/0/root ./PUNCT/3/punct',
    );
    expect(actors).toEqual([]);
  });

  it('takes the press a verb of saying speaks to or quotes for no actor, the press that acts for one', () => {
    const { sentences, actors } = readParsed(
      'Peskov/PROPN/2/nsubj told/VERB/0/root/tell journalists/NOUN/2/iobj/journalist ./PUNCT/2/punct',
      'Journalists/NOUN/2/nsubj/journalist protested/VERB/0/root ./PUNCT/2/punct',
    );
    expect(sentences[0]).toContainEqual(['journalists', null]);
    expect(actors.filter(([, type]) => type === 'Group')).toEqual([['journalists', 'Group']]);
  });

  it('keeps a capital inside a name a given name starts, and its surname alone for that person later', () => {
    const { sentences, actors } = readParsed(
      'George/PROPN/3/nsubj Washington/PROPN/1/flat crossed/VERB/0/root ./PUNCT/3/punct',
      'Washington/PROPN/2/nsubj won/VERB/0/root ./PUNCT/2/punct',
    );
    expect(sentences).toEqual([[['George Washington', 'george-washington']], [['Washington', 'george-washington']]]);
    expect(actors).toEqual([['george-washington', 'Person']]);
  });

  it('takes a capital after "in" for the city and the same capital as a subject for its state', () => {
    const city = readParsed('Talks/NOUN/2/nsubj:pass ended/VERB/0/root in/ADP/4/case Moscow/PROPN/2/obl ./PUNCT/2/punct');
    expect(city.sentences).toEqual([[['Moscow', null]]]);
    expect(city.actors).toEqual([]);
    const state = readParsed('Moscow/PROPN/2/nsubj protested/VERB/0/root ./PUNCT/2/punct');
    expect(state.actors).toEqual([['russia', 'Country']]);
  });

  it('starts a person\'s name at a capital that is also a given name ("Douglas Babstock")', () => {
    const { actors } = readParsed('Douglas/PROPN/3/nsubj Babstock/PROPN/1/flat appealed/VERB/0/root ./PUNCT/3/punct');
    expect(actors).toEqual([['douglas-babstock', 'Person']]);
  });
});
