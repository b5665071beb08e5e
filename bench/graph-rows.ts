/**
 * Large generated graph documents for the loading and query benches: `actors` actors with
 * names from src/synth's naming traditions, and `relationships` distinct relations of the
 * ontology's types, one evidence sentence each, ten per article. Degrees are skewed (a
 * few hubs, many leaves) as in news graphs. Deterministic for a seed.
 */
import type { Actor, ActorType, GraphDocument, Mention, Relation } from '../src/document/types.ts';
import { NAMING_TRADITIONS } from '../src/synth/names.ts';
import { RELATION_TEMPLATES } from '../src/synth/phrasings.ts';
import { createRandom } from '../src/synth/random.ts';

const RELATIONS_PER_ARTICLE = 10;
const TYPES = Object.keys(RELATION_TEMPLATES);
const FIRST_DAY_MS = Date.UTC(2021, 0, 1);

/** The name of actor i: unique through a middle initial pair, realistic enough for full-text search. */
function actorName(i: number, type: ActorType, pick: <T>(items: readonly T[]) => T): string {
  const tradition = pick(NAMING_TRADITIONS);
  const stem = pick(tradition.stems);
  const initials = `${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + (Math.floor(i / 26) % 26))}`;
  if (type === 'Person') return `${pick(tradition.given).spellings[0]} ${initials} ${stem}${Math.floor(i / 676)}`;
  return `${stem} ${type === 'Organization' ? 'Holdings' : 'Movement'} ${initials}${Math.floor(i / 676)}`;
}

/** Builds the document; `relationships` must be well below actors² so distinct pairs exist. */
export function generateGraphDocument(seed: number, actors: number, relationships: number): GraphDocument {
  const random = createRandom(seed, 0x5eed);
  const actorList: Actor[] = Array.from({ length: actors }, (_, i) => {
    const type: ActorType = i % 10 === 0 ? 'Organization' : i % 25 === 1 ? 'Group' : 'Person';
    const name = actorName(i, type, random.pick);
    return { id: `a${i}`, name, type, aliases: [name.split(' ').slice(-1)[0]!], status: 'catalog' };
  });
  // Squaring a uniform draw favours low indices: actor 0 is a hub, the tail has degree 1-2.
  const skewed = () => Math.floor(actors * random.next() ** 2);
  const seen = new Set<string>();
  const relations: Relation[] = [];
  const articles: GraphDocument['articles'] = [];
  const mentions: Mention[] = [];
  while (relations.length < relationships) {
    const source = skewed();
    const target = random.int(0, actors - 1);
    const type = random.pick(TYPES);
    const key = `${source}|${type}|${target}`;
    if (source === target || seen.has(key)) continue;
    seen.add(key);
    const index = relations.length;
    const articleNo = Math.floor(index / RELATIONS_PER_ARTICLE);
    const article = `bench-${articleNo}`;
    const date = new Date(FIRST_DAY_MS + (articleNo % 1400) * 86_400_000).toISOString().slice(0, 10);
    if (index % RELATIONS_PER_ARTICLE === 0) {
      articles.push({ id: article, date, title: `Bench article ${articleNo}`, source: 'bench', url: null, contentHash: `hash-${seed}-${articleNo}` });
    }
    const text = `${actorList[source]!.name} and ${actorList[target]!.name}: ${type.toLowerCase()} (${index}).`;
    relations.push({
      source: `a${source}`,
      target: `a${target}`,
      type,
      properties: {},
      date,
      confidence: 0.9,
      evidence: [{ article, start: 0, end: text.length, text, rule: 'bench', confidence: 0.9, date }],
    });
    mentions.push({ article, actor: `a${source}`, count: 1 }, { article, actor: `a${target}`, count: 1 });
  }
  // One mention per (article, actor): merge the repeats.
  const merged = new Map<string, Mention>();
  for (const mention of mentions) {
    const key = `${mention.article}|${mention.actor}`;
    const existing = merged.get(key);
    if (existing) existing.count += 1;
    else merged.set(key, { ...mention });
  }
  return { articles, actors: actorList, relations, mentions: [...merged.values()] };
}
