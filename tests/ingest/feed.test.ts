import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { collect } from './collect.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Desk</title><link>https://news.example.org/</link>
<item>
  <title>Strike closes the port of Antwerp</title>
  <link>https://news.example.org/antwerp-strike</link>
  <guid isPermaLink="false">harbour-desk-0001</guid>
  <pubDate>Tue, 05 Mar 2024 23:30:00 -0500</pubDate>
  <description>Dockers walked out.</description>
  <content:encoded><![CDATA[<p>Dockers in <b>Antwerp</b> walked out on Tuesday.</p><p>The union &amp; the port authority meet in Brussels.</p><script>alert(1)</script>]]></content:encoded>
</item>
<item>
  <title>Ferry service resumes</title>
  <link>https://news.example.org/ferry</link>
  <pubDate>Wed, 6 Mar 2024 08:00:00 GMT</pubDate>
  <description>&lt;p&gt;The ferry between Calais and Dover runs again.&lt;/p&gt;</description>
</item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Alpine Wire</title><id>urn:alpine</id>
<entry>
  <id>urn:alpine:42</id><title type="text">Avalanche warning in Tyrol</title>
  <link rel="alternate" href="https://alpine.example.org/42"/>
  <published>2023-12-30T18:00:00+01:00</published>
  <summary>Short version.</summary>
  <content type="html">&lt;p&gt;Rescuers in Innsbruck warned hikers on Saturday.&lt;/p&gt;</content>
</entry>
</feed>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'River Notes',
  items: [
    {
      id: 'rn-7',
      url: 'https://river.example.org/7',
      title: 'Barges stuck on the Rhine',
      date_published: '2022-08-12T09:00:00Z',
      content_text: 'Low water near Kaub stopped barges from Rotterdam.',
    },
    { id: 'rn-8', summary: 'Water levels rise at Cologne.' },
  ],
});

describe('feeds', () => {
  it('turns each RSS item into a document: guid or link as id, title, date as written, content or summary', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'desk.rss'), RSS);
    const { docs, skips } = await collect([dir]);
    expect(skips).toEqual([]);
    expect(docs.map((d) => d.id)).toEqual(['harbour-desk-0001', 'https://news.example.org/ferry']);
    const [a, b] = docs;
    expect(a?.title).toBe('Strike closes the port of Antwerp');
    expect(a?.date).toBe('2024-03-05');
    expect(a?.url).toBe('https://news.example.org/antwerp-strike');
    expect(a?.text).toBe(
      'Strike closes the port of Antwerp\n\nDockers in Antwerp walked out on Tuesday.\n\nThe union & the port authority meet in Brussels.',
    );
    expect(a?.summaryOnly).toBeUndefined();
    expect(b?.date).toBe('2024-03-06');
    expect(b?.text).toBe('Ferry service resumes\n\nThe ferry between Calais and Dover runs again.');
    expect(b?.summaryOnly).toBe(true);
    const at = a?.text.indexOf('Brussels') ?? -1;
    expect(a?.text.slice(at, at + 8)).toBe('Brussels');
  });

  it('reads Atom entries and JSON Feed items, and an .xml or .json feed by its content', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'alpine.xml'), ATOM);
    writeFileSync(join(dir, 'river.json'), JSON_FEED);
    writeFileSync(join(dir, 'settings.json'), '{"theme": "dark"}');
    const { docs, skips } = await collect([dir]);
    expect(skips).toEqual([]);
    expect(docs.map((d) => [d.id, d.title, d.date, d.url])).toEqual([
      [
        'urn:alpine:42',
        'Avalanche warning in Tyrol',
        '2023-12-30',
        'https://alpine.example.org/42',
      ],
      ['rn-7', 'Barges stuck on the Rhine', '2022-08-12', 'https://river.example.org/7'],
      ['rn-8', undefined, undefined, undefined],
    ]);
    expect(docs[0]?.text).toBe(
      'Avalanche warning in Tyrol\n\nRescuers in Innsbruck warned hikers on Saturday.',
    );
    expect(docs[2]?.text).toBe('Water levels rise at Cologne.');
    expect(docs[2]?.summaryOnly).toBe(true);
  });

  it('reports malformed feed XML with its line, and an item with no text by number', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'a-broken.rss'),
      '<rss><channel>\n<item><title>Cut</title>\n</channel>',
    );
    writeFileSync(
      join(dir, 'b-empty-item.rss'),
      '<rss><channel><item><guid>x1</guid><title>Only a title</title></item><item><guid>x2</guid><description>Fine text from Oslo.</description></item></channel></rss>',
    );
    writeFileSync(join(dir, 'c-not-a-feed.atom'), '<html><body>hello</body></html>');
    const { docs, skips } = await collect([dir]);
    expect(docs.map((d) => d.id)).toEqual(['x2']);
    expect(skips.map((s) => s.source.split('/').pop())).toEqual([
      'a-broken.rss',
      'b-empty-item.rss',
      'c-not-a-feed.atom',
    ]);
    expect(skips[0]?.reason).toMatch(/^malformed feed XML at line \d+: /);
    expect(skips[1]?.reason).toBe('item 1 (x1): no content or summary');
    expect(skips[2]?.reason).toMatch(/not a feed/);
  });

  it('does not expand nested entities (a billion laughs stays a few bytes)', async () => {
    const dir = tempDir();
    const levels = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const decl = levels
      .map((l, i) =>
        i === 0 ? `<!ENTITY a "lol">` : `<!ENTITY ${l} "${`&${levels[i - 1]};`.repeat(10)}">`,
      )
      .join('');
    writeFileSync(
      join(dir, 'lol.rss'),
      `<?xml version="1.0"?><!DOCTYPE rss [${decl}]><rss><channel><item><guid>l1</guid><title>&i;</title><description>Text from Vienna.</description></item></channel></rss>`,
    );
    const { docs } = await collect([dir]);
    expect(docs).toHaveLength(1);
    expect(docs[0]?.text.length).toBeLessThan(100);
    expect(docs[0]?.text).toContain('Text from Vienna.');
  });
});
