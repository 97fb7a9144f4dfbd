import { describe, expect, it } from 'vitest';
import { run } from './helpers.js';

describe('relations by phrasing class', () => {
  it('active voice: subject verb object', () => {
    const r = run('The Chilean army attacked Peru on Monday.');
    expect(r.relations).toContain('Chilean military ATTACKED Peru');
  });

  it('passive voice with a distant agent: "was shot dead ... by"', () => {
    const r = run('Hector Valdane was shot dead in Port Lorne on Friday by Marcus Trell.');
    expect(r.relations).toContain('Marcus Trell KILLED Hector Valdane');
  });

  it('a relative clause keeps the subject: "X, who assassinated Y"', () => {
    const r = run('Jonas Keller, who assassinated Governor Paul Ruiz, was arrested.');
    expect(r.relations).toContain('Jonas Keller KILLED Paul Ruiz');
  });

  it('a subordinate clause has its own subject', () => {
    const r = run('Chilean jets struck Arica after Sahel militants fired rockets at Tacna.');
    expect(r.relations).toContain('Sahel ATTACKED Tacna');
    expect(r.relations).not.toContain('Arica ATTACKED Tacna');
  });

  it('a negated verb states nothing, but the denial is kept, marked negated', () => {
    const r = run('Marcus Trell did not attack Hector Valdane.');
    expect(r.relations.filter((x) => x.includes('ATTACKED'))).toEqual([]);
    expect(r.negated).toContain('Marcus Trell ATTACKED Hector Valdane');
  });

  it('appositive role: "X, the commander of Y" and "X, a spokesman for Y"', () => {
    const r = run(
      'Gen. Anton Brask, the commander of the Northern Guard, spoke. Lena Ortiz, a spokeswoman for the Harbor Authority, agreed.',
    );
    expect(r.relations).toContain('Anton Brask COMMANDED Northern Guard');
    expect(r.relations).toContain('Lena Ortiz WORKS_FOR Harbor Authority');
  });

  it('title before the name: "Ruritanian President X" leads the country, the title is an attribute', () => {
    const r = run('France said French President Jean Dumont would visit Germany.');
    expect(r.relations).toContain('Jean Dumont LEADS France');
    expect(r.entity('Jean Dumont')?.titles).toContain('President');
  });

  it("possessive: a country's force is a member of it; a city's district lies in it", () => {
    const r = run("Sweden's Coastal Brigade patrolled near Stockholm's Old Harbor District.");
    expect(r.relations).toContain('Coastal Brigade MEMBER_OF Sweden');
    expect(r.relations).toContain('Old Harbor District LOCATED_IN Stockholm');
  });

  it('compound: "Iran-backed X" style support, "Chicago-based" style base', () => {
    const r = run(
      'The Chad-backed Sahel Front claimed the raid. Denver-based Apex Mining Corp. denied it.',
    );
    expect(r.relations).toContain('Chad SUPPORTS Sahel Front');
    expect(r.relations).toContain('Apex Mining Corp. BASED_IN Denver');
  });

  it('coordination: "A and B of C" gives both A and B', () => {
    const r = run('Reporting by Anna Lind and Peter Holm of the Daily Courier.');
    expect(r.relations).toContain('Anna Lind WORKS_FOR Daily Courier');
    expect(r.relations).toContain('Peter Holm WORKS_FOR Daily Courier');
  });

  it('"City, State" and "the X city of Y" place one location in another', () => {
    const r = run('He lives in Dayton, Ohio, and was born in the Italian city of Verona.');
    expect(r.relations).toContain('Dayton LOCATED_IN Ohio');
    expect(r.relations).toContain('Verona LOCATED_IN Italy');
  });

  it('a person "of" a place lives there: "X, 29, of Y"', () => {
    const r = run('Maria Chen, 29, of Springfield, was injured.');
    expect(r.relations).toContain('Maria Chen LIVES_IN Springfield');
  });

  it('reported speech: "X said Y warned Z" makes Y the one who warned', () => {
    const r = run('Officials said Chancellor Otto Weber warned Russia on Tuesday.');
    expect(r.relations).toContain('Otto Weber WARNED Russia');
  });

  it('ordered and deployed: "X ordered a unit ... to Y"', () => {
    const r = run(
      'The ministry ordered the 3rd Mountain Brigade stationed at Fort Hale to Poland.',
    );
    expect(r.relations).toContain('3rd Mountain Brigade DEPLOYED_TO Poland');
    expect(r.relations).toContain('3rd Mountain Brigade BASED_IN Fort Hale');
  });

  it('a described subject is named in the next sentence: "an adviser to X warned Y ... Z wrote"', () => {
    const r = run(
      'An adviser to Premier Ivo Markov warned Greece on Monday. "This is a mistake," Dara Petrova wrote online.',
    );
    expect(r.relations).toContain('Dara Petrova WARNED Greece');
    expect(r.relations).toContain('Dara Petrova WORKS_FOR Ivo Markov');
  });

  it('a pronoun subject takes the name of the sentence before', () => {
    const r = run('The Harbor Authority spoke on Monday. It also accused Victor Lamb of fraud.');
    expect(r.relations).toContain('Harbor Authority ACCUSED Victor Lamb');
  });

  it('every relation carries the sentence that states it, with exact offsets', () => {
    const text = 'Nothing here. Marcus Trell attacked Hector Valdane in Lyon.';
    const r = run(text);
    expect(r.x.relations.length).toBeGreaterThan(0);
    for (const rel of r.x.relations) {
      expect(text.slice(rel.evidence.start, rel.evidence.end)).toBe(rel.evidence.text);
      expect(rel.evidence.text).toContain('attacked');
    }
  });
  it('reads a job noun after a copula as working for the organisation', () => {
    const r = run('Joseph Vale, 58, was acting comptroller at Acme Corp. when he left.');
    expect(r.relations).toContain('Joseph Vale WORKS_FOR Acme Corp.');
  });

  it('drops a qualifier before a country in a title phrase', () => {
    const r = run(
      'Former Veldoran first lady Ana Ruiz topped the list. Former Kenya first lady Mary Oto spoke.',
    );
    expect(r.entities).toContain('Location:Kenya');
    expect(r.relations).toContain('Mary Oto LIVES_IN Kenya');
  });
  it('splits a title inside a run after an acronym or a head before "of"', () => {
    const r = run(
      'FAA Administrator Alan Pike said so. Department of Public Works Chairman Rosa Lind agreed.',
    );
    expect(r.relations).toEqual(
      expect.arrayContaining(['Alan Pike LEADS FAA', 'Rosa Lind LEADS Department of Public Works']),
    );
  });
});

describe('words that are also JavaScript property names', () => {
  it('reads "constructor", "valueOf" and "__proto__" like any other word', () => {
    const text = (w: string[]) =>
      `The ${w[0]} of the bridge, Dana Holt, met Omar Said in Paris. ` +
      `He said the ${w[1]} and ${w[2]} of the killing stayed. Said was killed by Holt.`;
    const odd = run(text(['constructor', 'valueOf', '__proto__']));
    const plain = run(text(['builder', 'value', 'proto']));
    expect(odd.entities).toEqual(plain.entities);
    expect(odd.entities).toEqual(expect.arrayContaining(['Person:Dana Holt', 'Location:Paris']));
    expect(odd.relations).toEqual(plain.relations);
  });
});
