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

/** The author of a message as sent (`data[USER]`); see `User`. @category Wire types */
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
 * key, `ID` is required (a bot needs to know who wrote); the names may be missing.
 *
 * @category Schemas
 */
export const RawUserSchema: v.GenericSchema<unknown, RawUser> = v.pipe(
  RawUserObjectSchema,
  requireFields<v.InferOutput<typeof RawUserObjectSchema>>(
    ['ID'],
    (user) => Object.keys(user).length > 0,
  ),
);

/**
 * The keys `data[USER]` needs whenever it is sent: only the id. The server builds the names with
 * it, but a bot can act without them, so they are optional.
 * @internal
 */
export const USER_REQUIRED: readonly string[] = ['ID'];
