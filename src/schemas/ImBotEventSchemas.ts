import * as v from 'valibot';
import type {
  ImBotDeleteEvent,
  ImBotJoinChatEvent,
  ImBotMessageAddEvent,
  ImBotMessageDeleteEvent,
  ImBotMessageUpdateEvent,
} from '../model/ImBotEvents.js';
import type { NormalizeContext } from '../normalize/NormalizeContext.js';
import {
  normalizeImBotDelete,
  normalizeImBotJoinChat,
  normalizeImBotMessageAdd,
  normalizeImBotMessageDelete,
  normalizeImBotMessageUpdate,
} from '../normalize/normalizeImBotEvents.js';
import {
  RawImBotDeleteSchema,
  RawImBotJoinChatSchema,
  RawImBotMessageAddSchema,
  RawImBotMessageDeleteSchema,
  RawImBotMessageUpdateSchema,
} from './RawImBotEventSchemas.js';

/** A fresh lenient context for a pipeline schema's normalizer. */
function lenient(): NormalizeContext {
  return { strict: false, issues: [] };
}

/** ONIMBOTMESSAGEADD as one valibot schema: the wire schema, then the normalizer (lenient). */
export const ImBotMessageAddSchema: v.GenericSchema<unknown, ImBotMessageAddEvent> = v.pipe(
  RawImBotMessageAddSchema,
  v.transform((raw) => normalizeImBotMessageAdd(raw, lenient())),
);

/** ONIMBOTMESSAGEUPDATE as one valibot schema: the wire schema, then the normalizer (lenient). */
export const ImBotMessageUpdateSchema: v.GenericSchema<unknown, ImBotMessageUpdateEvent> = v.pipe(
  RawImBotMessageUpdateSchema,
  v.transform((raw) => normalizeImBotMessageUpdate(raw, lenient())),
);

/** ONIMBOTMESSAGEDELETE as one valibot schema: the wire schema, then the normalizer (lenient). */
export const ImBotMessageDeleteSchema: v.GenericSchema<unknown, ImBotMessageDeleteEvent> = v.pipe(
  RawImBotMessageDeleteSchema,
  v.transform((raw) => normalizeImBotMessageDelete(raw, lenient())),
);

/** ONIMBOTJOINCHAT as one valibot schema: the wire schema, then the normalizer (lenient). */
export const ImBotJoinChatSchema: v.GenericSchema<unknown, ImBotJoinChatEvent> = v.pipe(
  RawImBotJoinChatSchema,
  v.transform((raw) => normalizeImBotJoinChat(raw, lenient())),
);

/** ONIMBOTDELETE as one valibot schema: the wire schema, then the normalizer. */
export const ImBotDeleteSchema: v.GenericSchema<unknown, ImBotDeleteEvent> = v.pipe(
  RawImBotDeleteSchema,
  v.transform((raw) => normalizeImBotDelete(raw, lenient())),
);
