/**
 * zod schema of a catalog file (seed/catalog.yaml or a user catalog): what each entry may
 * contain. Checks that need the whole catalog (duplicate ids, alias clashes, references
 * to other actors) live in load-catalog.ts.
 */
import { z } from 'zod';
import { isIsoDate } from '../document/iso-date.ts';
import { ACTOR_TYPES } from '../document/types.ts';

const actorId = z
  .string()
  .regex(/^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u, 'must be a kebab-case id such as "kassym-jomart-tokayev"');

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date YYYY-MM-DD (quote it if needed)')
  .refine(isIsoDate, 'is not a calendar date');

const name = z.string().trim().min(1, 'must not be empty');

const role = z
  .strictObject({ title: name, of: actorId.optional(), from: isoDate.optional(), to: isoDate.optional() })
  .refine((held) => !held.from || !held.to || held.from <= held.to, { message: 'ends before it begins', path: ['to'] });

/** Fields an entry of `actors` shares with an entry of `extend`. */
const additions = {
  aliases: z.array(name).default([]),
  /** Aliases this actor deliberately shares with other actors (registered as ambiguous, not as an error). */
  sharedAliases: z.array(name).default([]),
  demonyms: z.array(name).optional(),
  roles: z.array(role).default([]),
};

const actorEntry = z.strictObject({
  /** Defaults to the slug of `name`. */
  id: actorId.optional(),
  name,
  type: z.enum(ACTOR_TYPES),
  ...additions,
  /** For people whose surname is not the last word ("Xi Jinping" → "Xi", "Ursula von der Leyen" → "von der Leyen"). */
  surname: name.optional(),
  gender: z.enum(['male', 'female']).optional(),
  country: actorId.optional(),
  standsFor: actorId.optional(),
  note: z.string().optional(),
  /** Countries: ISO 3166-1 codes (the general layer gives them). */
  iso: z.strictObject({ alpha2: z.string().length(2), alpha3: z.string().length(3), numeric: z.string().optional() }).optional(),
  /** CAMEO actor codes ("KAZ", "IGOUNO"). */
  cameo: z.array(name).optional(),
});

/**
 * Adds aliases, roles, demonyms, a gender, what the actor stands for ("the Kremlin said": Russia) or a note to an
 * actor defined in the general layer, this or an earlier catalog. A note is appended to the actor's note.
 */
const extension = z.strictObject({
  id: actorId,
  ...additions,
  gender: z.enum(['male', 'female']).optional(),
  standsFor: actorId.optional(),
  note: z.string().optional(),
});

export const catalogFileSchema = z.strictObject({
  actors: z.array(actorEntry).default([]),
  extend: z.array(extension).default([]),
});

export type CatalogFile = z.output<typeof catalogFileSchema>;
