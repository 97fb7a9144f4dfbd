import { describe, expect, it } from 'vitest';
import { articleDay, findDates, isoWeek } from '../../src/extract/dates.js';
import { extract } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/index.js';

// The article is dated Wednesday 10 March 2021.
const REF = articleDay('2021-03-10');

/** The date and the words that give it, for the one date expression of a sentence. */
function dateOf(sentence: string, ref: Date | undefined = REF) {
  const found = findDates(sentence, ref).filter((d) => !d.reported);
  return found.map((d) => [d.date, d.text]);
}

describe('dates in sentences, resolved against the article date', () => {
  it.each([
    // weekdays: the most recent such day on or before the article date
    ['Rebels shelled the port of Varna on Monday.', '2021-03-08', 'on Monday'],
    ['The ministry closed its office Wednesday after the threat.', '2021-03-10', 'Wednesday'],
    ['Police raided the warehouse on Thursday.', '2021-03-04', 'on Thursday'],
    ["Friday's raid left two guards hurt.", '2021-03-05', 'Friday'],
    // unless the sentence speaks of the future
    ['The council will vote on the plan on Thursday.', '2021-03-11', 'on Thursday'],
    ['Delegates meet next Monday in Oslo.', '2021-03-15', 'next Monday'],
    // weeks, as ISO weeks
    ['The militia burned two trucks last week.', '2021-W09', 'last week'],
    ['Strikers blocked the road earlier this week.', '2021-W10', 'earlier this week'],
    [
      'It came less than a week after the bombing of the depot.',
      '2021-W09',
      'less than a week after',
    ],
    // months and years at their precision
    ['The plant shut down in November 2015 after the flood.', '2015-11', 'November 2015'],
    ['He survived a 2006 helicopter crash in the mountains.', '2006', '2006'],
    ['Output has doubled since 1998, the company says.', '1998', '1998'],
    // month and day without a year: the year that puts it nearest the article date
    ['Troops entered the town on Feb. 27.', '2021-02-27', 'Feb. 27'],
    ['The ceasefire began Dec. 30.', '2020-12-30', 'Dec. 30'],
    ['Voting is set for April 2.', '2021-04-02', 'April 2'],
    // relative days
    ['Gunmen attacked a convoy yesterday near the border.', '2021-03-09', 'yesterday'],
    ['A blast hit the refinery early today.', '2021-03-10', 'today'],
  ])('%s -> %s', (sentence, date, text) => {
    expect(dateOf(sentence)).toEqual([[date, text]]);
  });

  it('finds no date in a sentence without one, nor in counts that look like years', () => {
    expect(dateOf('The guards arrested the smugglers near the river.')).toEqual([]);
    expect(dateOf('The firm sold 2015 tonnes of copper and hired 1999 workers.')).toEqual([]);
    expect(dateOf('Prices are now at their highest.')).toEqual([]);
  });

  it('marks a date that follows a reporting verb as the date of the statement', () => {
    const [d] = findDates('The army said Tuesday that rebels had shelled the city.', REF);
    expect(d).toMatchObject({ date: '2021-03-09', reported: true });
  });

  it('without an article date keeps only absolute dates', () => {
    const found = findDates('Rebels shelled the port on Monday in November 2015.', undefined);
    expect(found.map((d) => [d.date, d.text])).toEqual([['2015-11', 'November 2015']]);
  });

  it('numbers ISO weeks across a year end', () => {
    expect(isoWeek(new Date(Date.UTC(2019, 11, 30)))).toBe('2020-W01');
    expect(isoWeek(new Date(Date.UTC(2021, 0, 3)))).toBe('2020-W53');
  });
});

describe('evidence dates in the extraction and the graph', () => {
  const text = [
    'date 2021-03-10',
    'Colonel Ilse Marrow commanded the Ninth Brigade.',
    'In a 2014 raid, the Ninth Brigade attacked the Red Hand Front.',
    'On Monday, the Ninth Brigade attacked the Red Hand Front again.',
  ].join('\n');

  it('dates each evidence item from its sentence, or from the article marked as such', () => {
    const x = extract({ id: 'a.txt', text: text.slice(16), hash: 'h', date: '2021-03-10' });
    const ev = x.relations.map((r) => [r.type, r.evidence.date, r.evidence.dateSource]);
    expect(ev).toContainEqual(['COMMANDED', '2021-03-10', 'article']);
    expect(ev).toContainEqual(['ATTACKED', '2014', 'text']);
    expect(ev).toContainEqual(['ATTACKED', '2021-03-08', 'text']);
    const monday = x.relations.find((r) => r.evidence.date === '2021-03-08');
    expect(monday?.evidence.dateText).toBe('On Monday');

    const g = buildGraph([x]);
    const attacked = g.findEdge((_e, a) => a.type === 'ATTACKED');
    expect(attacked && g.getEdgeAttributes(attacked)).toMatchObject({
      firstDate: '2014',
      lastDate: '2021-03-08',
    });
  });
});
