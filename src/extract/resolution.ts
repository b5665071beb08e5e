/**
 * Resolves the mentions of one article to actor ids, sentence by sentence, in reading
 * order: names and surnames to catalog actors (preferring actors already named in the
 * article), role nouns to the person the article titled so ("President X … the president")
 * or to the catalog person holding the role at the article date in a country or
 * organisation the article itself mentions ("the Kazakh president", "his Russian
 * counterpart"), pronouns to the nearest compatible person (gender from the catalog or from
 * the text's titles and earlier pronouns), descriptions to the latest actor of their kind,
 * group nouns to their group, and unknown names to candidate actors typed from the text.
 * A mention resolved through another one records that one's span as its `antecedent`.
 */
import { nameKey, slugify } from '../catalog/normalize.ts';
import type { CatalogActor } from '../catalog/types.ts';
import type { Actor } from '../document/types.ts';
import type { Token } from '../nlp/types.ts';
import type { Gender } from '../ontology/lexicon.ts';
import { spanHead } from './dependency-graph.ts';
import { Discourse } from './discourse.ts';
import type { MentionIndex } from './mention-index.ts';
import { isAcronym } from './name-cues.ts';
import type { RawMention } from './mentions.ts';

/** How a mention came to its actor; arguments found indirectly get lower confidence. */
export type ResolvedVia = 'name' | 'surname' | 'forces' | 'group' | 'role' | 'pronoun' | 'candidate' | 'description';

/** A character span in the article. */
export interface Span {
  start: number;
  end: number;
}

export interface ResolvedMention {
  mention: RawMention;
  /** Actor id, or null when the mention names nobody known (or is the title of a following name). */
  actorId: string | null;
  via: ResolvedVia;
  /** For a pronoun, role noun or description: the span of the earlier mention that named its actor. */
  antecedent?: Span;
}

/** How much more a country named in the first sentence counts towards the article's country. */
const LEDE_WEIGHT = 2;
/** How many times a proper name without a cue must be met before it is taken for an actor. */
const UNCUED_REPEATS = 2;

/** Resolves mentions across one article; create one per article. */
export class ArticleResolver {
  /** Actors met in the article (catalog and candidates), by id. */
  readonly actors = new Map<string, Actor>();
  /** Person ids in reading order, with the sentence and whether they opened it. */
  private readonly persons: Array<{ id: string; sentence: number; first: boolean; possessive: boolean }> = [];
  /** Role → person, from titles written before names in this article ("President Tokayev"). */
  private readonly titled = new Map<string, string>();
  /** Words of candidate people's names (and acronyms given in brackets) → their id, so "Lapid" finds "Yair Lapid" named earlier. */
  private readonly candidateParts = new Map<string, string>();
  /** Words of multi-word names met without a cue → the name, until a typed mention of the word says what it names. */
  private readonly untyped = new Map<string, string>();
  /** Names (and their words) the text showed to be places or things ("in San Francisco"): a later name of the same shape is one too. */
  private readonly nonActors = new Set<string>();
  /** How often each name without a cue has been met. */
  private readonly uncued = new Map<string, number>();
  /** Genders the text gave people the catalog has none for ("Mrs X", a pronoun resolved to them). */
  private readonly genders = new Map<string, Gender>();
  /** Latest span that named each actor, for the antecedents of indirect mentions. */
  private readonly namedAt = new Map<string, Span>();
  /** The article's country and latest alliance and group, for descriptions and bare titles. */
  readonly discourse: Discourse;

  constructor(
    private readonly index: MentionIndex,
    private readonly date: string | null,
  ) {
    this.discourse = new Discourse(index.ontology.lexicon.multilateralWords);
  }

