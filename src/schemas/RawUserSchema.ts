import * as v from 'valibot';
import { requireFields } from './requireFields.js';
import { objectMessage, RawIdSchema, RawTextSchema } from './wire.js';

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

/**
 * The author of a message as sent (`data[USER]`). It may be empty (`[]` or `{}` in JSON; PHP drops
 * an empty `USER` from a form body, so there it is missing) for system messages; once it has any
 * key, `ID`, `NAME`, `FIRST_NAME` and `LAST_NAME` are required.
 */
export const RawUserSchema = v.pipe(
  RawUserObjectSchema,
  requireFields<v.InferOutput<typeof RawUserObjectSchema>>(
    ['ID', 'NAME', 'FIRST_NAME', 'LAST_NAME'],
    (user) => Object.keys(user).length > 0,
  ),
);

/** The author of a message as sent (the output of {@link RawUserSchema}). */
export type RawUser = v.InferOutput<typeof RawUserSchema>;
