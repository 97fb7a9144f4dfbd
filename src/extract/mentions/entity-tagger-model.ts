import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { MODEL_DIR_ENV } from '../perceptron.js';
import type { TaggerModel } from './entity-tagger.js';

/**
 * The entity tagger's weight file (data/ner/tagger.bin): gzip of a one-line
 * JSON header ({ bits, tags, about }), a newline, then 2^bits x 7 signed
 * 16-bit little-endian weights.
 */
export const MODEL_URL = new URL('../../../data/ner/tagger.bin', import.meta.url);

export function encodeTaggerModel(m: TaggerModel, tags: readonly string[]): Buffer {
  const head = Buffer.from(`${JSON.stringify({ bits: m.bits, tags, about: m.about })}\n`, 'utf8');
  const body = Buffer.alloc(m.weights.length * 2);
  for (let i = 0; i < m.weights.length; i++) body.writeInt16LE(m.weights[i] as number, i * 2);
  return gzipSync(Buffer.concat([head, body]), { level: 9 });
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function decodeTaggerModel(bytes: Uint8Array): TaggerModel {
  const raw = gunzipSync(bytes);
  const nl = raw.indexOf(10);
  const head = JSON.parse(raw.subarray(0, nl).toString('utf8')) as {
    bits: number;
    tags: string[];
    about: Record<string, unknown>;
  };
  const body = raw.subarray(nl + 1);
  // In shared memory: the extraction pool hands the weights to its worker threads (adoptTaggerModel).
  const weights = new Int16Array(new SharedArrayBuffer(body.length & ~1));
  // The file is little-endian, as the machines it runs on: the bytes are copied as they are.
  if (LITTLE_ENDIAN) new Uint8Array(weights.buffer).set(body.subarray(0, weights.byteLength));
  else for (let i = 0; i < weights.length; i++) weights[i] = body.readInt16LE(i * 2);
  if (weights.length !== (1 << head.bits) * head.tags.length)
    throw new Error(`${MODEL_URL.pathname}: ${weights.length} weights for ${head.bits} bits`);
  return { bits: head.bits, weights, about: head.about };
}

let shipped: TaggerModel | null | undefined;

/**
 * Uses a model another thread loaded (its weights in shared memory, read
 * only) as this thread's shipped model: worker threads share one copy.
 */
export function adoptTaggerModel(model: TaggerModel | null): void {
  shipped = model;
}

/**
 * The shipped model, read once per thread; null when the file is missing or
 * when GRAPHWIRE_ENTITY_TAGGER=off (the rules alone, for benchmarks). A
 * `tagger.bin` in the folder GRAPHWIRE_MODEL_DIR names (a benchmark's model
 * trained on fewer splits) is read instead of the shipped one.
 */
export function loadTaggerModel(): TaggerModel | null {
  if (shipped === undefined) {
    if (process.env.GRAPHWIRE_ENTITY_TAGGER === 'off') return (shipped = null);
    const dir = process.env[MODEL_DIR_ENV];
    const local = dir ? join(dir, 'tagger.bin') : '';
    try {
      shipped = decodeTaggerModel(readFileSync(local && existsSync(local) ? local : MODEL_URL));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      shipped = null;
    }
  }
  return shipped;
}