  /** Resolves the mentions of the next sentence (call in reading order); `tokens` are the sentence's. */
  resolveSentence(sentence: number, mentions: readonly RawMention[], tokens: readonly Token[]): ResolvedMention[] {
    const resolved: ResolvedMention[] = [];
    let firstPerson: string | undefined;
    for (const [position, mention] of mentions.entries()) {
      const result = this.withAntecedent(this.resolve(mentions, position, sentence, firstPerson, tokens));
      // A lone capitalised word that names nobody met before, or a place, was not a mention after all.
      if (mention.kind === 'unknown' && !result.actorId) continue;
      resolved.push(result);
      this.noteInDiscourse(result, sentence);
      // "In the first Zuma administration he had been …": a name that only modifies a noun is no antecedent.
      const modifier = tokens[spanHead(tokens, mention.start, mention.end)]?.deprel === 'compound';
      if (result.actorId && this.actors.get(result.actorId)?.type === 'Person' && !modifier) {
        firstPerson ??= result.actorId;
        this.persons.push({ id: result.actorId, sentence, first: firstPerson === result.actorId, possessive: mention.possessive });
      }
    }
    return resolved;
  }

  /** Records where a directly named actor was named, and gives an indirect mention the span that named its actor. */
  private withAntecedent(result: ResolvedMention): ResolvedMention {
    const { mention, actorId, via } = result;
    if (!actorId) return result;
    const span = { start: mention.charStart, end: mention.charEnd };
    if (via === 'pronoun' || via === 'role' || via === 'description') {
      const antecedent = this.namedAt.get(actorId);
      return antecedent ? { ...result, antecedent } : result;
    }
    this.namedAt.set(actorId, span);
    return result;
  }

  /** Counts the countries the text names (the lede's twice) and remembers the latest alliance and group. */
  private noteInDiscourse({ mention, actorId }: ResolvedMention, sentence: number): void {
    const weight = sentence === 0 ? LEDE_WEIGHT : 1;
    if (mention.kind === 'demonym' || (mention.kind === 'role' && mention.country)) this.discourse.noteCountry(mention.country!, weight);
    // A city named as a place ("in Colombo") still says which country the article is about.
    const city = mention.kind === 'name' && !actorId ? this.index.catalog.byId.get(mention.entries[0]?.id ?? '')?.standsFor : undefined;
    if (city) this.discourse.noteCountry(city, weight);
    const actor = actorId ? this.actors.get(actorId) : undefined;
    // Only an organisation's names tell the discourse anything (a multilateral body); the list is not built for others.
    if (actor) this.discourse.note(actor.id, actor.type, actor.type === 'Organization' ? [actor.name, ...actor.aliases] : [], weight);
  }

