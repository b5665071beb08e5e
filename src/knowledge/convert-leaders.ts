/**
 * The world-leaders layer: people of PETRARCH's actor dictionaries with date-bounded role codes
 * (`NURSULTAN_NAZARBAYEV_ [KAZGOV >900424]`), kept when a role is one of `leaderRoleCodes`
 * (government, military, opposition) of a known country, or a dated code of an organisation of
 * the general layer (UN secretaries-general, NATO commanders). Low priority: it ends ~2015–2017.
 */
import { nameKey, slugify } from '../catalog/normalize.ts';
import { displayName } from './display-name.ts';
import type { ActorRecord } from './petrarch-actors.ts';
import type { GeneralActor, Leader, LeaderRole } from './types.ts';

export interface LeaderOptions {
  leaderRoleCodes: readonly string[];
  smallWords: ReadonlySet<string>;
  countries: readonly GeneralActor[];
  /** CAMEO code → the organisation it names (convertOrganizations). */
  codeOwners: ReadonlyMap<string, string>;
}

/** The person's kept roles: dated codes of a country with a kept role, or of an organisation. */
function keptRoles(record: ActorRecord, options: LeaderOptions, countryByCode: Map<string, string>): LeaderRole[] {
  const roles: LeaderRole[] = [];
  for (const { code, from, to } of record.codes) {
    if (!code || (from === undefined && to === undefined)) continue;
    const dates = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    const role = code.slice(3, 6);
    const country = countryByCode.get(code.slice(0, 3));
    if (country && options.leaderRoleCodes.includes(role)) roles.push({ code, role, of: country, ...dates });
    else if (options.codeOwners.has(code)) roles.push({ code, role: code.slice(0, 3), of: options.codeOwners.get(code), ...dates });
  }
  return roles;
}

/** Converts person records into leaders sorted by id; a name shared by people of two countries gets the country in its id. */
export function convertLeaders(records: readonly ActorRecord[], options: LeaderOptions): Leader[] {
  const countryByCode = new Map(options.countries.flatMap((country) => (country.iso ? [[country.iso.alpha3, country.id] as const] : [])));

  const leaders = new Map<string, Leader>();
  for (const record of records) {
    const roles = keptRoles(record, options, countryByCode);
    if (roles.length === 0) continue;
    const names = [...new Map(record.names.map((name) => displayName(name, options.smallWords)).map((name) => [nameKey(name), name])).values()];
    const country = roles.find((role) => countryByCode.has(role.code.slice(0, 3)))?.of;
    let id = slugify(names[0]!);
    const same = leaders.get(id);
    if (same && same.country !== country) id = `${id}-${country ?? roles[0]!.of}`;
    const existing = leaders.get(id);
    if (existing) {
      existing.aliases.push(...names.filter((name) => name !== existing.name && !existing.aliases.includes(name)));
      existing.roles.push(...roles);
      continue;
    }
    leaders.set(id, { id, name: names[0]!, aliases: names.slice(1), ...(country ? { country } : {}), roles, line: record.line });
  }
  return [...leaders.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
