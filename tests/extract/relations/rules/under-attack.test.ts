import { describe, expect, it } from 'vitest';
import { underAttack } from '../../../../src/extract/relations/rules/under-attack.js';
import { runRule } from '../helpers.js';

const run = (text: string) => runRule(underAttack, text);

describe('under-attack: "Y came under attack from X"', () => {
  it('makes the one after "from" the attacker of the subject, and names itself', () => {
    const r = run('Port Veyra came under attack from the Sahel Front on Monday.');
    expect(r.relations).toEqual(['Sahel Front ATTACKED Port Veyra']);
    expect(r.rules).toEqual(['under-attack']);
  });

  it('reads a name before the event noun', () => {
    expect(run('Port Veyra came under Norland attack on Monday.').relations).toEqual([
      'Norland ATTACKED Port Veyra',
    ]);
  });

  it('draws nothing without a named attacker', () => {
    expect(run('Port Veyra is under attack.').relations).toEqual([]);
    expect(run('Tom Reed came under attack from critics in Norland.').relations).toEqual([]);
  });
});

describe('the token-window verb cue after "under"', () => {
  it('does not read "under attack" as a verb whose subject attacks', async () => {
    const { analyse } = await import('../../../../src/extract/extract.js');
    const { clusters, found } = analyse('Port Veyra came under attack from the Sahel Front.');
    const name = (i: number) => clusters[i]?.name;
    expect(found.map((r) => `${name(r.source)} ${r.type} ${name(r.target)}`)).not.toContain(
      'Port Veyra ATTACKED Sahel Front',
    );
  });
});
