// The test-set reader: the manifest, CoNLL-U documents rebuilt from their `# text =` lines,
// gold paired by manifest id, per-topic and political figures, and the errors for bad input.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphDocument } from '../../src/document/types.ts';
import { conlluText } from '../../src/evaluate/conllu-text.ts';
import { groupLines } from '../../src/evaluate/groups.ts';
import { evaluateDocuments } from '../../src/evaluate/run.ts';
import { loadTestSet } from '../../src/evaluate/test-set.ts';
import type { Article } from '../../src/ingest/index.ts';

const CONLLU = fileURLToPath(new URL('fixtures/test-set/weblog-tiny.conllu', import.meta.url));

const ARTICLE = `---
id: quiet-news
title: A quiet day
date: 2020-01-02
---
Nothing happened in the village. The baker sold bread.
`;

const MANIFEST = `documents:
  - {id: weblog-tiny, path: docs/weblog-tiny.conllu, format: conllu, topic: resignation, political: true}
  - {id: quiet-news, path: docs/quiet-news.md, format: article, topic: village-life, political: false}
`;

const GOLD = {
  'weblog-tiny': `article: weblog-tiny
actors: [security-forces, the-minister]
relations:
  - {source: security-forces, type: ARRESTED, target: the-minister, sentence: "Police arrested him."}
`,
  'quiet-news': 'article: quiet-news\nactors: []\nrelations: []\n',
};

let root: string;
const options = () => ({ manifest: join(root, 'test-set.yaml'), gold: join(root, 'gold'), root });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'kg-test-set-'));
  mkdirSync(join(root, 'docs'));
  mkdirSync(join(root, 'gold'));
  copyFileSync(CONLLU, join(root, 'docs', 'weblog-tiny.conllu'));
  writeFileSync(join(root, 'docs', 'quiet-news.md'), ARTICLE);
  writeFileSync(join(root, 'test-set.yaml'), MANIFEST);
  for (const [id, text] of Object.entries(GOLD)) writeFileSync(join(root, 'gold', `${id}.yaml`), text);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Finds the arrest in the CoNLL-U document and two (wrong) relations in the quiet article. */
function extractor(articles: Article[]): GraphDocument {
  const relation = (article: Article, source: string, type: string, target: string, words: string) => {
    const start = article.text.indexOf(words);
    const evidence = [{ article: article.id, start, end: start + words.length, text: words }];
    return { source, type, target, properties: {}, date: null, confidence: 1, evidence };
  };
  const [weblog, quiet] = articles;
  return {
    articles: [],
    actors: [],
    mentions: [],
    relations: [
      relation(weblog!, 'security-forces', 'ARRESTED', 'the-minister', 'Police arrested him.'),
      relation(quiet!, 'the-baker', 'PROVIDED_AID', 'the-village', 'The baker sold bread.'),
      relation(quiet!, 'the-village', 'PRAISED', 'the-baker', 'Nothing happened in the village.'),
    ],
  };
}

describe('conlluText', () => {
  it('joins the sentences of a paragraph with a space and paragraphs with a blank line', () => {
    const text = `# newpar\n# text = One.\n1\tOne\n\n# text = Two.\n1\tTwo\n\n# newpar\n# text = Three.\n1\tThree\n`;
    expect(conlluText(text, 'x.conllu')).toBe('One. Two.\n\nThree.');
  });

  it('names file and line of a sentence without a text comment, and a file with none', () => {
    expect(() => conlluText('# text = One.\n1\tOne\n\n# sent_id = 2\n1\tTwo\n', 'x.conllu')).toThrow(/x\.conllu:5: a sentence without a "# text =" comment/);
    expect(() => conlluText('\n\n', 'y.conllu')).toThrow(/y\.conllu: no "# text =" line/);
  });
});

describe('loadTestSet', () => {
  it('reads CoNLL-U and article documents with their manifest topic and political flag', async () => {
    const [weblog, quiet] = await loadTestSet(options());
    expect(weblog!.article.text).toBe('The minister resigned. Police arrested him.\n\nHe denied it.');
    expect(weblog).toMatchObject({ topic: 'resignation', political: true, article: { id: 'weblog-tiny' } });
    expect(quiet).toMatchObject({ topic: 'village-life', political: false, article: { id: 'quiet-news' } });
  });

  it('scores per topic and counts what the extractor finds in non-political documents', async () => {
    const result = await evaluateDocuments('test', await loadTestSet(options()), extractor);
    expect(result.evaluation.micro).toMatchObject({ tp: 1, fp: 2, fn: 0 });
    const lines = groupLines(result);
    expect(lines[0]).toMatch(/^test topic resignation: relations P=1\.00 R=1\.00 F1=1\.00 .*\(1 document\)$/);
    const nonPolitical = /^test non-political: relations P=0\.00 .* — 2 relations found \(2\.0 per document\), 2 not in the gold$/;
    expect(lines).toContainEqual(expect.stringMatching(nonPolitical));
  });

  it('names the manifest line of a document without gold, and of a duplicate id', async () => {
    rmSync(join(root, 'gold', 'quiet-news.yaml'));
    await expect(loadTestSet(options())).rejects.toThrow(/test-set\.yaml:3: no gold file .*quiet-news\.yaml for "quiet-news"/);
    writeFileSync(join(root, 'test-set.yaml'), MANIFEST.replace('id: quiet-news', 'id: weblog-tiny'));
    await expect(loadTestSet(options())).rejects.toThrow(/test-set\.yaml:3: documents\[1\]\.id: "weblog-tiny" is listed twice/);
  });

  it('refuses a gold file the manifest does not list', async () => {
    writeFileSync(join(root, 'gold', 'stray.yaml'), GOLD['quiet-news'].replace('quiet-news', 'stray'));
    await expect(loadTestSet(options())).rejects.toThrow(/test-set\.yaml: gold .*stray\.yaml has no entry in the manifest/);
  });

  it('refuses gold that does not quote the rebuilt text, naming the gold line', async () => {
    writeFileSync(join(root, 'gold', 'weblog-tiny.yaml'), GOLD['weblog-tiny'].replace('Police arrested him.', 'Police detained him.'));
    await expect(loadTestSet(options())).rejects.toThrow(/weblog-tiny\.yaml:4: relations\[0\]\.sentence: is not a verbatim substring/);
  });

  it('refuses an unknown format, naming the line', async () => {
    writeFileSync(join(root, 'test-set.yaml'), MANIFEST.replace('format: conllu', 'format: xml'));
    await expect(loadTestSet(options())).rejects.toThrow(/test-set\.yaml:2: documents\[0\]\.format/);
  });
});