  private resolve(
    mentions: readonly RawMention[],
    position: number,
    sentence: number,
    firstPerson: string | undefined,
    tokens: readonly Token[],
  ): ResolvedMention {
    const mention = mentions[position]!;
    const next = mentions[position + 1];
    switch (mention.kind) {
      case 'name': {
        // "George Washington … Washington": a place's name that is the surname of someone the article named is that person.
        // "Charles Spurgeon Johnson … Johnson": a known person's surname alone is the person the article named in full.
        const places = mention.entries.every((entry) => this.index.catalog.byId.get(entry.id)?.type === 'Location');
        const surnameOnly = mention.entries.every((entry) => entry.partial);
        const person = places || surnameOnly ? this.candidateParts.get(slugify(mention.text)) : undefined;
        if (person) return { mention, actorId: person, via: 'candidate' };
        // "in Moscow" is the city; "Moscow said", "Moscow's troops", "accused Washington" are the state.
        if (places && markedAsPlace(mention, tokens, this.index.nonActorMarkers)) return { mention, actorId: null, via: 'name' };
        const seen = mention.entries.filter((entry) => this.actors.has(this.standIn(entry.id)));
        const pool = seen.length > 0 ? seen : mention.entries.every((entry) => entry.partial) && mention.entries.length > 1 ? [] : mention.entries;
        const full = pool.filter((entry) => !entry.partial);
        const entry = this.likeliest(full.length > 0 ? full : pool);
        if (!entry) return { mention, actorId: null, via: 'surname' };
        return { mention, actorId: this.meet(this.standIn(entry.id)), via: entry.partial ? 'surname' : 'name' };
      }
      case 'demonym':
        return { mention, actorId: null, via: 'name' };
      case 'forces':
        return { mention, actorId: this.meet(mention.actorId), via: 'forces' };
      case 'group':
        // "told reporters", "as reported by bloggers": the press a text speaks to or quotes is no actor.
        if (this.isPressAudience(mention, tokens)) return { mention, actorId: null, via: 'group' };
        return { mention, actorId: this.meetGroup(mention.groupId), via: 'group' };
      case 'unknown': {
        const slug = slugify(mention.name);
        if (mention.nonActor) {
          for (const key of [slug, ...slug.split('-').filter((part) => part.length > 2)]) this.nonActors.add(key);
          return { mention, actorId: null, via: 'candidate' };
        }
        if ((mention.weak || mention.shapeOnly) && this.nonActors.has(slug) && !this.actors.has(slug)) return { mention, actorId: null, via: 'candidate' };
        if (mention.weak) {
          const known = this.actors.get(slug)?.status === 'candidate' ? slug : this.candidateParts.get(slug);
          const met = (this.uncued.get(slug) ?? 0) + 1;
          this.uncued.set(slug, met);
          // A proper noun the article keeps using, now the subject of a verb, is someone even though no cue typed it ("Byron … Byron received").
          if (!known && met >= UNCUED_REPEATS && actsAsSubject(mention, tokens)) {
            return { mention, actorId: this.meetCandidate(mention.name, mention.guessedType), via: 'candidate' };
          }
          // A name the text has not typed yet: a later typed mention of one of its words types it ("Wickremesinghe, 73,").
          if (!known && mention.end - mention.start > 1) {
            for (const part of slug.split('-')) if (part.length > 2 && !this.untyped.has(part)) this.untyped.set(part, mention.name);
          }
          return { mention, actorId: known ?? null, via: 'candidate' };
        }
        // A surname with a cue of its own ("Wickremesinghe, 73,") is still the person named in full before.
        const single = mention.guessedType === 'Person' && mention.end - mention.start === 1;
        const named = single ? this.candidateParts.get(slug) : undefined;
        if (named) return { mention, actorId: named, via: 'candidate' };
        const id = this.meetCandidate((single && this.untyped.get(slug)) || mention.name, mention.guessedType);
        if (mention.gender && !this.genderOf(id)) this.genders.set(id, mention.gender);
        // "Economic Community of West African States (ECOWAS)": the acronym names it from now on.
        const acronym = tokens[mention.end + 1];
        if (tokens[mention.end]?.form === '(' && tokens[mention.end + 2]?.form === ')' && acronym && isAcronym(acronym.form)) {
          this.candidateParts.set(slugify(acronym.form), id);
        }
        return { mention, actorId: id, via: 'candidate' };
      }
      case 'description': {
        const { discourse } = this;
        const byKind = {
          multilateral: discourse.latestMultilateral,
          government: discourse.homeCountry,
          collective: discourse.latestCollective,
          owner: discourse.latestOrganizationOrCountry,
        };
        const id = byKind[mention.refers];
        return { mention, actorId: id ? this.meet(id) : null, via: 'description' };
      }
      case 'pronoun': {
        const id = this.pronoun(mention.gender, mention.case === 'object' ? firstPerson : undefined, sentence, mention.case === 'possessive');
        // The text now tells this person's gender: a later pronoun of the other gender is someone else.
        if (id && !this.genderOf(id)) this.genders.set(id, mention.gender);
        return { mention, actorId: id, via: 'pronoun' };
      }
      case 'role': {
        // Plural role nouns ("the leaders of …") name several people: a title, never one actor.
        if (mention.plural) return { mention, actorId: null, via: 'role' };
        // A title before a name ("Russian President Vladimir Putin") is not a mention of its own.
        const adjacent = next && (next.start === mention.end || (next.start === mention.end + 1 && tokens[mention.end]?.upos === 'PUNCT'));
        if (next && adjacent && (next.kind === 'name' || next.kind === 'unknown')) {
          const person = next.kind === 'name' ? next.entries[0]?.id : slugify(next.name);
          if (person) this.titled.set(mention.role, person);
          return { mention, actorId: null, via: 'role' };
        }
        // "President of Kazakhstan [Name]": a title when a name follows, else the role in that country.
        const of = tokens[mention.end];
        const ofStart = tokens[mention.end + 1]?.upos === 'DET' ? mention.end + 2 : mention.end + 1;
        if (next && of?.upos === 'ADP' && next.start === ofStart) {
          // Token order alone decides the title: the parser often hangs "of" on the name after it.
          const after = mentions[position + 2];
          if (after && after.start === next.end && (after.kind === 'name' || after.kind === 'unknown')) return { mention, actorId: null, via: 'role' };
          if (next.kind === 'name' && !mention.country && of.head >= next.start && of.head < next.end) {
            return { mention, actorId: this.role({ ...mention, country: this.standIn(next.entries[0]!.id) }, sentence), via: 'role' };
          }
        }
        return { mention, actorId: this.role(mention, sentence), via: 'role' };
      }
    }
  }

