/**
 * Builds the catalog's lookup maps (byAlias, bySurname, byAcronym) from every name the
 * catalog files give their actors, and reports aliases that one file gives to two actors
 * without declaring them shared.
 */
import type { ParsedYaml } from '../yaml/parse-yaml.ts';
import { nameKey } from './normalize.ts';

/** Where a value was written, for error messages. */
export interface Origin {
  source: ParsedYaml<unknown> & { layer?: 'general' };
  path: readonly PropertyKey[];
}

/**
 * One name given to one actor. `alias`: a name written in the catalog (canonical name or
 * alias); `derived`: "First Last" made from a longer name; `surname`: a person's surname alone.
 */
export interface NameClaim {
  name: string;
  actorId: string;
  kind: 'alias' | 'derived' | 'surname';
  /** Listed under sharedAliases: may name other actors too. */
  shared: boolean;
  origin: Origin;
}

export interface AliasIndex {
  byAlias: Map<string, string[]>;
  bySurname: Map<string, string[]>;
  byAcronym: Map<string, string[]>;
}

/** Two or three capitals, dotted or not ("US", "U.S.", "KNB"): matched case-sensitively. */
const ACRONYM_RE = /^(?:\p{Lu}\.?){2,3}$/u;

/** The map a claim belongs in and its key there. */
export function placeOf(claim: Pick<NameClaim, 'name' | 'kind'>): [keyof AliasIndex, string] {
  if (claim.kind === 'surname') return ['bySurname', nameKey(claim.name)];
  if (claim.kind === 'alias' && ACRONYM_RE.test(claim.name)) return ['byAcronym', claim.name.replaceAll('.', '')];
  return ['byAlias', nameKey(claim.name)];
}

/** A clash is an error only between two written aliases of the same file not both declared shared. */
function isClash(claim: NameClaim, earlier: NameClaim): boolean {
  return (
    claim.kind === 'alias' &&
    earlier.kind === 'alias' &&
    claim.origin.source === earlier.origin.source &&
    !(claim.shared && earlier.shared)
  );
}

/**
 * Files every claim under its key, on top of `start` (an index of earlier sources, copied, never
 * changed). Returns the maps (ids in catalog order, no duplicates) and one located problem per
 * clashing alias; only claims of one source can clash, so `start` needs no claims.
 */
export function indexAliases(claims: readonly NameClaim[], start?: AliasIndex): { index: AliasIndex; problems: string[] } {
  const index: AliasIndex = { byAlias: new Map(start?.byAlias), bySurname: new Map(start?.bySurname), byAcronym: new Map(start?.byAcronym) };
  const claimsByKey = new Map<string, NameClaim[]>();
  const problems: string[] = [];

  for (const claim of claims) {
    const [mapName, key] = placeOf(claim);
    if (!key) continue;
    const map = index[mapName];
    const slot = `${mapName}:${key}`;
    const earlier = claimsByKey.get(slot) ?? [];
    const clash = earlier.find((other) => other.actorId !== claim.actorId && isClash(claim, other));
    if (clash) {
      const { source, path } = clash.origin;
      problems.push(
        claim.origin.source.describe({
          path: claim.origin.path,
          message:
            `"${claim.name}" names both ${claim.actorId} and ${clash.actorId} (line ${source.lineOf(path)}); ` +
            'remove it from one, or list it under sharedAliases of both',
        }),
      );
      continue;
    }
    claimsByKey.set(slot, [...earlier, claim]);
    const ids = map.get(key) ?? [];
    if (!ids.includes(claim.actorId)) map.set(key, [...ids, claim.actorId]);
  }
  return { index, problems };
}
