import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

const story = (body: string) => `RUGBY LEAGUE - WIGAN SIGN CENTRE\n\nLONDON 1996-12-12\n\n${body}`;

describe("a town in a team sport's story", () => {
  it('types a town named without a game verb a club', () => {
    const r = run(
      story(
        'Wigan have signed centre Tony Arama on a three-year contract. Arama will make his debut against Halifax on Boxing Day. Leeds and Castleford had also wanted the player.',
      ),
    );
    expect(r.entities).toEqual(
      expect.arrayContaining([
        'Organization:Halifax',
        'Organization:Leeds',
        'Organization:Castleford',
      ]),
    );
  });

  it('keeps a town after a preposition of place, in the dateline and before its state a place', () => {
    const r = run(
      `ICE HOCKEY - DEVILS BLANK CANADIENS\n\nEAST RUTHERFORD, New Jersey 1996-12-12\n\nThe New Jersey Devils beat Montreal 3-0 on Wednesday. The club will play its next game in Pittsburgh on Friday.`,
    );
    expect(r.entities).toEqual(
      expect.arrayContaining(['Location:New Jersey', 'Location:Pittsburgh']),
    );
    expect(r.entities).not.toContain('Organization:Pittsburgh');
    expect(r.entities).not.toContain('Organization:New Jersey');
  });

  it('leaves towns places outside a team sport', () => {
    const r = run(
      'FIRE KILLS SIX\n\nLONDON 1996-12-12\n\nLeeds and Castleford councils opened shelters for the residents.',
    );
    expect(r.entities).not.toContain('Organization:Leeds');
  });
});
