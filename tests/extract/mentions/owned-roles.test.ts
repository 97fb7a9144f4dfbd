import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('a name an owner\'s role follows: "X, Japan\'s prime minister"', () => {
  it('types the opening name as the person who holds the role', () => {
    const r = run("Tomohiro Saiki, Japan's prime minister, said the talks would go on.");
    expect(r.entities).toContain('Person:Tomohiro Saiki');
    expect(r.entities).not.toContain('Location:Tomohiro Saiki');
    expect(r.relations).not.toContain('Tomohiro Saiki LOCATED_IN Japan');
  });

  it('reads a role with words before it and a place after "to"', () => {
    expect(
      run("Oyelaran Adebayo, Nigeria's oil minister, said output would rise.").entities,
    ).toContain('Person:Oyelaran Adebayo');
    expect(run("Kwame Asante, Ghana's ambassador to Britain, was recalled.").entities).toContain(
      'Person:Kwame Asante',
    );
  });

  it('leaves a town, a firm and a dateline alone', () => {
    const town = run("Ministers met in Lagos, Nigeria's largest city, on Monday.");
    expect(town.entities).toContain('Location:Lagos');
    const firm = run("Toyota Motor Corp, Japan's biggest carmaker, raised prices.");
    expect(firm.entities).toContain('Organization:Toyota Motor Corp');
    const line = run('KARBALA, Iraq (AP) - Pilgrims gathered on Friday.');
    expect(line.entities).toContain('Location:KARBALA');
  });
});
