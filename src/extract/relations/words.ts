import { readFileSync } from 'node:fs';
import { InvalidInputError } from '../../errors.js';
import { ENTITY_TYPES, type EntityType, isRelationType, type RelationType } from '../types.js';

/**
 * The word tables of the relation rules, read once from
 * data/relation-words.json: the closed-class words around the cues
 * (prepositions, determiners, relative pronouns...), the role nouns that lead
 * a country, and what "X of Y" means for two names' types. Words are data:
 * editing a list needs no code, and the extractor stamp covers the file.
 */
export interface RelationWords {
  prepositions: ReadonlySet<string>;
  be: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  relativePronouns: ReadonlySet<string>;
  charged: ReadonlySet<string>;
  phraseWords: ReadonlySet<string>;
  placeNouns: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  pronouns: ReadonlyMap<string, readonly EntityType[]>;
  notBeforeVerbCue: ReadonlySet<string>;
  roleStops: ReadonlySet<string>;
  /** First words of a role that serves under the head ("vice president", "deputy leader"). */
  secondInCommand: ReadonlySet<string>;
  /** Nouns for a site of a group, not its base ("GM's Van Nuys plant"). */
  siteNouns: ReadonlySet<string>;
  /** Nouns that stand for a whole group in a role phrase ("chairman of the board of Y"). */
  wholeGroupNouns: ReadonlySet<string>;
  rolePrepositions: ReadonlySet<string>;
  orgPrepositions: ReadonlySet<string>;
  treeRolePrepositions: ReadonlySet<string>;
  leadsCountry: ReadonlySet<string>;
  patientPrepositions: ReadonlySet<string>;
  objectControlMarkers: ReadonlySet<string>;
  treeRelativePronouns: ReadonlySet<string>;
  facilityNouns: ReadonlySet<string>;
  possessedKillingNouns: ReadonlySet<string>;
  /** Nouns of a group's hands ("gunmen from X killed Y": X is the doer), and their prepositions. */
  agentGroupNouns: ReadonlySet<string>;
  agentGroupPrepositions: ReadonlySet<string>;
  /** Words that make the subject before a killing noun its killer ("serving ... for the murder of"). */
  killerWords: ReadonlySet<string>;
  /** A name a cue verb reaches only across one of these is where, not whom ("attacked positions in X"). */
  locativePrepositions: ReadonlySet<string>;
  /** Nouns that make a place someone's home ("her native Georgia"). */
  homeNouns: ReadonlySet<string>;
  /** Possessive pronouns whose owner the home-of rule finds as a clause subject. */
  homePossessives: ReadonlySet<string>;
  /** Subject pronouns an agent may be, read as the named subject of the clause above ("X said he killed Y"). */
  subjectPronouns: ReadonlySet<string>;
  /** Object pronouns a cue verb's patient may be, read as the named subject of the clause above ("Y turned, and X shot him"). */
  objectPronouns: ReadonlySet<string>;
  /** Nouns that make a group named after a country one of its state bodies ("Chinese Government"). */
  stateNouns: ReadonlySet<string>;
  /** Prepositions of the cue a "where" clause stands for ("Y, where X was born": "born in"). */
  wherePrepositions: ReadonlySet<string>;
  /** Spans of time a verb takes before its cue preposition ("served 24 years in"). */
  durationNouns: ReadonlySet<string>;
  /** Verbs that give someone a role ("was named chairman of", "made X president of"). */
  appointVerbs: ReadonlySet<string>;
  /** Of those, the ones whose subject takes the role ("X became chairman of"). */
  becomeVerbs: ReadonlySet<string>;
  /** Nouns whose deed, a gerund after them, is done by the subject of their verb ("pleaded guilty to killing"). */
  deedNouns: ReadonlySet<string>;
  /** The prepositions that mark such a gerund ("of killing", "for attacking"). */
  gerundMarkers: ReadonlySet<string>;
  /** Nouns that say what kind of place the name after "of" is ("the Iraqi city of Mosul"). */
  placeKindNouns: ReadonlySet<string>;
  /** Nouns that make the name before them part of the place after "of" ("the X section of Y"). */
  placePartNouns: ReadonlySet<string>;
  /** Words that open a coordination ("Both X and Y were born"). */
  preconjunctions: ReadonlySet<string>;
  /** Kind nouns that do so too before a country or state ("the Kivu region of Zaire"). */
  subdivisionNouns: ReadonlySet<string>;
  /** Possessives whose owner is the named group subject above ("Acme said its chairman, X, ..."). */
  groupPossessives: ReadonlySet<string>;
  /** Prepositions that put the role on a verb that gives one ("X was promoted to president"). */
  appointRolePrepositions: ReadonlySet<string>;
  /** Verbs whose object comes to work for their subject ("Acme hired X"). */
  hireVerbs: ReadonlySet<string>;
  /** Nouns of people a demonym makes a nationality, not the state ("the Salvadoran people"). */
  peopleNouns: ReadonlySet<string>;
  /** The words of being born ("born"). */
  birthVerbs: ReadonlySet<string>;
  /** Prepositions that put a birthplace on them ("born near X", "born in a cabin in X"). */
  birthPrepositions: ReadonlySet<string>;
  /** Verbs of violence that kill when made deadly ("stabbed X to death", "fatally stabbed X"). */
  violenceVerbs: ReadonlySet<string>;
  /** What "to" makes a verb's end ("to death"). */
  deathNouns: ReadonlySet<string>;
  /** Adverbs that make a verb of violence a killing ("fatally", "mortally"). */
  fatalAdverbs: ReadonlySet<string>;
  /** Words that put a role noun on a verb ("resigned as president of Y"). */
  asMarkers: ReadonlySet<string>;
  /** Verbs of taking, holding or leaving a post, whose "as" role is held ("resigned as", "served as"). */
  asRoleVerbs: ReadonlySet<string>;
  /** Verbs whose subject, not their object, takes the role after "as" ("X will succeed Z as chairman"). */
  asSubjectVerbs: ReadonlySet<string>;
  /** Nouns of where a group sits ("Acme's headquarters in Denver"). */
  seatNouns: ReadonlySet<string>;
  /** Verbs that move a seat ("moved its headquarters to Denver"). */
  seatMoveVerbs: ReadonlySet<string>;
  /** Prepositions naming the doer of an event noun after "under" ("came under attack from X"). */
  underAgentPrepositions: ReadonlySet<string>;
  /** Verbs of dying ("X died in an attack by Y"). */
  deathVerbs: ReadonlySet<string>;
  /** Prepositions that put a death in an event ("died in an airstrike", "during a raid"). */
  deathEventPrepositions: ReadonlySet<string>;
  /** Relation types whose verb cues only the tree rules read ("a team led by X" misread in a window). */
  treeOnlyRelations: ReadonlySet<RelationType>;
  /** Relation types whose verb cue followed by "to" takes an infinitive ("threatened to emulate X"). */
  infinitiveCueRelations: ReadonlySet<RelationType>;
  /** Roles that command only a force; at another group they are work for it ("White House chief of staff"). */
  forceOnlyRoles: ReadonlySet<string>;
  /** Verbs through which the pair model may read work for a group ("X, who heads Acme's research"). */
  workVerbs: ReadonlySet<string>;
  /** Verbs of where one dwells or works, through which the pair model may still read a home. */
  homeVerbs: ReadonlySet<string>;
  /** Nouns of a stay that is not a home ("talks", "tour", "meeting"). */
  visitNouns: ReadonlySet<string>;
  /** Verbs whose object is who is told ("X told Reuters"), not a party to what is said. */
  tellVerbs: ReadonlySet<string>;
  /** Nouns after a possessed name that keep it the possessor's ("Textron's Bell Helicopter unit"). */
  ownedPartNouns: ReadonlySet<string>;
  /**
   * Nouns after a group a country possesses that make the group a body the
   * country takes part in, not one based there ("Chile's GATT membership",
   * "Iraq's OPEC quota", "Poland's IMF loan").
   */
  partakingNouns: ReadonlySet<string>;
  /** Nouns of a country's post abroad: "Britain's embassy" does not lie in Britain. */
  missionNouns: ReadonlySet<string>;
  /**
   * Prepositions that put a place in the scene a sentence opens with ("In Colorado, snow fell
   * in Denver", "east of the Cascades"): window/place-frame.ts.
   */
  framePrepositions: ReadonlySet<string>;
  /** Words before "in" that name a group's seat ("based in", "its headquarters in"): seat-state.ts. */
  seatWords: ReadonlySet<string>;
  /** The continents, which lie in no other place ("Europe, Africa and the Middle East"): outside-place.ts. */
  continents: ReadonlySet<string>;
  /** Nouns after a demonym that make it a language ("a Chinese language daily"): window/appositive.ts. */
  languageNouns: ReadonlySet<string>;
  /** Verbs of a charge, trial or sentence whose "for"/"in" phrase names the deed ("charged in the slaying of Y"). */
  chargeVerbs: ReadonlySet<string>;
  /** Of those, and of the deed nouns, the ones that only allege the deed ("indicted", "charges"). */
  allegedCharges: ReadonlySet<string>;
  /** Prepositions through which a deed hangs on its charge ("for the murder of", "in the slaying of"). */
  chargeMarkers: ReadonlySet<string>;
  /** Words that make a deed only tried ("the attempted murder of Y", "charged with trying to kill Y"). */
  attemptWords: ReadonlySet<string>;
  /** Verbs whose object is the means of the clause after it, not its agent ("used a rifle to kill Y"). */
  instrumentVerbs: ReadonlySet<string>;
  /** Nouns of interviewing: the group "with" one asks, it is no party ("an interview with Reuters"). */
  interviewNouns: ReadonlySet<string>;
  /** Nouns for one member of a party: a name ending in one describes a person ("a Texas Democrat"). */
  partyMemberNouns: ReadonlySet<string>;
  /** Nouns of a part of a place by its direction ("in the north of Y"). */
  compassNouns: ReadonlySet<string>;
  /** Words that make a leading role the head of one part of a group ("ICI financial director"). */
  departmentWords: ReadonlySet<string>;
  /** Leading roles a group has several holders of at once ("a director of Salomon"). */
  sharedRoles: ReadonlySet<string>;
  /** Nouns of a body of several members ("Federal Reserve Board Governor X" is one of them). */
  collegialNouns: ReadonlySet<string>;
  /** Posts held abroad: the name after a host preposition is the host ("ambassador to Cuba"). */
  hostRoles: ReadonlySet<string>;
  /** The prepositions that name the host of such a post ("to", "in"). */
  hostPrepositions: ReadonlySet<string>;
  /** -ing words that describe the titled person after them ("striking Delta pilot X"). */
  describingGerunds: ReadonlySet<string>;
  /**
   * People a group serves or holds, not its staff: "X, a mental patient at Y
   * Hospital" does not work for the hospital.
   */
  servedNouns: ReadonlySet<string>;
  /** Participles that put the noun before them in the place after them ("Q mart based in Flint"). */
  placingParticiples: ReadonlySet<string>;
  /** "Person>Organization" -> preposition -> relation type. */
  nameOfName: ReadonlyMap<string, ReadonlyMap<string, RelationType>>;
}

