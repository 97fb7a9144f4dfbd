import { readFileSync } from 'node:fs';
import { extract } from './src/extract/index.js';
import { textDocument } from './src/ingest/index.js';
const doc = textDocument('seed', readFileSync('../shared/articles/000_41ad68afa81ca405.txt', 'utf8'));
const x = extract(doc);
for (const e of x.entities) if (e.type === 'Location') console.log(e.name, JSON.stringify(e.geo));
