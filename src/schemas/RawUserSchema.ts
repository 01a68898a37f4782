import * as v from 'valibot';
import type { User } from '../model/User.js';
import { requireFields } from './requireFields.js';
import { objectMessage, RawIdSchema, RawTextSchema, type WireId, type WireText } from './wire.js';

const RawUserObjectSchema = v.looseObject(
  {
    ID: v.optional(RawIdSchema),
    NAME: v.optional(RawTextSchema),
    FIRST_NAME: v.optional(RawTextSchema),
    LAST_NAME: v.optional(RawTextSchema),
    GENDER: v.optional(RawTextSchema),
  },
  objectMessage,
);

/** The author of a message as sent (`data[USER]`); see {@link User}. */
export interface RawUser {
  /** The user's id. */
  readonly ID?: WireId | undefined;
  /** The user's full name. */
  readonly NAME?: WireText | undefined;
  /** The user's first name. */
  readonly FIRST_NAME?: WireText | undefined;
  /** The user's last name. */
  readonly LAST_NAME?: WireText | undefined;
  /** `M` or `F`, or empty. */
  readonly GENDER?: WireText | undefined;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * The author of a message as sent (`data[USER]`). It may be empty (`[]` or `{}` in JSON; PHP drops
 * an empty `USER` from a form body, so there it is missing) for system messages; once it has any
 * key, `ID`, `NAME`, `FIRST_NAME` and `LAST_NAME` are required.
 */
export const RawUserSchema: v.GenericSchema<unknown, RawUser> = v.pipe(
  RawUserObjectSchema,
  requireFields<v.InferOutput<typeof RawUserObjectSchema>>(
    ['ID', 'NAME', 'FIRST_NAME', 'LAST_NAME'],
    (user) => Object.keys(user).length > 0,
  ),
);
