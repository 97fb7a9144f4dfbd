import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { makeDocx, makeEmail, makeMbox, makePdf } from '../helpers/documents.js';
import { collect } from './collect.js';

describe('e-mail', () => {
  it('reads an .eml: Message-ID as id, subject as title, the date as written, the sender as source', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'tip.eml'),
      makeEmail({
        from: 'Ana Ribeiro <ana@example.org>',
        subject: 'Tip: shipyard in Gdansk',
        date: 'Sat, 02 Mar 2024 23:10:00 +0100',
        messageId: 'tip-001@example.org',
        text: 'The shipyard in Gdansk laid off 300 workers.\r\nThe mayor of Gdansk spoke on Friday.',
      }),
    );
    const { docs, skips } = await collect([dir]);
    expect(skips).toEqual([]);
    const d = docs[0];
    expect(d?.id).toBe('tip-001@example.org');
    expect(d?.title).toBe('Tip: shipyard in Gdansk');
    expect(d?.date).toBe('2024-03-02');
    expect(d?.source).toBe('Ana Ribeiro <ana@example.org>');
    expect(d?.text).toBe(
      'The shipyard in Gdansk laid off 300 workers.\nThe mayor of Gdansk spoke on Friday.',
    );
  });

  it('reads the HTML body as a page when there is no plain text, as text not markup', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'newsletter.eml'),
      makeEmail({
        from: 'desk@example.org',
        subject: 'Morning briefing',
        date: 'Mon, 4 Mar 2024 06:00:00 +0000',
        html: '<html><body><p>Floods hit <b>Porto Alegre</b> overnight.</p><script>steal()</script></body></html>',
      }),
    );
    const { docs } = await collect([dir]);
    expect(docs[0]?.text).toBe('Floods hit Porto Alegre overnight.');
    expect(docs[0]?.id).toBe('newsletter.eml');
  });

  it('turns readable attachments into further documents whose ids point to the message', async () => {
    const dir = tempDir();
    const pdf = await makePdf([{ lines: ['The ministry in Warsaw confirmed the contract.'] }]);
    const docx = makeDocx(['Notes from the meeting in Krakow.']);
    writeFileSync(
      join(dir, 'with-files.eml'),
      makeEmail({
        from: 'ana@example.org',
        subject: 'Documents',
        date: 'Tue, 5 Mar 2024 10:00:00 +0100',
        messageId: 'docs-7@example.org',
        text: 'Two files attached.',
        attachments: [
          { name: 'contract.pdf', type: 'application/pdf', data: pdf },
          {
            name: 'notes.docx',
            type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
            data: docx,
          },
          { name: 'photo.jpg', type: 'image/jpeg', data: new Uint8Array([0xff, 0xd8, 0xff, 0, 1]) },
        ],
      }),
    );
    const { docs, skips } = await collect([dir]);
    expect(skips).toEqual([]);
    expect(docs.map((d) => [d.id, d.text])).toEqual([
      ['docs-7@example.org', 'Two files attached.'],
      ['docs-7@example.org/contract.pdf', 'The ministry in Warsaw confirmed the contract.'],
      ['docs-7@example.org/notes.docx', 'Notes from the meeting in Krakow.'],
    ]);
    // An attachment without a date or title of its own takes the message's.
    expect(docs[2]?.date).toBe('2024-03-05');
    expect(docs[2]?.title).toBe('Documents');
  });

  it('reads an .mbox as many messages, unquoting >From lines, and reports a bad message by number', async () => {
    const dir = tempDir();
    const msg = (n: number, text: string) =>
      makeEmail({
        from: `reporter${n}@example.org`,
        subject: `Story ${n}`,
        date: `Fri, ${n} Feb 2024 12:00:00 +0000`,
        text,
      });
    const broken =
      'From: x@example.org\r\nSubject: Binary\r\nContent-Type: text/plain\r\n\r\nA\u0000B\u0000C';
    writeFileSync(
      join(dir, 'inbox.mbox'),
      makeMbox([
        msg(1, 'Police in Lyon arrested two men.'),
        msg(2, 'From the harbour in Marseille came news.'),
        broken,
        msg(4, 'The court in Nantes ruled on Monday.'),
      ]),
    );
    const { docs, skips } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['inbox.mbox#1', 'inbox.mbox#2', 'inbox.mbox#4']);
    expect(docs[1]?.text).toBe('From the harbour in Marseille came news.');
    expect(docs[1]?.date).toBe('2024-02-02');
    expect(skips).toHaveLength(1);
    expect(skips[0]?.source).toMatch(/inbox\.mbox message 3$/);
    expect(skips[0]?.reason).toMatch(/binary/);
  });

  it('skips a message over the size limit and keeps reading the mbox after it', async () => {
    const dir = tempDir();
    const f = join(dir, 'big.mbox');
    const big = makeEmail({
      from: 'a@example.org',
      subject: 'Huge',
      date: 'Fri, 1 Mar 2024 12:00:00 +0000',
      text: 'word '.repeat(300_000),
    });
    const small = makeEmail({
      from: 'b@example.org',
      subject: 'Small',
      date: 'Fri, 1 Mar 2024 12:00:00 +0000',
      text: 'A short note from Riga.',
    });
    writeFileSync(f, makeMbox([big, small]));
    const { docs, skips } = await collect([f], { maxDocBytes: 1 << 20 });
    expect(docs.map((d) => d.text.slice(0, 40))).toEqual(['A short note from Riga.']);
    expect(skips[0]?.reason).toMatch(/over the limit of 1 MB/);
  });
});
