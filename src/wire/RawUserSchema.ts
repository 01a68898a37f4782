import * as v from 'valibot';
import { requireFields } from './requireFields.js';
import {
  objectMessage,
  RawIdSchema,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireText,
} from './wire.js';

const RawUserObjectSchema = v.looseObject(
  {
    ID: v.optional(RawIdSchema),
    NAME: v.optional(RawTextSchema),
    FIRST_NAME: v.optional(RawTextSchema),
    LAST_NAME: v.optional(RawTextSchema),
    GENDER: v.optional(RawTextSchema),
    WORK_POSITION: v.optional(RawTextSchema),
    IS_BOT: v.optional(RawYesNoSchema),
    IS_CONNECTOR: v.optional(RawYesNoSchema),
    IS_NETWORK: v.optional(RawYesNoSchema),
    IS_EXTRANET: v.optional(RawYesNoSchema),
  },
  objectMessage,
);

/** The author of a message as sent (`data[USER]`); see `User`. */
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
  /** The user's job title. */
  readonly WORK_POSITION?: WireText | undefined;
  /** Whether the user is a bot. */
  readonly IS_BOT?: WireFlag | undefined;
  /** Whether the user comes through a connector. */
  readonly IS_CONNECTOR?: WireFlag | undefined;
  /** Whether the user is a network user. */
  readonly IS_NETWORK?: WireFlag | undefined;
  /** Whether the user is an extranet user. */
  readonly IS_EXTRANET?: WireFlag | undefined;
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

/** The keys `data[USER]` has whenever it is sent (the server builds them together). @internal */
export const USER_REQUIRED: readonly string[] = ['ID', 'NAME', 'FIRST_NAME', 'LAST_NAME'];
