import * as v from 'valibot';
import { RawAuthSchema } from './RawAuthSchema.js';
import { RawIdSchema, RawUnixTimeSchema } from './wire.js';

/**
 * The envelope fields every event of both API versions has, but its code. The handler id is
 * optional: the portal sent none before its `rest` module 24.200 (2024), sent it as `event_id`
 * from 24.200 to 24.400, and as `event_handler_id` from 24.500 on.
 * @internal
 */
export const rawEnvelopeEntries = {
  event_handler_id: v.optional(RawIdSchema),
  event_id: v.optional(RawIdSchema),
  ts: RawUnixTimeSchema,
  auth: RawAuthSchema,
} as const;
