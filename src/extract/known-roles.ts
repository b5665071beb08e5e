/**
 * Roles the knowledge base records for people, asked at an article's date: where does X
 * hold (or, for "former", did X hold) the title the text gives? The catalog's dated roles
 * answer first; the world leaders of the general layer (PETRARCH2's country dictionary, dated
 * role codes, ending around 2015–2017) answer for people the catalog lacks. This lets
 * "President Tokayev" or "former premier Masimov" name their country when the sentence does
 * not, only when the knowledge base supports it (and, for the world leaders, the article names
 * that country).
 */
import { nameKey } from '../catalog/normalize.ts';
import type { Catalog } from '../catalog/types.ts';
import type { LeaderTable } from '../knowledge/load-knowledge.ts';

/** Date-bounded roles: `from`/`to` as ISO dates, either absent when unknown. */
interface Dated {
  from?: string;
  to?: string;
}

export class KnownRoles {
  constructor(
    private readonly catalog: Catalog,
    private readonly date: string | null,
    private readonly leaders: () => LeaderTable,
    /** The name the article gives an actor (candidates have no catalog entry). */
    private readonly nameOf: (id: string) => string | undefined,
    /** Whether the article has named an actor: the world leaders only pick among the article's own. */
    private readonly named: (id: string) => boolean,
    /** The CAMEO sectors a title denotes (GOV for "prime minister", LEG for "congressman"), when the agents know it. */
    private readonly sectorsOf: (title: string) => ReadonlySet<string> | undefined,
  ) {}

  /**
   * Actor id of the country or organisation where `person` holds `title` (held it, when
   * `former`): by the topic packs' dated roles, else by the world leaders when the article
   * names that country; undefined when unknown or ambiguous.
   */
  ownerOf(person: string, title: string, former: boolean): string | undefined {
    const actor = this.catalog.byId.get(person);
    if (actor) {
      const key = nameKey(title);
      return single(actor.roles.filter((role) => role.of && nameKey(role.title) === key && this.heldThen(role, former)).map((role) => role.of!));
    }
    const name = this.nameOf(person);
    if (!name) return undefined;
    // A world leader's role answers only a title of its sector: "Congressman Bush" is not the president's title.
    const sectors = this.sectorsOf(title.toLowerCase());
    const owners = (this.leaders().byName.get(nameKey(name)) ?? []).flatMap((leader) =>
      leader.roles.filter((role) => role.of && (!sectors || sectors.has(role.role)) && this.heldThen(role, former)).map((role) => role.of!),
    );
    // The leaders layer is old and its names ambiguous: it only picks among the countries the article names.
    const owner = single(owners);
    return owner !== undefined && this.named(owner) ? owner : undefined;
  }

  /** Whether a role was held at the article date (ended before it, when `former`); any role when the date is unknown. */
  private heldThen(role: Dated, former: boolean): boolean {
    if (this.date === null) return true;
    const started = !role.from || role.from <= this.date;
    const ended = !!role.to && role.to < this.date;
    return started && (former ? ended : !ended);
  }
}

/** The one value of a list, or undefined when it has none or several. */
function single(values: readonly string[]): string | undefined {
  const distinct = new Set(values);
  return distinct.size === 1 ? [...distinct][0] : undefined;
}
