import { performance } from 'node:perf_hooks';
import { pageAt } from '../ingest/pages.js';
import type { Document } from '../ingest/types.js';
import { addAnaphors, markAnaphoric } from './coreference/index.js';
import { relationDater } from './dates.js';
import { type Cluster, resolveInDocument } from './entities/in-document.js';
import { type Lexicon, loadLexicon } from './lexicon.js';
import { markAcronymOpeners } from './mentions/acronym-openers.js';
import { keepActingNames } from './mentions/acting-names.js';
import { joinBirthplaceStates } from './mentions/birthplace-state.js';
import { markCityClubs } from './mentions/city-clubs.js';
import { opensClauseAlone } from './mentions/clause-openers.js';
import { echoFirmNames } from './mentions/firm-names.js';
import { retypeFirmSubjects } from './mentions/firm-subjects.js';
import { retypeForeignPapers } from './mentions/foreign-papers.js';
import { retypeGivenFirms } from './mentions/given-firms.js';
import { groupNounEnd } from './mentions/group-nouns.js';
import { retypeHyphenFirms } from './mentions/hyphen-firms.js';
import { retypeInstitutionPlaces } from './mentions/institution-places.js';
import { markItsOwners } from './mentions/its-owners.js';
import { retypeJoinedFirms } from './mentions/joined-firms.js';
import { retypeLoneNames } from './mentions/lone-names.js';
import { markNounLists } from './mentions/noun-lists.js';
import { withoutPeopleNouns } from './mentions/people-nouns.js';
import { echoPublications } from './mentions/publication-names.js';
import { markSeatGovernments } from './mentions/seat-governments.js';
import { retypeSourceSubjects } from './mentions/source-subjects.js';
import { stormNames, withoutStorms } from './mentions/storm-names.js';
import { addTaggedNames } from './mentions/tagged-names.js';
import { markTheSpeakers } from './mentions/the-speakers.js';
import { keepTitledForms } from './mentions/titled-forms.js';
import { retypeVoiceObjects } from './mentions/voice-objects.js';
import { echoWeekdayClubs, joinWeekdayClubs } from './mentions/weekday-clubs.js';
import { PLACE_AFTER } from './mentions/words.js';
import { findMentions } from './mentions.js';
import { placeEntities } from './places.js';
import { modelRelations } from './relation-model.js';
import {
  addSeatStates,
  addTownStates,
  type CueIndex,
  compileCues,
  dropAddresseePairs,
  dropDatelinePairs,
  dropDoubtfulPairs,
  dropFalseEmployers,
  dropFirmPartners,
  dropHeadlinePossessives,
  dropModifierPlaces,
  dropOutsidePlaces,
  type FindOptions,
  type FoundRelation,
  findRelations,
  markStance,
  scopeRoles,
} from './relations/index.js';
import { WORDS } from './relations/words.js';
import type { SentenceContext } from './sentence-context.js';
import { countWords, splitSentences } from './sentences.js';
import { analyser, parseSpan, type SentenceSyntax } from './syntax/index.js';
import { loadCaseModel, truecase } from './text/truecase.js';
import { type Token, tokenize } from './tokenize.js';
import { retype } from './type-model.js';
import type { DocEntity, DocExtraction, DocRelation, Evidence, Mention, Span } from './types.js';

export interface ExtractOptions {
  /** Drop relations whose rule is less sure than this. */
  minConfidence?: number;
  /** Adds the milliseconds spent in in-document resolution, for stage timings. */
  clock?: { resolve: number };
  /** Include each sentence's tokens, tags and tree in the result (`sentences`). */
  syntax?: boolean;
  /** Date each evidence item (dates.ts). */
  dates?: boolean;
  /** Give Location entities coordinates (places.ts). */
  places?: boolean;
  /** Which relation rules run (default: all that the relations index declares); for benchmarks. */
  relations?: FindOptions;
}

export const DEFAULTS: Required<Omit<ExtractOptions, 'clock' | 'relations'>> = {
  minConfidence: 0,
  syntax: false,
  dates: true,
  places: true,
};

const FACILITY_NOUNS = WORDS.facilityNouns;

let compiled: { lex: Lexicon; cues: CueIndex } | undefined;

function lexicon(): { lex: Lexicon; cues: CueIndex } {
  if (!compiled) {
    const lex = loadLexicon();
    compiled = { lex, cues: compileCues(lex) };
  }
  return compiled;
}

