/**
 * Roles the knowledge base records for people, asked at an article's date: where does X
 * hold (or, for "former", did X hold) the title the text gives? This lets "President
 * Tokayev" or "former premier Masimov" name their country when the sentence does not,
 * and only when the knowledge base supports it.
 */
import { nameKey } from '../catalog/normalize.ts';
import type { Catalog } from '../catalog/types.ts';

export class KnownRoles {
  constructor(
    private readonly catalog: Catalog,
    private readonly date: string | null,
  ) {}

  /** Actor id of the country or organisation where `person` holds `title` (held it, when `former`); undefined when unknown or ambiguous. */
  ownerOf(person: string, title: string, former: boolean): string | undefined {
    const actor = this.catalog.byId.get(person);
    if (!actor) return undefined;
    const key = nameKey(title);
    const owners = new Set<string>();
    for (const role of actor.roles) {
      if (!role.of || nameKey(role.title) !== key) continue;
      if (this.date === null) {
        owners.add(role.of);
        continue;
      }
      const started = !role.from || role.from <= this.date;
      const ended = !!role.to && role.to < this.date;
      if (started && (former ? ended : !ended)) owners.add(role.of);
    }
    return owners.size === 1 ? [...owners][0] : undefined;
  }
}
