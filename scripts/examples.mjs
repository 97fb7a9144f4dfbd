/**
 * Writes the example PDF, Word document and feed in examples/ from the short
 * articles below (written for the project), so `npm start` shows every kind
 * of input in the graph. Run after editing them:
 *
 *   node scripts/examples.mjs
 *
 * Needs the dev dependency pdf-lib; the output is committed, so users never run this.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
// Fixed dates: the same bytes every run.
const FIXED = new Date('2020-08-06T09:00:00Z');

const beirut = {
  title: 'Explosion devastates the port of Beirut',
  header: 'Graphwire example briefing',
  pages: [
    [
      'BEIRUT - A huge explosion tore through the port of Beirut on Tuesday, killing more',
      'than 200 people and wounding thousands, Lebanese officials said.',
      '',
      'Prime Minister Hassan Diab said that about 2,750 tonnes of ammonium nitrate had',
      'been stored in a warehouse at the port for six years without safety measures.',
      '',
      'President Michel Aoun called an emergency meeting of the Supreme Defence Council',
      'and declared a two-week state of emergency in the capital.',
    ],
    [
      'French President Emmanuel Macron visited Beirut two days later and promised',
      'international aid. The Lebanese Red Cross said hospitals across the city were',
      'overwhelmed.',
      '',
      'Hassan Diab resigned on 10 August, as protesters in Beirut blamed the govern-',
      'ment for the disaster.',
    ],
  ],
};

async function pdf() {
  const doc = await PDFDocument.create();
  doc.setTitle(beirut.title);
  doc.setCreationDate(FIXED);
  doc.setModificationDate(FIXED);
  doc.setProducer('graphwire scripts/examples.mjs');
  doc.setCreator('graphwire scripts/examples.mjs');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  beirut.pages.forEach((lines, i) => {
    const page = doc.addPage([595, 842]);
    page.drawText(beirut.header, { x: 50, y: 800, size: 9, font });
    let y = 740;
    if (i === 0) {
      page.drawText(beirut.title, { x: 50, y, size: 16, font: bold });
      y -= 40;
    }
    for (const line of lines) {
      if (line) page.drawText(line, { x: 50, y, size: 11, font });
      y -= line ? 15 : 22;
    }
    page.drawText(`Page ${i + 1} of ${beirut.pages.length}`, { x: 270, y: 30, size: 9, font });
  });
  return doc.save({ useObjectStreams: false });
}

const turkey = {
  title: 'Earthquake strikes southern Turkey and northern Syria',
  created: '2023-02-06T12:00:00Z',
  paragraphs: [
    ['h', 'Earthquake strikes southern Turkey and northern Syria'],
    [
      'p',
      'ANKARA - A magnitude 7.8 earthquake struck southern Turkey near Gaziantep before dawn on Monday, and a second strong quake hit the region hours later.',
    ],
    [
      'p',
      'President Recep Tayyip Erdogan declared a state of emergency in ten provinces. The disaster agency AFAD said rescue teams were searching collapsed buildings in Kahramanmaras, Hatay and Adiyaman.',
    ],
    ['h', 'Aid arrives'],
    [
      'p',
      'The United Nations said that aid convoys to northern Syria were delayed at the Bab al-Hawa crossing. The White Helmets, a civil defence group in Idlib, warned that hundreds of families were trapped.',
    ],
  ],
};

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function docx() {
  const enc = (s) => new TextEncoder().encode(s);
  const body = turkey.paragraphs
    .map(([kind, text]) =>
      kind === 'h'
        ? `<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>${esc(text)}</w:t></w:r></w:p>`
        : `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`,
    )
    .join('');
  const mtime = new Date('2023-02-06T12:00:00Z');
  const file = (s) => [enc(s), { mtime }];
  return zipSync({
    '[Content_Types].xml': file(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ),
    '_rels/.rels': file(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    ),
    'word/_rels/document.xml.rels': file(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    ),
    'word/styles.xml': file(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style></w:styles>',
    ),
    'word/document.xml': file(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
    ),
    'docProps/core.xml': file(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(turkey.title)}</dc:title><dc:creator>Graphwire examples</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${turkey.created}</dcterms:created></cp:coreProperties>`,
    ),
  });
}

const items = [
  {
    guid: 'graphwire-example-2018-07-10-tham-luang',
    title: 'Last boys rescued from Thai cave',
    date: 'Tue, 10 Jul 2018 18:00:00 +0700',
    content:
      '<p>Thai Navy SEALs brought the last four boys and their coach out of the flooded Tham Luang cave in Chiang Rai province on Tuesday.</p><p>Governor Narongsak Osottanakorn said all thirteen were taken to hospital. British divers Rick Stanton and John Volanthen had found the group nine days earlier.</p>',
  },
  {
    guid: 'graphwire-example-2021-03-23-ever-given',
    title: 'Container ship blocks the Suez Canal',
    date: 'Tue, 23 Mar 2021 14:00:00 +0200',
    content:
      '<p>The container ship Ever Given ran aground in the Suez Canal on Tuesday and blocked traffic in both directions.</p><p>The Suez Canal Authority said tugboats from Ismailia were trying to free the ship. Evergreen Marine, which operates the vessel, blamed strong winds.</p>',
  },
  {
    guid: 'graphwire-example-2019-04-15-notre-dame',
    title: 'Fire ravages Notre-Dame cathedral',
    date: 'Mon, 15 Apr 2019 22:00:00 +0200',
    // Only a summary, as many feeds give: the ingest summary counts such items.
    summary:
      'A fire destroyed the spire and much of the roof of Notre-Dame cathedral in Paris on Monday. President Emmanuel Macron promised to rebuild it.',
  },
];

function rss() {
  const entries = items
    .map(
      (it) => `  <item>
    <title>${esc(it.title)}</title>
    <link>https://example.org/graphwire/${it.guid.slice('graphwire-example-'.length)}</link>
    <guid isPermaLink="false">${it.guid}</guid>
    <pubDate>${it.date}</pubDate>
${it.content ? `    <content:encoded><![CDATA[${it.content}]]></content:encoded>\n` : ''}${it.summary ? `    <description>${esc(it.summary)}</description>\n` : ''}  </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Graphwire example wire</title>
  <link>https://example.org/graphwire/</link>
  <description>Short articles written for the Graphwire examples.</description>
${entries}
</channel>
</rss>
`;
}

writeFileSync(join(out, '2020-08-04-beirut-port-explosion.pdf'), await pdf());
writeFileSync(join(out, '2023-02-06-turkey-syria-earthquake.docx'), docx());
writeFileSync(join(out, 'wire.rss'), rss());
console.log(`wrote the example PDF, DOCX and feed to ${out}`);
