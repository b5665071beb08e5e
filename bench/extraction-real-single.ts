/**
 * The one-core pass of the real-text bench, run as its own process (extraction-real.ts
 * starts it under `taskset -c 0` where there is one, so V8's garbage collector and compiler
 * threads share that core instead of using the other for free): warms up, times the parse
 * alone and then the whole product extraction, and prints both passes as JSON on stdout.
 * Usage: node --import tsx bench/extraction-real-single.ts <sourcesDir> <stride>
 */
import { documentArticle, singleCorePasses, sourceDocuments } from './extraction-real.ts';

const [sourcesDir, stride] = process.argv.slice(2);
const articles = sourceDocuments(sourcesDir!, Number(stride)).map(documentArticle);
process.stdout.write(`${JSON.stringify(singleCorePasses(articles))}\n`);