  /** Whether a group mention is media nouns ("journalists") that a verb of saying takes as its audience or source. */
  private isPressAudience(mention: RawMention, tokens: readonly Token[]): boolean {
    let head = tokens.slice(mention.start, mention.end).find((token) => token.head < mention.start || token.head >= mention.end);
    // "bloggers and journalists": a conjunct stands where the first one does.
    while (head?.deprel === 'conj' && tokens[head.head]) head = tokens[head.head];
    const noun = tokens[mention.end - 1]!.form.toLowerCase();
    const governor = head && tokens[head.head];
    if (!head || !governor || !this.index.mediaNouns.has(noun) || !this.index.ontology.lexicon.attribution.has(governor.lemma)) return false;
    return /^(nsubj|obj|iobj|obl)/.test(head.deprel);
  }

  /**
   * The entry a name most likely means, of several ("National Security Council": the US one or Kazakhstan's): a state's
   * institution whose state the article has named before one of no state, before one whose state it has not named;
   * ties keep the catalog's order.
   */
  private likeliest<T extends { id: string }>(entries: readonly T[]): T | undefined {
    if (entries.length < 2) return entries[0];
    const stateFit = (entry: T) => {
      const state = this.index.stateOf.get(entry.id);
      return state === undefined ? 1 : this.discourse.namedCountry(state) ? 2 : 0;
    };
    return entries.reduce((best, entry) => (stateFit(entry) > stateFit(best) ? entry : best));
  }

  /** The actor a catalog entry acts as in news text (the Kremlin → Russia). */
  private standIn(id: string): string {
    return this.index.catalog.byId.get(id)?.standsFor ?? id;
  }

  /** Records a catalog actor as met in the article (the country a title implies); returns its id. */
  meet(id: string): string {
    if (!this.actors.has(id)) {
      const entry = this.index.catalog.byId.get(id);
      if (!entry) return id;
      this.actors.set(id, { id, name: entry.name, type: entry.type, aliases: [...entry.aliases], status: 'catalog' });
    }
    return id;
  }

  private meetGroup(id: string): string {
    if (this.index.catalog.byId.has(id)) return this.meet(id);
    if (!this.actors.has(id)) this.actors.set(id, { id, name: id.replaceAll('-', ' '), type: 'Group', aliases: [], status: 'candidate' });
    return id;
  }

  private meetCandidate(name: string, type: Actor['type']): string {
    const id = slugify(name);
    const known = this.actors.get(id);
    if (!known) {
      this.actors.set(id, { id, name, type, aliases: [], status: 'candidate' });
      if (type === 'Person') for (const part of id.split('-')) if (part.length > 2) this.candidateParts.set(part, id);
    } else if (known.status === 'candidate' && known.name !== name && !known.aliases.includes(name)) known.aliases.push(name);
    return id;
  }

  /** A person's gender as the catalog or, failing that, the article's text gives it. */
  private genderOf(id: string): Gender | undefined {
    return this.index.catalog.byId.get(id)?.gender ?? this.genders.get(id);
  }

