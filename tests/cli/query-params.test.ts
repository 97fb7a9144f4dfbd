import { describe, expect, it } from 'vitest';
import { formatRows } from '../../src/cli/format-rows.js';
import { parseShard } from '../../src/cli/ingest.js';
import { declaredParams, parseParam } from '../../src/cli/query.js';

describe('query parameters, saved-query defaults, shards and row formats', () => {
  it('parses --param values as JSON when they are JSON, else as text', () => {
    expect(parseParam('limit=10')).toEqual(['limit', 10]);
    expect(parseParam('name=Qassem Soleimani')).toEqual(['name', 'Qassem Soleimani']);
    expect(parseParam('ids=["a","b"]')).toEqual(['ids', ['a', 'b']]);
    expect(parseParam('q=a=b')).toEqual(['q', 'a=b']);
    expect(() => parseParam('novalue')).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  it('reads the defaults a saved query declares in its header', () => {
    expect(declaredParams('// @param name=Iran\n// @param limit=5\nMATCH (n) RETURN n')).toEqual({
      name: 'Iran',
      limit: 5,
    });
  });

  it('takes --shard as 1-based i/n', () => {
    expect(parseShard('1/2')).toEqual({ index: 0, count: 2 });
    expect(parseShard('2/2')).toEqual({ index: 1, count: 2 });
    for (const bad of ['0/2', '3/2', '1', 'a/b'])
      expect(() => parseShard(bad)).toThrow(expect.objectContaining({ code: 'USAGE' }));
  });

  it('writes CSV that spreadsheets read as data, quoting commas, quotes and formulas', () => {
    const csv = formatRows(['a', 'b'], [{ a: 'x, "y"', b: '=HYPERLINK("evil")' }], 'csv');
    expect(csv).toBe('a,b\n"x, ""y""","\'=HYPERLINK(""evil"")"\n');
  });

  it('prints a table with one line per row and a row count', () => {
    const table = formatRows(
      ['name', 'n'],
      [
        { name: 'Iran', n: 3 },
        { name: 'Iraq\nBaghdad', n: null },
      ],
      'table',
    );
    expect(table.trim().split('\n')).toHaveLength(5);
    expect(table).toContain('(2 rows)');
  });
});
