// Mentions and their resolution on sentences of our own, parsed by the shipped model, with the
// shipped knowledge (general layer and topic pack).
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.ts';
import { ArticleResolver, type ResolvedMention } from '../../src/extract/resolution.ts';
import { analyze } from '../../src/nlp/index.ts';
import { context } from './article-fixture.ts';

/** The resolved mentions of each sentence of `text`, read as one article. */
function resolveText(text: string, date: string | null = '2023-03-15'): ResolvedMention[][] {
  const resolver = new ArticleResolver(context().index, date);
  return analyze(text).map((sentence) => resolver.resolveSentence(sentence.index, findMentions(sentence, context().index), sentence.tokens));
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
