/**
 * Writes one synthetic article sentence by sentence and records the ground truth as it
 * goes: every mention form that states a fact (a title before a name, an apposition) adds
 * that fact, and each sentence template adds the relations it expresses. Follows
 * docs/annotation.md, so the ground truth says what an analyst would annotate.
 */
import { nameKey } from '../catalog/normalize.ts';
import type { CatalogActor } from '../catalog/types.ts';
import type { PropertyValue } from '../document/types.ts';
import type { CountryProfile, Population } from './population.ts';
import type { Random } from './random.ts';

/** One relation the text of an article states, in the shape of a gold annotation. */
export interface TruthRelation {
  article: string;
  source: string;
  type: string;
  target: string;
  properties?: Record<string, PropertyValue>;
  /** The whole sentence that states it, verbatim from the article text. */
  sentence: string;
  /** ISO date of the event when the sentence or article date gives it, else null. */
  date: string | null;
}

/** Relation types whose direction carries no meaning: recorded once per article. */
const SYMMETRIC = new Set(['COMMUNICATED_WITH', 'ALLY_OF']);
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86_400_000;

type Pending = Omit<TruthRelation, 'article' | 'sentence' | 'date'>;

export class ArticleWriter {
  readonly relations: TruthRelation[] = [];
  /** Ids of every actor the text mentions or a relation of it involves, in order of first mention. */
  readonly mentioned = new Set<string>();
  private readonly seen = new Set<string>();
  private pending: Pending[] = [];
  private sentenceDate: string | null = null;

  constructor(
    readonly random: Random,
    readonly population: Population,
    readonly articleId: string,
    /** Article date as UTC midnight milliseconds. */
    readonly dateMs: number,
  ) {}

  /** True when the name points at one actor only, so the text may use it. */
  private unambiguous(name: string): boolean {
    return !this.population.ambiguous.has(nameKey(name));
  }

  /** Records a relation stated by the sentence being written. */
  rel(source: CatalogActor, type: string, target: CatalogActor, properties?: Record<string, PropertyValue>): void {
    if (source.id === target.id) return;
    const relation: Pending = { source: source.id, type, target: target.id };
    if (properties) relation.properties = properties;
    this.pending.push(relation);
  }

  /** Ends a sentence: capitalises it and attaches its relations; returns the sentence. */
  finish(text: string): string {
    const sentence = text.charAt(0).toUpperCase() + text.slice(1);
    const date = this.sentenceDate;
    for (const relation of this.pending) {
      const [a, b] =
        SYMMETRIC.has(relation.type) && relation.target < relation.source ? [relation.target, relation.source] : [relation.source, relation.target];
      const key = `${a}|${relation.type}|${b}`;
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      // A gold file lists every endpoint among the article's actors, even one only implied
      // ("President X" holds a role in X's country).
      this.mentioned.add(relation.source).add(relation.target);
      this.relations.push({ article: this.articleId, ...relation, sentence, date });
    }
    this.pending = [];
    this.sentenceDate = null;
    return sentence;
  }

  /** Throws away the relations of a sentence that was abandoned. */
  discard(): void {
    this.pending = [];
    this.sentenceDate = null;
  }

  profileOf(actor: CatalogActor): CountryProfile | undefined {
    return this.population.countryOf.get(actor.id);
  }

  private spelling(actor: CatalogActor): string {
    const fullNames = actor.aliases.filter((alias) => alias.includes(' ') && this.unambiguous(alias));
    return fullNames.length > 0 && this.random.chance(0.2) ? this.random.pick(fullNames) : actor.name;
  }

  /** The title a person is introduced with, and the HOLDS_ROLE it states. */
  private titled(person: CatalogActor, name: string): string | undefined {
    const role = person.roles[0];
    if (!role?.of || role.title === 'Spokesperson' || role.title === 'Head') return undefined;
    const holder = this.population.byId.get(role.of);
    if (!holder) return undefined;
    const former = role.to !== undefined;
    this.rel(person, 'HOLDS_ROLE', holder, { role: role.title.toLowerCase(), status: former ? 'former' : 'current' });
    const qualifier = holder.type === 'Country' ? (holder.demonyms?.[0] ?? holder.name) : (holder.aliases[0] ?? holder.name);
    if (former) return `former ${qualifier} ${role.title.toLowerCase()} ${name}`;
    return this.random.chance(0.8) ? `${qualifier} ${role.title} ${name}` : `${role.title} ${name}`;
  }

