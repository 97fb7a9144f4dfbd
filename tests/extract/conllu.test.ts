import { describe, expect, it } from 'vitest';
import { readConllu } from '../../src/extract/syntax/conllu.js';

// Written for this test, in the treebank's format: a multiword token (3-4),
// an empty node (5.1) and comments.
const SNIPPET = [
  '# newdoc id = test-doc',
  '# sent_id = test-1',
  "# text = She didn't go.",
  '1\tShe\tshe\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_',
  "2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_",
  '2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t4:aux\t_',
  "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_",
  '4\tgo\tgo\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No',
  '4.1\tgone\tgo\tVERB\tVBN\t_\t_\t_\t4:conj\t_',
  '5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_',
  '',
  '# sent_id = test-2',
  '1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_',
  '2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No',
  '3\t!\t!\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

describe('readConllu', () => {
  it('reads words, multiword ranges and comments, and skips empty nodes', () => {
    const [s, t] = readConllu(SNIPPET);
    expect(s?.text).toBe("She didn't go.");
    expect(s?.comments).toEqual([
      'newdoc id = test-doc',
      'sent_id = test-1',
      "text = She didn't go.",
    ]);
    expect(s?.words.map((w) => w.form)).toEqual(['She', 'did', "n't", 'go', '.']);
    expect(s?.words.map((w) => w.head)).toEqual([4, 4, 4, 0, 4]);
    expect(s?.words[2]).toMatchObject({ id: 3, lemma: 'not', upos: 'PART', deprel: 'advmod' });
    expect(s?.ranges).toEqual([{ first: 2, last: 3, form: "didn't", misc: '_' }]);
    // No `# text`: the words joined as SpaceAfter says.
    expect(t?.text).toBe('Rain fell!');
    expect(t?.ranges).toEqual([]);
  });

  it('reads Windows line ends, and names the line of a malformed word', () => {
    expect(readConllu(SNIPPET.replaceAll('\n', '\r\n'))).toEqual(readConllu(SNIPPET));
    expect(() => readConllu('1\tShe\tshe\n')).toThrow(/line 1/);
  });
});
