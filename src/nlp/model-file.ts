/**
 * The model file: gzip of a magic line, a JSON header (lexicons, tables, class names,
 * attribution, training summary) and the perceptron weight arrays as raw little-endian bytes.
 * Feature keys are stored sorted and delta-encoded so they compress. Writing the same model
 * twice gives the same bytes (gzip's header time is zero; JSON keys keep insertion order).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { writeFileAtomicSync } from '../atomic-write.ts';
import { KgError } from '../errors.ts';
import { CompiledWeights, type WeightArrays } from './perceptron.ts';

const MAGIC = 'newsgraph-nlp-model 1\n';

type ArrayName = 'keys' | 'lengths' | 'classes' | 'weights';
interface StoredWeights {
  classCount: number;
  scale: number;
  /** Byte offset and element count of each array in the blob section. */
  arrays: Record<ArrayName, [number, number]>;
}

/** Header JSON plus named weight tables. */
export interface ModelContent<H> {
  header: H;
  weights: Record<string, CompiledWeights>;
}

/** Writes a model file atomically (a temporary file renamed into place). */
export function writeModelFile<H>(path: string, content: ModelContent<H>): number {
  const blobs: Buffer[] = [];
  let offset = 0;
  const stored: Record<string, StoredWeights> = {};
  const add = (array: Int32Array | Uint16Array | Int16Array | Uint32Array): [number, number] => {
    const bytes = Buffer.from(array.buffer, array.byteOffset, array.byteLength);
    blobs.push(bytes);
    const at = offset;
    offset += bytes.length;
    return [at, array.length];
  };
  for (const [name, compiled] of Object.entries(content.weights)) {
    const { keys, lengths, classes, weights, classCount, scale } = compiled.arrays;
    stored[name] = { classCount, scale, arrays: { keys: add(deltaEncode(keys)), lengths: add(lengths), classes: add(classes), weights: add(weights) } };
  }
  const header = Buffer.from(JSON.stringify({ header: content.header, weights: stored }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length);
  const file = gzipSync(Buffer.concat([Buffer.from(MAGIC, 'utf8'), length, header, ...blobs]), { level: 9 });
  writeFileAtomicSync(path, file);
  return file.length;
}

/** Reads a model file written by `writeModelFile`. */
export function readModelFile<H>(path: string): ModelContent<H> {
  let raw: Buffer;
  try {
    raw = gunzipSync(readFileSync(path));
  } catch (error) {
    throw new KgError(`nlp: cannot read the model file ${path} (${(error as Error).message}); run \`npm run train\` to build it`, { cause: error });
  }
  if (raw.subarray(0, MAGIC.length).toString('utf8') !== MAGIC) {
    throw new KgError(`nlp: ${path} is not a newsgraph NLP model (wrong first line); run \`npm run train\` to rebuild it`);
  }
  const headerLength = raw.readUInt32LE(MAGIC.length);
  const headerStart = MAGIC.length + 4;
  const parsed = JSON.parse(raw.subarray(headerStart, headerStart + headerLength).toString('utf8')) as {
    header: H;
    weights: Record<string, StoredWeights>;
  };
  const blobStart = headerStart + headerLength;
  const slice = ([at, count]: [number, number], bytesPer: number) => {
    const begin = blobStart + at;
    return raw.buffer.slice(raw.byteOffset + begin, raw.byteOffset + begin + count * bytesPer);
  };
  const weights: Record<string, CompiledWeights> = {};
  for (const [name, stored] of Object.entries(parsed.weights)) {
    const arrays: WeightArrays = {
      classCount: stored.classCount,
      scale: stored.scale,
      keys: deltaDecode(new Uint32Array(slice(stored.arrays.keys, 4))),
      lengths: new Uint16Array(slice(stored.arrays.lengths, 2)),
      classes: new Uint16Array(slice(stored.arrays.classes, 2)),
      weights: new Int16Array(slice(stored.arrays.weights, 2)),
    };
    weights[name] = new CompiledWeights(arrays);
  }
  return { header: parsed.header, weights };
}

/** Sorted keys (as unsigned) → gaps between consecutive keys. */
function deltaEncode(keys: Int32Array): Uint32Array {
  const gaps = new Uint32Array(keys.length);
  let previous = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]! >>> 0;
    gaps[i] = (key - previous) >>> 0;
    previous = key;
  }
  return gaps;
}

function deltaDecode(gaps: Uint32Array): Int32Array {
  const keys = new Int32Array(gaps.length);
  let previous = 0;
  for (let i = 0; i < gaps.length; i++) {
    previous = (previous + gaps[i]!) >>> 0;
    keys[i] = previous | 0;
  }
  return keys;
}
