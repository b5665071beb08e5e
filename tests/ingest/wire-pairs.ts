/**
 * Real-text pairs for the near-duplicate threshold: each development document of
 * WikiEvents and Re-DocRED (and the seed articles) as two outlets would print it — another
 * headline, a dateline, each outlet's boilerplate, one copy cut short — and, as
 * non-duplicates, every pair of different documents carrying the same outlet's boilerplate.
 * The extraction test set (GUM Wikinews, EWT) is deliberately not used.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const DATA = fileURLToPath(new URL('../../../shared/data/benchmarks/', import.meta.url));
const SEED = fileURLToPath(new URL('../../seed/articles/', import.meta.url));

export interface Story {
  name: string;
  headline: string;
  sentences: string[];
}

/** The development documents as headline and sentences; empty when the data folder is absent. */
export function readStories(): Story[] {
  if (!existsSync(DATA)) return [];
  const stories: Story[] = [];
  for (const line of readFileSync(`${DATA}wikievents/dev.jsonl`, 'utf8').split('\n').filter(Boolean)) {
    const doc = JSON.parse(line) as { doc_id: string; sentences: [unknown, string][] };
    const [headline, ...rest] = doc.sentences.map(([, text]) => text);
    stories.push({ name: `wikievents/${doc.doc_id}`, headline: headline!, sentences: rest });
  }
  const redocred = JSON.parse(readFileSync(`${DATA}redocred/dev_revised.json`, 'utf8')) as { title: string; sents: string[][] }[];
  for (const doc of redocred) stories.push({ name: `redocred/${doc.title}`, headline: doc.title, sentences: doc.sents.map((s) => s.join(' ')) });
  for (const file of readdirSync(SEED).filter((name) => name.endsWith('.txt')).sort()) {
    const text = readFileSync(`${SEED}${file}`, 'utf8').replace(/^\s*date \S+\s*/, '');
    stories.push({ name: `seed/${file}`, headline: file, sentences: text.split(/(?<=[.!?])\s+/) });
  }
  return stories;
}

/** What two outlets add around the same wire text. */
export const OUTLETS = {
  first: {
    dateline: 'WASHINGTON (Example Wire) —',
    before: 'Listen to this article. 4 min read.',
    after: [
      'Copyright 2022 Example Wire. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
      'Sign up for our morning newsletter to get the top stories of the day in your inbox.',
    ],
  },
  second: {
    dateline: 'From our wire services:',
    before: 'Advertisement',
    after: [
      'Follow us on Twitter and Facebook for the latest updates on this story and others.',
      'Have a news tip? Contact our newsroom by email; we read every message.',
      'More from World: markets, politics and the week in pictures.',
    ],
  },
} as const;

type Outlet = (typeof OUTLETS)[keyof typeof OUTLETS];

/** The story as `outlet` prints it, under `headline`, with only the first `share` of its sentences. */
export function printed(story: Story, outlet: Outlet, headline: string, share = 1): string {
  const kept = story.sentences.slice(0, Math.max(1, Math.ceil(story.sentences.length * share)));
  return [headline, outlet.before, `${outlet.dateline} ${kept.join(' ')}`, ...outlet.after].join('\n\n');
}

/** The pairs of copies (same story, two outlets): in full, and with the second copy's last fifth cut. */
export function copyPairs(stories: readonly Story[]): { name: string; a: string; b: string }[] {
  return stories.flatMap((story) => {
    const a = printed(story, OUTLETS.first, story.headline);
    const headline = `What we know: ${story.headline.toLowerCase()}, and what comes next`;
    return [
      { name: `${story.name} (full)`, a, b: printed(story, OUTLETS.second, headline) },
      { name: `${story.name} (cut)`, a, b: printed(story, OUTLETS.second, headline, 0.8) },
    ];
  });
}