const FILE = 'data/relation-words.json';

/** Parses the word tables; a missing list or an unknown type is an error that names the file and key. */
export function parseRelationWords(raw: unknown): RelationWords {
  const o = (raw ?? {}) as Record<string, unknown>;
  const list = (key: string): ReadonlySet<string> => {
    const v = o[key];
    if (!Array.isArray(v) || !v.every((w) => typeof w === 'string'))
      throw new InvalidInputError(`${FILE}: "${key}" must be a list of words`);
    return new Set(v as string[]);
  };
  const table = (key: string) => {
    const v = o[key];
    if (!v || typeof v !== 'object' || Array.isArray(v))
      throw new InvalidInputError(`${FILE}: "${key}" must be an object`);
    return Object.entries(v as Record<string, unknown>);
  };
  // Maps, not object literals: a word of the text ("constructor") must never find a prototype property.
  const pronouns = new Map<string, EntityType[]>();
  for (const [w, types] of table('pronouns')) {
    const ok = Array.isArray(types) && types.every((t) => ENTITY_TYPES.includes(t as EntityType));
    if (!ok) throw new InvalidInputError(`${FILE}: pronoun "${w}" names an unknown entity type`);
    pronouns.set(w, types as EntityType[]);
  }
  const nameOfName = new Map<string, Map<string, RelationType>>();
  for (const [pair, preps] of table('nameOfName')) {
    const m = new Map<string, RelationType>();
    for (const [prep, rel] of Object.entries(preps as Record<string, string>)) {
      if (!isRelationType(rel))
        throw new InvalidInputError(`${FILE}: "${rel}" is not a relation type of the vocabulary`);
      m.set(prep, rel);
    }
    nameOfName.set(pair, m);
  }
  const treeOnly = list('treeOnlyRelations');
  const infinitive = list('infinitiveCueRelations');
  for (const rel of [...treeOnly, ...infinitive])
    if (!isRelationType(rel))
      throw new InvalidInputError(`${FILE}: "${rel}" is not a relation type of the vocabulary`);
  return {
    prepositions: list('prepositions'),
    be: list('be'),
    determiners: list('determiners'),
    subordinators: list('subordinators'),
    relativePronouns: list('relativePronouns'),
    charged: list('charged'),
    phraseWords: list('phraseWords'),
    placeNouns: list('placeNouns'),
    adverbs: list('adverbs'),
    pronouns,
    notBeforeVerbCue: list('notBeforeVerbCue'),
    roleStops: list('roleStops'),
    secondInCommand: list('secondInCommand'),
    siteNouns: list('siteNouns'),
    wholeGroupNouns: list('wholeGroupNouns'),
    rolePrepositions: list('rolePrepositions'),
    orgPrepositions: list('orgPrepositions'),
    treeRolePrepositions: list('treeRolePrepositions'),
    leadsCountry: list('leadsCountry'),
    patientPrepositions: list('patientPrepositions'),
    objectControlMarkers: list('objectControlMarkers'),
    treeRelativePronouns: list('treeRelativePronouns'),
    facilityNouns: list('facilityNouns'),
    possessedKillingNouns: list('possessedKillingNouns'),
    killerWords: list('killerWords'),
    agentGroupNouns: list('agentGroupNouns'),
    agentGroupPrepositions: list('agentGroupPrepositions'),
    locativePrepositions: list('locativePrepositions'),
    homeNouns: list('homeNouns'),
    homePossessives: list('homePossessives'),
    appointVerbs: list('appointVerbs'),
    durationNouns: list('durationNouns'),
    wherePrepositions: list('wherePrepositions'),
    stateNouns: list('stateNouns'),
    subjectPronouns: list('subjectPronouns'),
    objectPronouns: list('objectPronouns'),
    becomeVerbs: list('becomeVerbs'),
    deedNouns: list('deedNouns'),
    gerundMarkers: list('gerundMarkers'),
    placeKindNouns: list('placeKindNouns'),
    placePartNouns: list('placePartNouns'),
    subdivisionNouns: list('subdivisionNouns'),
    preconjunctions: list('preconjunctions'),
    groupPossessives: list('groupPossessives'),
    peopleNouns: list('peopleNouns'),
    appointRolePrepositions: list('appointRolePrepositions'),
    hireVerbs: list('hireVerbs'),
    birthVerbs: list('birthVerbs'),
    birthPrepositions: list('birthPrepositions'),
    violenceVerbs: list('violenceVerbs'),
    deathNouns: list('deathNouns'),
    fatalAdverbs: list('fatalAdverbs'),
    asMarkers: list('asMarkers'),
    asRoleVerbs: list('asRoleVerbs'),
    seatNouns: list('seatNouns'),
    seatMoveVerbs: list('seatMoveVerbs'),
    underAgentPrepositions: list('underAgentPrepositions'),
    treeOnlyRelations: treeOnly as ReadonlySet<RelationType>,
    infinitiveCueRelations: infinitive as ReadonlySet<RelationType>,
    forceOnlyRoles: list('forceOnlyRoles'),
    workVerbs: list('workVerbs'),
    homeVerbs: list('homeVerbs'),
    visitNouns: list('visitNouns'),
    tellVerbs: list('tellVerbs'),
    ownedPartNouns: list('ownedPartNouns'),
    partakingNouns: list('partakingNouns'),
    missionNouns: list('missionNouns'),
    framePrepositions: list('framePrepositions'),
    seatWords: list('seatWords'),
    continents: list('continents'),
    languageNouns: list('languageNouns'),
    chargeVerbs: list('chargeVerbs'),
    allegedCharges: list('allegedCharges'),
    chargeMarkers: list('chargeMarkers'),
    attemptWords: list('attemptWords'),
    instrumentVerbs: list('instrumentVerbs'),
    interviewNouns: list('interviewNouns'),
    partyMemberNouns: list('partyMemberNouns'),
    compassNouns: list('compassNouns'),
    departmentWords: list('departmentWords'),
    sharedRoles: list('sharedRoles'),
    collegialNouns: list('collegialNouns'),
    hostRoles: list('hostRoles'),
    hostPrepositions: list('hostPrepositions'),
    describingGerunds: list('describingGerunds'),
    deathVerbs: list('deathVerbs'),
    deathEventPrepositions: list('deathEventPrepositions'),
    asSubjectVerbs: list('asSubjectVerbs'),
    servedNouns: list('servedNouns'),
    placingParticiples: list('placingParticiples'),
    nameOfName,
  };
}

/** The shipped word tables, read on first import. */
export const WORDS: RelationWords = parseRelationWords(
  JSON.parse(readFileSync(new URL(`../../../${FILE}`, import.meta.url), 'utf8')),
);
