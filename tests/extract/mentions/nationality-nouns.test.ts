import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('nationality words stay outside names', () => {
  it('leaves "Frenchman" and "Spaniard" out of the person they introduce', () => {
    expect(run('Frenchman Jean Alesi won the race on Sunday.').entities).toContain(
      'Person:Jean Alesi',
    );
    expect(run('Dutchman Ruud Gullit scored twice.').entities).toContain('Person:Ruud Gullit');
    const r = run('Spaniard Miguel Indurain won the Tour.');
    expect(r.entities).toContain('Person:Miguel Indurain');
    expect(r.entities.some((e) => e.includes('Spaniard'))).toBe(false);
  });

  it('reads Turkey, "Turkish" and "Turks" as one country named Turkey', () => {
    const r = run('Turkish troops crossed into Iraq. Turkey said the Turks would stay.');
    expect(r.entity('Turkey')?.type).toBe('Location');
    expect(r.entities.filter((e) => e.startsWith('Location:Tur'))).toEqual(['Location:Turkey']);
  });
});
