/**
 * Builders for binary fixtures the reader tests need: PDFs (pdf-lib), DOCX
 * (a zip of WordprocessingML), e-mail, mbox and WARC, all from text written
 * for the tests.
 */
import { gzipSync } from 'node:zlib';
import { zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

export interface PdfPage {
  /** Lines drawn top-down; an empty string leaves a paragraph gap. */
  lines: string[];
  header?: string;
  footer?: string;
}

/** A PDF with one text line per entry, 12 pt, 15 pt apart; optional running header and footer. */
export async function makePdf(
  pages: PdfPage[],
  meta: { title?: string; created?: Date } = {},
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (meta.title) doc.setTitle(meta.title);
  if (meta.created) doc.setCreationDate(meta.created);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const p of pages) {
    const page = doc.addPage([595, 842]);
    if (p.header) page.drawText(p.header, { x: 50, y: 800, size: 9, font });
    let y = 740;
    for (const line of p.lines) {
      if (line) page.drawText(line, { x: 50, y, size: 12, font });
      y -= line ? 15 : 20;
    }
    if (p.footer) page.drawText(p.footer, { x: 280, y: 30, size: 9, font });
  }
  return doc.save();
}

/**
 * A two-column page: a title across both columns, then the columns. `rows`
 * draws them line by line across the page (left line, right line, ...), as
 * many layout engines do, so the drawing order interleaves the columns;
 * `columns` draws the left column whole, then the right.
 */
export async function makeTwoColumnPdf(
  title: string,
  left: string[],
  right: string[],
  order: 'rows' | 'columns' = 'rows',
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595, 842]);
  page.drawText(title, { x: 50, y: 780, size: 18, font: bold });
  const at = (col: 0 | 1, i: number) => ({ x: col ? 315 : 50, y: 740 - 13 * i, size: 10, font });
  const draw = (col: 0 | 1, i: number) => {
    const line = (col ? right : left)[i];
    if (line) page.drawText(line, at(col, i));
  };
  const rows = Math.max(left.length, right.length);
  if (order === 'rows') {
    for (let i = 0; i < rows; i++) {
      draw(0, i);
      draw(1, i);
    }
  } else {
    for (let i = 0; i < left.length; i++) draw(0, i);
    for (let i = 0; i < right.length; i++) draw(1, i);
  }
  return doc.save();
}

/** A PDF whose only page has a drawn shape and no text: what a scan without OCR looks like. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 50, width: 400, height: 600 });
  return doc.save();
}

/**
 * A PDF encrypted with the standard security handler whose user password is
 * not empty: readable by no one without it. Written by hand: pdf-lib does not encrypt.
 */
