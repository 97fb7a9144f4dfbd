import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a programme that speaks is the agency running it', () => {
  it('keeps "World Food Programme said" as an organisation', () => {
    const r = run('The World Food Programme said it would cut rations to 300,000 people.');
    expect(r.entities).toContain('Organization:World Food Programme');
  });

  it('leaves a plan or programme that does not speak out of the graph', () => {
    const r = run('The Marshall Plan helped Europe recover after the war.');
    expect(r.entities.some((e: string) => e.endsWith(':Marshall Plan'))).toBe(false);
  });
});
