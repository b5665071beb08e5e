/** `kg candidates`: the actors found in articles but missing from the catalog, with a catalog snippet to paste. */
import { stringify } from 'yaml';
import type { Actor } from '../../document/types.ts';
import { CLI_DEFAULTS } from '../defaults.ts';
import { extractChecked, readInputs } from '../inputs.ts';
import { repeatable, wholeNumber } from '../options.ts';
import type { KgCommand } from '../types.ts';

interface CandidatesOptions {
  catalog: string[];
  topicPacks: boolean;
  ontology?: string;
  limit: number;
}

interface Candidate {
  actor: Actor;
  count: number;
  examples: string[];
}

export const command: KgCommand<CandidatesOptions> = {
  summary: 'List actors missing from the catalog, with a catalog snippet',
  configure: (command) =>
    command
      .description('Lists the actors the extractor found in the articles (default: seed/articles) that the ' +
        'catalog does not know, most mentioned first, with their guessed type and example ' +
        'sentences, then a YAML snippet to paste into a catalog file (check the types and add ' +
        'aliases, roles and countries before using it with kg extract --catalog).')
      .argument('[paths...]', 'article files (.txt, .md, .jsonl) or directories')
      .option('--catalog <file>', 'a catalog merged after seed/catalog.yaml, repeatable', repeatable, [])
      .option('--no-topic-packs', 'general knowledge alone (countries, organisations, agents): no seed/catalog.yaml, no --catalog')
      .option('--ontology <file>', 'an ontology file instead of schema/ontology.yaml')
      .option('--limit <n>', 'most candidates listed', wholeNumber(), CLI_DEFAULTS.candidates),
  async run(options, paths) {
    const inputs = await readInputs('candidates', paths, { ...options, strict: false });
    let failed = inputs.failed;
    const candidates = new Map<string, Candidate>();
    for (const article of inputs.articles) {
      const { extraction, failure } = extractChecked(article, inputs.context);
      if (!extraction) {
        console.error(`kg candidates: ${failure}`);
        failed = true;
        continue;
      }
      for (const mention of extraction.mentions) {
        const actor = extraction.actors.find((known) => known.id === mention.actor);
        // Groups are named by their noun (docs/annotation.md), not catalogued.
        if (actor?.status !== 'candidate' || actor.type === 'Group') continue;
        const entry = candidates.get(actor.id) ?? { actor, count: 0, examples: [] };
        entry.count += mention.count;
        for (const example of extraction.examples[actor.id] ?? []) if (entry.examples.length < 2) entry.examples.push(example);
        candidates.set(actor.id, entry);
      }
    }
    const ranked = [...candidates.values()].sort((a, b) => b.count - a.count || (a.actor.id < b.actor.id ? -1 : 1)).slice(0, options.limit);
    if (ranked.length === 0) {
      console.log('No candidates: every actor found is in the catalog.');
      return failed ? 1 : 0;
    }
    const lines: string[] = [];
    for (const { actor, count, examples } of ranked) {
      lines.push(`${actor.name} (${actor.id}) — ${actor.type}, ${count} mention${count === 1 ? '' : 's'}`);
      for (const example of examples) lines.push(`    “${example.replace(/\s+/g, ' ').slice(0, 160)}”`);
    }
    const snippet = stringify({
      actors: ranked.map(({ actor }) => ({ id: actor.id, name: actor.name, type: actor.type, aliases: actor.aliases, roles: [] })),
    });
    console.log(`${lines.join('\n')}\n\n# Paste into a catalog file (e.g. my-catalog.yaml) and use: kg extract --catalog my-catalog.yaml\n${snippet}`);
    return failed ? 1 : 0;
  },
};