export function makeEncryptedPdf(): Uint8Array {
  const hex32 = 'a1'.repeat(32);
  const objs = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>',
    '<< /Length 10 >>\nstream\n0123456789\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${hex32}> /P -4 >>`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${'b2'.repeat(16)}> <${'b2'.repeat(16)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A DOCX: headings (`# ` prefix) and paragraphs, with title and creation date in docProps/core.xml. */
export function makeDocx(
  paras: string[],
  meta: { title?: string; created?: string } = {},
): Uint8Array {
  const body = paras
    .map((p) =>
      p.startsWith('# ')
        ? `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t xml:space="preserve">${esc(p.slice(2))}</w:t></w:r></w:p>`
        : `<w:p><w:r><w:t xml:space="preserve">${esc(p)}</w:t></w:r></w:p>`,
    )
    .join('');
  const enc = (s: string) => new TextEncoder().encode(s);
  return zipSync({
    '[Content_Types].xml': enc(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ),
    '_rels/.rels': enc(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ),
    'word/document.xml': enc(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
    'docProps/core.xml': enc(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${meta.title ? `<dc:title>${esc(meta.title)}</dc:title>` : ''}${meta.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${meta.created}</dcterms:created>` : ''}</cp:coreProperties>`,
    ),
  });
}

/** A zip whose one entry is `size` zero bytes: kilobytes on disk, far more unpacked. */
export function makeZipBomb(size: number): Uint8Array {
  return zipSync({ 'word/document.xml': new Uint8Array(size) }, { level: 1 });
}

export interface Mail {
  from: string;
  subject: string;
  date: string;
  messageId?: string;
  text?: string;
  html?: string;
  attachments?: { name: string; type: string; data: Uint8Array }[];
}

/** An RFC 5322 message; a multipart/mixed one when it has attachments. */
export function makeEmail(m: Mail): string {
  const head = [
    `From: ${m.from}`,
    'To: desk@example.org',
    `Subject: ${m.subject}`,
    `Date: ${m.date}`,
    ...(m.messageId ? [`Message-ID: <${m.messageId}>`] : []),
    'MIME-Version: 1.0',
  ];
  const bodyPart = m.html
    ? ['Content-Type: text/html; charset=utf-8', '', m.html]
    : ['Content-Type: text/plain; charset=utf-8', '', m.text ?? ''];
  if (!m.attachments?.length) return [...head, ...bodyPart].join('\r\n');
  const b = 'gw-boundary-1';
  const parts = [
    [`--${b}`, ...bodyPart].join('\r\n'),
    ...m.attachments.map((a) =>
      [
        `--${b}`,
        `Content-Type: ${a.type}; name="${a.name}"`,
        `Content-Disposition: attachment; filename="${a.name}"`,
        'Content-Transfer-Encoding: base64',
        '',
        (
          Buffer.from(a.data)
            .toString('base64')
            .match(/.{1,76}/g) ?? []
        ).join('\r\n'),
      ].join('\r\n'),
    ),
  ];
  return [
    ...head,
    `Content-Type: multipart/mixed; boundary="${b}"`,
    '',
    ...parts,
    `--${b}--`,
    '',
  ].join('\r\n');
}

/** An mbox: each message after a `From ` envelope line, `From ` at line starts quoted. */
export function makeMbox(messages: string[]): string {
  return messages
    .map(
      (m) =>
        `From sender@example.org Mon Mar  4 10:00:00 2024\n${m.replace(/\r\n/g, '\n').replace(/^From /gm, '>From ')}\n`,
    )
    .join('\n');
}

export interface WarcResponse {
  uri: string;
  date: string;
  status?: number;
  type?: string;
  body: string;
}

/** One WARC/1.1 response record (the HTTP response as its block). */
export function warcRecord(r: WarcResponse, kind = 'response'): Buffer {
  const body = Buffer.from(r.body, 'utf8');
  const http = Buffer.concat([
    Buffer.from(
      `HTTP/1.1 ${r.status ?? 200} OK\r\nContent-Type: ${r.type ?? 'text/html; charset=utf-8'}\r\nContent-Length: ${body.length}\r\n\r\n`,
    ),
    body,
  ]);
  const request = Buffer.from(
    `GET ${new URL(r.uri).pathname} HTTP/1.1\r\nHost: ${new URL(r.uri).host}\r\n\r\n`,
  );
  const block = kind === 'response' ? http : kind === 'request' ? request : body;
  const head = Buffer.from(
    `WARC/1.1\r\nWARC-Type: ${kind}\r\nWARC-Target-URI: ${r.uri}\r\nWARC-Date: ${r.date}\r\nWARC-Record-ID: <urn:uuid:${hashId(r.uri + kind)}>\r\nContent-Type: ${kind === 'response' || kind === 'request' ? `application/http; msgtype=${kind}` : 'text/plain'}\r\nContent-Length: ${block.length}\r\n\r\n`,
  );
  return Buffer.concat([head, block, Buffer.from('\r\n\r\n')]);
}

/** A WARC file of the given records; gzipped record by record when `gzip`. */
export function makeWarc(records: Buffer[], gzip = false): Buffer {
  return Buffer.concat(gzip ? records.map((r) => gzipSync(r)) : records);
}

function hashId(s: string): string {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  const hex = h.toString(16).padStart(8, '0');
  return `${hex}-0000-4000-8000-${hex}0000`;
}
