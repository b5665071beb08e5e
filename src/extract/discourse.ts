/**
 * What an article has mentioned so far, for references that name nobody: the country the
 * article itself names most (bare titles such as "President X" for a person the catalog
 * lacks, "the government", "the authorities"), and the latest actor of a kind ("the
 * bloc" → the latest multilateral body named, "them" → the latest group, "its" → the latest
 * organisation or country). Only what the
 * text names counts: a person's country in a topic pack never makes a country the article's.
 * One per article.
 */
import type { ActorType } from '../document/types.ts';
import type { Lexicon } from '../ontology/lexicon.ts';

export class Discourse {
  private readonly countryCounts = new Map<string, number>();
  private home: string | undefined;
  private latestBody: string | undefined;
  private latestGroup: string | undefined;
  private latestOwner: string | undefined;

  /** `multilateralWords`: words that make an organisation's name that of a multilateral body ("the bloc" may mean it). */
  constructor(private readonly multilateralWords: Lexicon['multilateralWords']) {}

  /** Records a mention of actor `id` (of type `type`, with these names), in reading order. */
  note(id: string, type: ActorType | undefined, names: readonly string[], weight = 1): void {
    if (type === 'Country' || type === 'Organization') this.latestOwner = id;
    if (type === 'Country') this.noteCountry(id, weight);
    else if (type === 'Group') this.latestGroup = id;
    else if (type === 'Organization' && names.some((name) => this.isMultilateral(name))) this.latestBody = id;
  }

  /**
   * Records a country the text names (by name, capital or demonym); the lede weighs more.
   * Ties keep the country counted first.
   */
  noteCountry(id: string, weight = 1): void {
    const count = (this.countryCounts.get(id) ?? 0) + weight;
    this.countryCounts.set(id, count);
    if (!this.home || count > this.countryCounts.get(this.home)!) this.home = id;
  }

  private isMultilateral(name: string): boolean {
    return name.toLowerCase().split(/[^\p{L}-]+/u).some((word) => this.multilateralWords.has(word));
  }

  /** Whether the text has named country `id` so far, by name, capital or demonym ("Iraqi cities"). */
  namedCountry(id: string): boolean {
    return this.countryCounts.has(id);
  }

  /** The country mentioned most often so far. */
  get homeCountry(): string | undefined {
    return this.home;
  }

  /** The latest alliance, bloc or international organisation mentioned. */
  get latestMultilateral(): string | undefined {
    return this.latestBody;
  }

  /** The latest organisation or country mentioned ("its"). */
  get latestOrganizationOrCountry(): string | undefined {
    return this.latestOwner;
  }

  /** The latest unnamed collective or group mentioned ("them", "they"). */
  get latestCollective(): string | undefined {
    return this.latestGroup;
  }
}
