/** One article as every reader yields it. */
export interface Document {
  /**
   * Stable id: relative path, JSONL id verbatim, `reuters-<NEWID>`, a feed
   * item's guid or link, an e-mail's Message-ID, a web archive record's URI.
   */
  id: string;
  /** The text extraction runs on; mention offsets index into it. */
  text: string;
  title?: string;
  /** ISO date `YYYY-MM-DD` when known. */
  date?: string;
  url?: string;
  /** Where it came from: the file path (and line for JSONL), an e-mail's sender. */
  source?: string;
  /** For paged inputs (PDF): the offset in `text` where each page starts; see pageAt. */
  pages?: number[];
  /** A feed item that had only a summary, no full content. */
  summaryOnly?: boolean;
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

/** Formats a reader exists for; `feed` is RSS, Atom or JSON Feed, `eml` one e-mail. */
export type Format =
  | 'txt'
  | 'md'
  | 'html'
  | 'jsonl'
  | 'sgml'
  | 'pdf'
  | 'docx'
  | 'feed'
  | 'eml'
  | 'mbox'
  | 'warc';

export type InputFormat = 'auto' | Format;