/** Builds the lexicons and loads the syntax model now instead of at the first document (a worker does it while the first batch is read). */
export function prepare(): void {
  lexicon();
  analyser();
}

const LOWER_WORD = /^\p{Ll}\p{L}*$/u;
const BEFORE_WORD = /[\p{L}.'’-]$/u;
const LETTER_FIRST = /^\p{L}/u;
const SHOUTED = /^\p{Lu}+$/u;

/**
 * Words the document writes in lower case somewhere: a capitalised sentence
 * opener among them is a common word. A word is looked for when asked (only
 * openers are), not every word of the text collected: it is one when it
 * stands in the text with no letter, period, apostrophe or hyphen before it
 * and no letter after it.
 */
function lowerWords(
  text: string,
  original: string,
  lex: Lexicon,
): Pick<ReadonlySet<string>, 'has'> {
  const known = new Map<string, boolean>();
  const find = (w: string): boolean => {
    if (!LOWER_WORD.test(w)) return false;
    for (let p = text.indexOf(w); p >= 0; p = text.indexOf(w, p + 1))
      if (
        // "MUTUAL OF OMAHA ... OMAHA, Neb.": a place's name a headline shouts and the
        // truecaser lowered is no word the document writes in lower case ("ASSAYS" is one);
        // nor is a word no dictionary has ("JUVENTUS TOP GROUP ... Juventus beat").
        (text === original ||
          !(lex.towns.has(w) || lex.known.has(w) || !dictionaryWord(w, lex)) ||
          !SHOUTED.test(original.slice(p, p + w.length))) &&
        !BEFORE_WORD.test(text.slice(Math.max(0, p - 2), p)) &&
        !LETTER_FIRST.test(text.slice(p + w.length, p + w.length + 2))
      )
        return true;
    return false;
  };
  return {
    has(w: string): boolean {
      let k = known.get(w);
      if (k === undefined) known.set(w, (k = find(w)));
      return k;
    },
  };
}

/** A word of the dictionary, or one of its inflections ("assays", "signed"). */
function dictionaryWord(w: string, lex: Lexicon): boolean {
  return lex.dictionary.has(w) || lex.dictionary.has(w.replace(INFLECTION, ''));
}

const INFLECTION = /(?:e?s|e?d|ing)$/;

/**
 * "Lubbock, Texas" is also a way of writing Lubbock: kept as an alias of the
 * city; so is "Washington, D.C." of Washington (a region's name too).
 */
function placeForms(tokens: Token[], mentions: Mention[], text: string, lex: Lexicon): void {
  for (const a of mentions) {
    if (tokens[a.e]?.text !== ',' || a.votes.Location <= 0 || a.country || a.compound) continue;
    const b = mentions.find(
      (x) =>
        x.s === a.e + 1 &&
        (x.region || x.country) &&
        !x.demonym &&
        (!a.region || x.name === 'District of Columbia'),
    );
    if (b) (a.forms ??= []).push(text.slice(a.start, b.end).replace(/\s+/g, ' '));
  }
  // "the Minox company", "the ANSA news agency": the name with its group noun.
  for (const a of mentions) {
    if (a.votes.Organization <= Math.max(a.votes.Person, a.votes.Location)) continue;
    const end = groupNounEnd(tokens, a, lex);
    const noun = end === undefined ? undefined : tokens[end - 1];
    if (noun) a.groupForm = text.slice(a.start, noun.end).replace(/\s+/g, ' ');
  }
  // "the Upper Nile region", "the Afar district": the name with its place noun.
  for (const a of mentions) {
    const noun = tokens[a.e];
    if (!noun?.word || noun.cap || !PLACE_AFTER.has(noun.lower) || a.votes.Location <= 0) continue;
    const top = Math.max(a.votes.Person, a.votes.Organization);
    if (a.votes.Location > top) (a.forms ??= []).push(text.slice(a.start, noun.end));
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Baghdad's international airport": a facility named by its place. */
function facilityMentions(tokens: Token[], mentions: Mention[]): void {
  const add: Mention[] = [];
  mentions.forEach((a, idx) => {
    const w = tokens[a.e]?.lower;
    if ((w !== "'s" && w !== '’s') || a.votes.Location <= 0 || a.compound) return;
    let k = a.e + 1;
    let adj = '';
    if (tokens[k]?.lower === 'international' || tokens[k]?.lower === 'main') {
      adj = tokens[k]?.lower === 'international' ? 'International ' : '';
      k++;
    }
    const noun = tokens[k];
    if (!noun || !FACILITY_NOUNS.has(noun.lower)) return;
    add.push({
      sent: a.sent,
      s: a.s,
      e: k + 1,
      outer: a.outer,
      text: '',
      start: a.start,
      end: noun.end,
      name: `${a.name} ${adj}${cap(noun.lower)}`,
      votes: { Person: 0, Organization: 0, Location: 6 },
      titles: [],
      facilityOf: idx,
    });
  });
  mentions.push(...add);
}

/** A parse of the truecased text with the original's words (same offsets, same lengths). */
function surface(p: SentenceSyntax, original: string): SentenceSyntax {
  p.text = original.slice(p.start, p.end);
  for (const t of p.tokens) t.text = original.slice(t.start, t.end);
  return p;
}

/**
 * A sentence of readMentions, parsed on first use, once: a sentence no pass
 * asks about costs no parse. The parser reads the truecased text; its tokens
 * show the original's. A class, not an object literal with getters: V8 keeps
 * such a literal's properties in a dictionary, so every read of `tokens` or
 * `mentions` by every pass was a hash lookup.
 */
class LazySentence implements SentenceContext {
  private tree: SentenceSyntax | undefined = undefined;

  constructor(
    readonly index: number,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly tokens: Token[],
    public mentions: Mention[],
    /** The truecased document, which the parser reads. */
    private readonly cased: string,
    /** The original document where truecasing changed it, else ''. */
    private readonly original: string,
  ) {}

  get syntax(): SentenceSyntax {
    this.tree ??= this.original
      ? surface(parseSpan(this.cased, this.start, this.end), this.original)
      : parseSpan(this.cased, this.start, this.end);
    return this.tree;
  }

  get parsed(): boolean {
    return this.tree !== undefined;
  }
}

/**
 * Sentences, tokens and the names found in them, typed by gazetteers, heads
 * and context votes (before the learned typing pass and resolution).
 */
export function readMentions(original: string): SentenceContext[] {
  const { lex } = lexicon();
  // All-capitals and all-lower-case stretches get their case back; same length, so offsets hold.
  const text = truecase(original, { lex, model: loadCaseModel() });
  const lower = lowerWords(text, original, lex);
  // Where nothing was recased the parse's words are the original's already.
  const recased = text !== original;
  const sents: SentenceContext[] = [];
  const split = splitSentences(text).map((s) => ({ s, tokens: tokenize(s.text, s.start) }));
  const capWords = new Set<string>();
  for (const { tokens } of split) {
    const first = tokens.findIndex((t) => t.word);
    tokens.forEach((t, k) => {
      if (
        k > first &&
        t.cap &&
        tokens[k - 1]?.text !== '"' &&
        tokens[k - 1]?.text !== '“' &&
        !opensClauseAlone(tokens, k)
      )
        capWords.add(t.lower);
    });
  }
  // "Hurricane Rita ... Rita weakened": a storm is no person.
  const storms = stormNames(split.map((x) => x.tokens));
  split.forEach(({ s, tokens }, index) => {
    const mentions = withoutStorms(
      findMentions(tokens, index, lex, { lowerWords: lower, capWords, original }),
      tokens,
      storms,
    );
    facilityMentions(tokens, mentions);
    // "Sheffield Wednesday beat Leeds": a club named by a town and a weekday.
    joinWeekdayClubs(tokens, mentions, s.text, lex);
    for (const m of mentions) m.text = original.slice(m.start, m.end);
    sents.push(
      new LazySentence(
        index,
        s.start,
        s.end,
        s.text,
        tokens,
        mentions,
        text,
        recased ? original : '',
      ),
    );
  });
  // "Sheffield Wednesday are third": a weekday club named once is one in every sentence.
  echoWeekdayClubs(sents, original);
  // "the Business Day newspaper ... Business Day said": a publication named with a time word.
  echoPublications(sents, original, lex);
  // A firm named in full types its short forms across the document.
  echoFirmNames(sents, lex);
  // "Leeds 2 Arsenal 1", "Leeds beat Arsenal 2-1": clubs named after their cities.
  markCityClubs(sents, lex);
  // "airlines such as X, Y and Z": a plural noun of groups types the names it lists.
  markNounLists(sents, lex);
  // "the Phnom Penh government": a town standing for who rules from it.
  markSeatGovernments(sents, lex);
  // A pass above may have widened a name ("General BINDING"): its text is the original's span.
  if (recased)
    for (const c of sents) for (const m of c.mentions) m.text = original.slice(m.start, m.end);
  return sents;
}

/** Mentions typed and resolved into clusters, and the relations the cue rules find. */
export function analyse(
  text: string,
  clock?: ExtractOptions['clock'],
  rules?: FindOptions,
): {
  sents: SentenceContext[];
  clusters: Cluster[];
  found: FoundRelation[];
} {
  const { lex, cues } = lexicon();
  const sents = readMentions(text);
  const all: Mention[] = [];
  const storms = stormNames(sents.map((c) => c.tokens));
  for (const c of sents) {
    const ruled = c.mentions.length;
    addTaggedNames(c, lex, text);
    // The names the tagger adds come last; a storm's name is none (see readMentions).
    if (storms.size) {
      const added = withoutStorms(c.mentions.slice(ruled), c.tokens, storms);
      c.mentions.splice(ruled, c.mentions.length - ruled, ...added);
    }
    // "Sirhan shot him": a lone name the tagger doubts is one when it acts.
    keepActingNames(c, lex);
    // "Marathon shut its plant": a name "its" stands for is a firm.
    markItsOwners(c, lex);
    // "The Times said": a name after "the" that makes a statement is a group.
    markTheSpeakers(c, lex);
    // "CIBC Wood Gundy said": an acronym opens a firm's name, never a person's.
    markAcronymOpeners(c, lex);
    retype(c.tokens, c.mentions, lex);
    placeForms(c.tokens, c.mentions, text, lex);
    // "Texas Gov. John Connally": the titled form is a way of writing the person.
    keepTitledForms(c.tokens, c.mentions, text);
    // "born in Staunton, Va.": the state only says which town.
    joinBirthplaceStates(c.tokens, c.mentions);
    // "a young Jew", "a Christian Arab": a people's noun is no person's name.
    const named = withoutPeopleNouns(c.tokens, c.mentions, lex);
    c.mentions.splice(0, c.mentions.length, ...named);
    all.push(...c.mentions);
  }
  const resolveStart = clock ? performance.now() : 0;
  const clusters = resolveInDocument(all);
  if (clock) clock.resolve += performance.now() - resolveStart;
  retypeLoneNames({ clusters, mentions: all, sentences: sents.length }, lex);
  retypeFirmSubjects({ clusters, sentences: sents }, lex);
  // "Kyodo said": a lone word no full name or title introduces, speaking: a firm or a body.
  retypeSourceSubjects({ clusters, mentions: all, sentences: sents }, lex);
  // "a spokesman for Keidanren": a lone word a body's voice speaks for.
  retypeVoiceObjects({ clusters, mentions: all, sentences: sents }, lex);
  // "Euroclear and Cedel SA intend": a lone word joined to a firm's name.
  retypeJoinedFirms({ clusters, mentions: all, sentences: sents }, lex);
  // "Morgan Stanley said it would ... said its profit": a firm named after a person.
  retypeGivenFirms({ clusters, sentences: sents }, lex);
  // "Mercedes-Benz said": two capitalised words joined by a hyphen, no given name: a firm.
  retypeHyphenFirms({ clusters, mentions: all }, lex);
  // "Le Monde reported": another language's article and one word, no given name: a paper.
  retypeForeignPapers({ clusters }, lex);
  // "in the High Court": an institution named by its kind is no place.
  retypeInstitutionPlaces({ clusters, sentences: sents }, lex);
  clusters.forEach((c, i) => {
    for (const m of c.mentions) m.entity = i;
  });
  // "Acme Corp. said ... The company, based in Dallas": stand-ins for names of sentences before.
  addAnaphors(sents, clusters);
  return { sents, clusters, found: findRelations(sents, clusters, lex, cues, rules) };
}

/**
 * Extracts entities and relations from one document: sentences, tokens,
 * capitalised-span mentions typed by gazetteers, heads and context,
 * in-document resolution, then cue-lexicon relation rules and a learned
 * pair classifier for what no rule covers. Synchronous, pure and
 * deterministic; offsets point into `doc.text`.
 */
/**
 * Everything extraction reads and finds in a text, for `graphwire explain`:
 * sentences with their trees and mentions, the resolved clusters, and every
 * relation (rules, then the pair model) with its rule, polarity, modality
 * and attribution.
 */
export function analyseRelations(
  text: string,
  clock?: ExtractOptions['clock'],
  rules?: FindOptions,
): { sents: SentenceContext[]; clusters: Cluster[]; found: FoundRelation[] } {
  const { sents, clusters, found: ruled } = analyse(text, clock, rules);
  const modelled = markStance(
    sents,
    lexicon().cues,
    modelRelations(sents, clusters, ruled, lexicon().cues),
  );
  const kept = dropAddresseePairs(
    sents,
    dropOutsidePlaces(clusters, dropDoubtfulPairs(clusters, [...ruled, ...modelled])),
    clusters,
  );
  const partners = dropFalseEmployers(
    sents,
    clusters,
    dropFirmPartners(sents, clusters, kept, lexicon().cues),
  );
  const placed = dropDatelinePairs(
    sents,
    clusters,
    scopeRoles(
      sents,
      clusters,
      dropModifierPlaces(sents, clusters, partners, lexicon().cues),
      lexicon().cues,
    ),
  );
  // "Ann Kemp of Salem, Ore.", "Acme Corp. of Dayton, Ohio": a home town or a group's seat
  // holds of the state it is written with.
  return {
    sents,
    clusters,
    found: markAnaphoric(
      sents,
      addSeatStates(sents, addTownStates(sents, dropHeadlinePossessives(sents, clusters, placed))),
    ),
  };
}

export function extract(doc: Document, options?: ExtractOptions): DocExtraction {
  const opts = { ...DEFAULTS, ...options };
  const text = doc.text;
  const { sents, clusters, found: all } = analyseRelations(text, opts.clock, options?.relations);
  const found = all.filter((r) => r.confidence >= opts.minConfidence);
  const used = new Set<number>();
  for (const r of found) {
    used.add(r.source);
    used.add(r.target);
    for (const a of r.attributedTo) used.add(a);
  }
  const ids = new Map<number, string>();
  const entities: DocEntity[] = [];
  clusters.forEach((c, i) => {
    if (c.weak && !used.has(i)) return;
    const id = `e${entities.length}`;
    ids.set(i, id);
    const mentions: Span[] = [];
    const aliases: string[] = [];
    const seen = new Set<string>();
    for (const m of [...c.mentions].sort((a, b) => a.start - b.start)) {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) continue;
      if (m.demonym && c.mentions.some((x) => !x.demonym)) continue;
      seen.add(k);
      mentions.push({ doc: doc.id, text: m.text, start: m.start, end: m.end });
      // "the Sosnoff organization": a group's written form names no person of the same name.
      const group = c.type === 'Organization' && m.groupForm ? [m.groupForm] : [];
      for (const a of [m.text.replace(/\s+/g, ' '), m.name, ...(m.forms ?? []), ...group])
        if (a !== c.name && !aliases.includes(a)) aliases.push(a);
    }
    const e: DocEntity = { id, type: c.type, name: c.name, aliases, mentions };
    if (c.titles.length) e.titles = c.titles;
    entities.push(e);
  });
  const relations: DocRelation[] = [];
  const dateOf = opts.dates ? relationDater(sents, doc.date) : () => ({});
  const seenRel = new Set<string>();
  for (const r of found) {
    const source = ids.get(r.source);
    const target = ids.get(r.target);
    const a = sents[r.from];
    const b = sents[r.to];
    if (!source || !target || !a || !b) continue;
    const key = `${source}|${r.type}|${target}|${r.from}|${r.polarity}`;
    if (seenRel.has(key)) continue;
    seenRel.add(key);
    const evidence: Evidence = {
      doc: doc.id,
      text: text.slice(a.start, b.end),
      start: a.start,
      end: b.end,
      ...dateOf(r, (i) => clusters[i]?.mentions ?? []),
      rule: r.rule,
      polarity: r.polarity,
      modality: r.modality,
    };
    // A PDF's sentences carry their page, so a reader can say "p. 3".
    if (doc.pages?.length) evidence.page = pageAt(doc.pages, a.start);
    const by = r.attributedTo.flatMap((i) => ids.get(i) ?? []);
    if (by.length) evidence.attributedTo = by;
    relations.push({ source, target, type: r.type, evidence, confidence: r.confidence });
  }
  const geo = opts.places ? placeEntities(entities, relations) : new Map();
  for (const e of entities) if (geo.has(e.id)) e.geo = geo.get(e.id);
  const meta: DocExtraction['doc'] = { id: doc.id, hash: doc.hash };
  for (const k of ['title', 'date', 'url', 'source'] as const) if (doc[k]) meta[k] = doc[k];
  const out: DocExtraction = { doc: meta, entities, relations, words: countWords(text) };
  if (opts.syntax) out.sentences = sents.map((c) => c.syntax);
  return out;
}