  /** he/him/his: a compatible person of this sentence, else the subject of the latest sentence with one. */
  private pronoun(gender: Gender, notThisSubject: string | undefined, sentence: number, possessive = false): string | null {
    const compatible = (id: string) => {
      const known = this.genderOf(id);
      return !known || known === gender;
    };
    const here = this.persons.filter((person) => person.sentence === sentence && compatible(person.id));
    // "he" is most often the subject (first person); "his" too, unless that one is itself a possessive ("Masimov's fall … his").
    if (notThisSubject === undefined && here.length > 0) return ((possessive && here.find((person) => !person.possessive)) || here[0]!).id;
    const others = here.filter((person) => person.id !== notThisSubject);
    if (others.length > 0) return others.at(-1)!.id;
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const person = this.persons[i]!;
      if (person.sentence === sentence || !compatible(person.id) || person.id === notThisSubject) continue;
      // Prefer the person who opened that sentence (its likely subject).
      const opener = this.persons.find((other) => other.sentence === person.sentence && other.first);
      return opener && compatible(opener.id) && opener.id !== notThisSubject ? opener.id : person.id;
    }
    return null;
  }

  /** "the Kazakh president", "the former premier", "his Russian counterpart". */
  private role(mention: Extract<RawMention, { kind: 'role' }>, sentence: number): string | null {
    const { lexicon } = this.index.ontology;
    let role = mention.role;
    if (lexicon.counterparts.has(role)) {
      const other = mention.possessor ? this.pronoun(mention.possessor, undefined, sentence) : null;
      const otherRole = other ? this.currentRole(this.index.catalog.byId.get(other)) : undefined;
      if (!otherRole || !mention.country) return null;
      role = otherRole;
    }
    // The name after a title may have turned out to be no mention ("speaker E"): only an actor met stands for the title.
    const titled = this.titled.get(role);
    if (!mention.country && titled && !mention.former && (this.actors.has(titled) || this.index.catalog.byId.has(titled))) return this.meet(titled);
    // "the leader" is the most senior leading role that anyone holds there.
    const titles = lexicon.leaderNouns.has(role) ? lexicon.leaderTitles : [role];
    for (const title of titles) {
      const holders = this.holdersOf(title, mention.country, mention.former);
      const seen = holders.filter((actor) => this.actors.has(actor.id));
      const chosen = seen.length === 1 ? seen[0] : holders.length === 1 ? holders[0] : undefined;
      if (chosen) return this.meet(chosen.id);
      if (holders.length > 1) return null;
    }
    return null;
  }

  /**
   * Catalog people who hold (or, when `former`, held) `title` at the article date in
   * `country`, or, when the text names no country, people the article has mentioned and
   * people holding it in a country or organisation the article has mentioned: a topic pack's
   * office holders never stand for a title in an article about something else.
   */
  private holdersOf(title: string, country: string | undefined, former: boolean): CatalogActor[] {
    const key = nameKey(title);
    const candidates = new Set<CatalogActor>(country ? this.index.holders.get(country) : []);
    if (!country) {
      for (const actor of this.actors.values()) {
        if (actor.type !== 'Person') for (const holder of this.index.holders.get(actor.id) ?? []) candidates.add(holder);
        else if (this.index.catalog.byId.get(actor.id)) candidates.add(this.index.catalog.byId.get(actor.id)!);
      }
    }
    return [...candidates].filter((actor) =>
      actor.roles.some((held) => {
        if (nameKey(held.title) !== key || (country ? held.of !== country : !held.of)) return false;
        // Without the article's date only a role the knowledge base gives no dates holds: who held a dated one is unknown.
        if (!this.date) return !former && !held.from && !held.to;
        const current = (!held.from || held.from <= this.date) && (!held.to || held.to >= this.date);
        return former ? !!held.to && held.to < this.date : current;
      }),
    );
  }

  private currentRole(actor: CatalogActor | undefined): string | undefined {
    const held = actor?.roles.find((role) => !role.to || (this.date !== null && role.to >= this.date));
    return held ? nameKey(held.title) : undefined;
  }
}

/** Whether a mention in mixed case is the subject of a verb ("Byron received"; not "Tulsa is a city", nor an acronym). */
function actsAsSubject(mention: RawMention, tokens: readonly Token[]): boolean {
  const head = tokens.slice(mention.start, mention.end).find((token) => token.head < mention.start || token.head >= mention.end);
  return !!head && head.deprel === 'nsubj' && tokens[head.head]?.upos === 'VERB' && mention.text !== mention.text.toUpperCase();
}

/** Whether a preposition that marks no actor ("in") governs the mention. */
function markedAsPlace(mention: RawMention, tokens: readonly Token[], markers: ReadonlySet<string>): boolean {
  const head = tokens.slice(mention.start, mention.end).find((token) => token.head < mention.start || token.head >= mention.end);
  return !!head && tokens.some((token) => token.head === head.index && token.deprel === 'case' && markers.has(token.form.toLowerCase()));
}