  /** A mention of an actor in running text, varied like real reporting. */
  ref(actor: CatalogActor): string {
    const first = !this.mentioned.has(actor.id);
    this.mentioned.add(actor.id);
    if (actor.type !== 'Person') {
      const aliases = actor.aliases.filter((alias) => this.unambiguous(alias));
      if (!first && aliases.length > 0 && this.random.chance(0.4)) return this.article(actor, this.random.pick(aliases));
      return this.article(actor, actor.name);
    }
    if (first) {
      const name = this.spelling(actor);
      return (this.random.chance(0.7) && this.titled(actor, name)) || name;
    }
    const surname = this.population.surnames.get(actor.id) ?? actor.name;
    if (!this.unambiguous(surname)) return actor.name;
    const variants = actor.aliases.filter((alias) => !alias.includes(' ') && this.unambiguous(alias));
    return variants.length > 0 && this.random.chance(0.25) ? this.random.pick(variants) : surname;
  }

  /** Records a mention written in a form of its own ("Morvanian troops" for the country). */
  note(actor: CatalogActor, phrase: string): string {
    this.mentioned.add(actor.id);
    return phrase;
  }

  /** Organisations and groups take "the" unless they are acronyms or one-word names. */
  private article(actor: CatalogActor, name: string): string {
    if (actor.type === 'Country' || !name.includes(' ')) return name;
    return `the ${name}`;
  }

  /** A possessive mention ("Volkov's", "the Interior Ministry's"). */
  poss(actor: CatalogActor): string {
    const mention = this.ref(actor);
    return mention.endsWith('s') ? `${mention}\u2019` : `${mention}\u2019s`;
  }

  /** "A", "A and B", "A, B and C". */
  list(actors: CatalogActor[]): string {
    const mentions = actors.map((actor) => this.ref(actor));
    return mentions.length <= 1 ? (mentions[0] ?? '') : `${mentions.slice(0, -1).join(', ')} and ${mentions[mentions.length - 1]}`;
  }

  /** His/her/its. */
  their(actor: CatalogActor): string {
    if (actor.type !== 'Person') return 'its';
    return actor.gender === 'female' ? 'her' : 'his';
  }

  /** A time expression (with leading space) for the event; sets the sentence's date. */
  when(): string {
    const r = this.random;
    const back = (days: number) => new Date(this.dateMs - days * DAY_MS);
    const iso = (date: Date) => date.toISOString().slice(0, 10);
    const choice = r.int(0, 6);
    if (choice === 0) {
      this.sentenceDate = iso(back(1));
      return ' yesterday';
    }
    if (choice === 1) {
      const days = r.int(0, 6);
      this.sentenceDate = iso(back(days));
      return ` on ${WEEKDAYS[back(days).getUTCDay()]}`;
    }
    if (choice === 2) {
      const date = back(r.int(2, 12));
      this.sentenceDate = iso(date);
      return ` on ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
    }
    if (choice === 3) {
      const days = r.int(2, 3);
      this.sentenceDate = iso(back(days));
      return days === 2 ? ' two days ago' : ' three days ago';
    }
    if (choice === 4) return ' last week';
    return '';
  }

  /** A reported-speech tail (", the Foreign Ministry said"), or nothing. */
  said(profile: CountryProfile): string {
    const r = this.random;
    const choice = r.int(0, 4);
    if (choice === 0) return `, ${this.ref(profile.newsAgency)} reported`;
    if (choice === 1) return `, ${this.ref(r.pick(profile.ministries))} said`;
    if (choice === 2) return ', officials said';
    return '';
  }
}
