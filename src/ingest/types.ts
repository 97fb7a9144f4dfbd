/** One article as every reader yields it. */
export interface Document {
  /** Stable id: relative path, JSONL id verbatim, or `reuters-<NEWID>`. */
  id: string;
  /** The text extraction runs on; mention offsets index into it. */
  text: string;
  title?: string;
  /** ISO date `YYYY-MM-DD` when known. */
  date?: string;
  url?: string;
  /** Where it came from: the file path (and line for JSONL). */
  source?: string;
  /** sha256 (hex) of the fields that change what is extracted. */
  hash: string;
}

/** A document that could not be read: reported, counted, and skipped. */
export interface Skipped {
  source: string;
  line?: number;
  reason: string;
}

export type ReadItem = { kind: 'doc'; doc: Document } | { kind: 'skip'; skip: Skipped };

export type InputFormat = 'auto' | 'txt' | 'md' | 'html' | 'jsonl' | 'sgml';
