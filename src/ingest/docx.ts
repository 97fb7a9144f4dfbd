import { createRequire } from 'node:module';
import { XMLParser } from 'fast-xml-parser';
import { Unzip, UnzipInflate } from 'fflate';
import { InvalidInputError } from '../errors.js';
import { stripControl } from './decode.js';
import { contentHash } from './hash.js';
import type { Document } from './types.js';

export interface DocxOptions {
  /** Most bytes the archive may unpack to: past it, it is a zip bomb, not a document. */
  maxUnzippedBytes?: number;
}

export const DEFAULTS: Required<DocxOptions> = { maxUnzippedBytes: 256 << 20 };

/** Thrown inside fflate's callback to stop inflating at once. */
class TooBig extends Error {}

/**
 * Inflates every entry of the archive without keeping it, counting bytes and
 * stopping at the limit; returns the entry names and the `keep` entries (the
 * small document properties). Headers can lie about sizes, so the count is of
 * real output.
 */
function inspect(
  bytes: Uint8Array,
  max: number,
  keep: ReadonlySet<string>,
): { names: Set<string>; kept: Map<string, string> } {
  const kept = new Map<string, Uint8Array[]>();
  const names = new Set<string>();
  let total = 0;
  const unzip = new Unzip((file) => {
    names.add(file.name);
    const parts: Uint8Array[] = [];
    if (keep.has(file.name)) kept.set(file.name, parts);
    file.ondata = (err, chunk) => {
      if (err) throw err;
      total += chunk.length;
      if (total > max) throw new TooBig();
      if (keep.has(file.name)) parts.push(chunk);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.push(bytes, true);
  if (names.size === 0) throw new Error('no entries');
  const out = new Map<string, string>();
  for (const [name, parts] of kept) out.set(name, Buffer.concat(parts).toString('utf8'));
  return { names, kept: out };
}

const CORE = 'docProps/core.xml';
const BODY = 'word/document.xml';

interface CoreProps {
  title?: string;
  date?: string;
}

function text(v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return text((v as { '#text': unknown })['#text']);
  return undefined;
}

/** Title and creation date from `docProps/core.xml` (Dublin Core). */
function coreProps(xml: string | undefined): CoreProps {
  if (!xml) return {};
  try {
    const parsed = new XMLParser({ removeNSPrefix: true, processEntities: false }).parse(xml);
    const core = parsed?.coreProperties ?? {};
    const out: CoreProps = {};
    const title = text(core.title)?.trim();
    if (title) out.title = stripControl(title);
    const date = text(core.created)?.match(/^\d{4}-\d{2}-\d{2}/)?.[0];
    if (date) out.date = date;
    return out;
  } catch {
    return {};
  }
}

type Mammoth = typeof import('mammoth');
let mammoth: Mammoth | undefined;

/**
 * A Word document (.docx) to one document: the body's headings and paragraphs
 * as mammoth reads them, one paragraph a block, title and date from the
 * document properties. The archive is checked first: an archive that unpacks
 * past `maxUnzippedBytes`, is not a zip, or has no `word/document.xml` is an
 * InvalidInputError naming `source`.
 */
export async function docxDocument(
  id: string,
  bytes: Uint8Array,
  source: string,
  options?: DocxOptions,
): Promise<Document> {
  const opts = { ...DEFAULTS, ...options };
  let parts: ReturnType<typeof inspect>;
  try {
    parts = inspect(bytes, opts.maxUnzippedBytes, new Set([CORE]));
  } catch (cause) {
    if (cause instanceof TooBig) {
      throw new InvalidInputError(
        `${source}: unpacks to over ${opts.maxUnzippedBytes >> 20} MB, refused as a zip bomb`,
        { source },
      );
    }
    throw new InvalidInputError(`${source}: not a readable DOCX (broken zip archive)`, {
      source,
      cause,
    });
  }
  if (!parts.names.has(BODY)) {
    throw new InvalidInputError(`${source}: a zip archive without ${BODY}, expected a DOCX`, {
      source,
    });
  }
  mammoth ??= createRequire(import.meta.url)('mammoth') as Mammoth;
  let raw: string;
  try {
    raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (cause) {
    const why = String((cause as Error)?.message ?? cause).split('\n')[0];
    throw new InvalidInputError(`${source}: not a readable DOCX (${why})`, { source, cause });
  }
  const body = stripControl(raw)
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
  if (!body) throw new InvalidInputError(`${source}: no text in the DOCX body`, { source });
  const props = coreProps(parts.kept.get(CORE));
  const doc: Document = { id, text: body, hash: '', source };
  if (props.title) doc.title = props.title;
  if (props.date) doc.date = props.date;
  doc.hash = contentHash(doc);
  return doc;
}
