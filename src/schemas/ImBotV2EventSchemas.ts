import * as v from 'valibot';
import type {
  ImBotV2CommandAddEvent,
  ImBotV2ContextGetEvent,
  ImBotV2DeleteEvent,
  ImBotV2JoinChatEvent,
  ImBotV2MessageAddEvent,
  ImBotV2MessageDeleteEvent,
  ImBotV2MessageUpdateEvent,
  ImBotV2ReactionChangeEvent,
} from '../model/ImBotV2Events.js';
import type { NormalizeContext } from '../normalize/NormalizeContext.js';
import {
  normalizeImBotV2CommandAdd,
  normalizeImBotV2ContextGet,
  normalizeImBotV2Delete,
  normalizeImBotV2JoinChat,
  normalizeImBotV2MessageAdd,
  normalizeImBotV2MessageDelete,
  normalizeImBotV2MessageUpdate,
  normalizeImBotV2ReactionChange,
} from '../normalize/normalizeImBotV2Events.js';
import {
  RawImBotV2CommandAddSchema,
  RawImBotV2ContextGetSchema,
  RawImBotV2DeleteSchema,
  RawImBotV2JoinChatSchema,
  RawImBotV2MessageAddSchema,
  RawImBotV2MessageDeleteSchema,
  RawImBotV2MessageUpdateSchema,
  RawImBotV2ReactionChangeSchema,
} from './RawImBotV2EventSchemas.js';

/** A fresh lenient context for a pipeline schema's normalizer. */
function lenient(): NormalizeContext {
  return { strict: false, issues: [] };
}

/**
 * ONIMBOTV2MESSAGEADD as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 */
export const ImBotV2MessageAddSchema: v.GenericSchema<unknown, ImBotV2MessageAddEvent> = v.pipe(
  RawImBotV2MessageAddSchema,
  v.transform((raw) => normalizeImBotV2MessageAdd(raw, lenient())),
);

/**
 * ONIMBOTV2MESSAGEUPDATE as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 */
export const ImBotV2MessageUpdateSchema: v.GenericSchema<unknown, ImBotV2MessageUpdateEvent> =
  v.pipe(
    RawImBotV2MessageUpdateSchema,
    v.transform((raw) => normalizeImBotV2MessageUpdate(raw, lenient())),
  );

/**
 * ONIMBOTV2MESSAGEDELETE as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 */
export const ImBotV2MessageDeleteSchema: v.GenericSchema<unknown, ImBotV2MessageDeleteEvent> =
  v.pipe(
    RawImBotV2MessageDeleteSchema,
    v.transform((raw) => normalizeImBotV2MessageDelete(raw, lenient())),
  );

/**
 * ONIMBOTV2JOINCHAT as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 */
export const ImBotV2JoinChatSchema: v.GenericSchema<unknown, ImBotV2JoinChatEvent> = v.pipe(
  RawImBotV2JoinChatSchema,
  v.transform((raw) => normalizeImBotV2JoinChat(raw, lenient())),
);

/**
 * ONIMBOTV2DELETE as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 */
export const ImBotV2DeleteSchema: v.GenericSchema<unknown, ImBotV2DeleteEvent> = v.pipe(
  RawImBotV2DeleteSchema,
  v.transform((raw) => normalizeImBotV2Delete(raw, lenient())),
);

/**
 * ONIMBOTV2CONTEXTGET as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 */
export const ImBotV2ContextGetSchema: v.GenericSchema<unknown, ImBotV2ContextGetEvent> = v.pipe(
  RawImBotV2ContextGetSchema,
  v.transform((raw) => normalizeImBotV2ContextGet(raw, lenient())),
);

/**
 * ONIMBOTV2COMMANDADD as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 */
export const ImBotV2CommandAddSchema: v.GenericSchema<unknown, ImBotV2CommandAddEvent> = v.pipe(
  RawImBotV2CommandAddSchema,
  v.transform((raw) => normalizeImBotV2CommandAdd(raw, lenient())),
);

/**
 * ONIMBOTV2REACTIONCHANGE as one valibot schema: the wire schema, then the normalizer (lenient). It takes the
 * webhook's decoded tree (string leaves) or the payload with JSON's native types.
 */
export const ImBotV2ReactionChangeSchema: v.GenericSchema<unknown, ImBotV2ReactionChangeEvent> =
  v.pipe(
    RawImBotV2ReactionChangeSchema,
    v.transform((raw) => normalizeImBotV2ReactionChange(raw, lenient())),
  );
