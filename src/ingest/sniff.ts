import { gunzipSync, constants as z } from 'node:zlib';
import type { Format } from './types.js';

/** Bytes read from the start of a file to recognise its format. */
export const SNIFF_BYTES = 4096;

function startsWith(head: Uint8Array, ascii: string, at = 0): boolean {
  if (head.length < at + ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (head[at + i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** The first element's name of an XML or HTML text, past the prolog, comments and doctype. */
function rootElement(text: string): string | undefined {
  let s = text.replace(/^\uFEFF/, '');
  for (;;) {
    s = s.trimStart();
    if (s.startsWith('<?')) s = s.slice(s.indexOf('?>') + 2 || s.length);
    else if (s.startsWith('<!--')) s = s.slice(s.indexOf('-->') + 3 || s.length);
    else if (/^<!doctype\s+html/i.test(s)) return 'html';
    else if (s.startsWith('<!')) s = s.slice(s.indexOf('>') + 1 || s.length);
    else break;
  }
  return /^<([A-Za-z][\w:.-]*)/.exec(s)?.[1]?.toLowerCase();
}

const MAIL_HEADERS =
  /^(?:return-path|received|from|to|subject|date|message-id|mime-version|delivered-to|reply-to|content-type):/gim;

/**
 * The format of a file by its first bytes, where they say it unambiguously:
 * PDF, a zip (read as DOCX), WARC (also gzipped), mbox, an e-mail message,
 * an RSS/Atom/RDF feed, a JSON Feed, an HTML page. Undefined otherwise.
 */
export function sniffFormat(head: Uint8Array): Format | undefined {
  if (head.length === 0) return undefined;
  const pdfAt = Buffer.from(head.subarray(0, 1024)).indexOf('%PDF-');
  if (pdfAt >= 0) return 'pdf';
  if (startsWith(head, 'PK\x03\x04')) return 'docx';
  if (startsWith(head, 'WARC/')) return 'warc';
  if (head[0] === 0x1f && head[1] === 0x8b) {
    try {
      const inner = gunzipSync(head, { finishFlush: z.Z_SYNC_FLUSH });
      return startsWith(inner, 'WARC/') ? 'warc' : undefined;
    } catch {
      return undefined;
    }
  }
  const text = Buffer.from(head).toString('utf8');
  if (/^From \S+/.test(text) && /\n[A-Za-z-]+: /.test(text)) return 'mbox';
  if (/^[A-Za-z][\w-]*:[ \t]/.test(text)) {
    const block = text.split(/\r?\n\r?\n/)[0] ?? '';
    if ((block.match(MAIL_HEADERS)?.length ?? 0) >= 2) return 'eml';
  }
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{'))
    return /"version"\s*:\s*"https?:\/\/jsonfeed\.org/.test(text) ? 'feed' : undefined;
  const root = rootElement(text);
  if (root === 'rss' || root === 'feed' || root === 'rdf:rdf') return 'feed';
  if (root === 'html') return 'html';
  return undefined;
}
