import * as v from 'valibot';
import type { Bot } from '../model/Bot.js';
import type { BotMessage } from '../model/BotMessage.js';
import {
  type RawAuth,
  type RawAuthFields,
  RawAuthSchema,
  rawAuthEntries,
} from './RawAuthSchema.js';
import { type RawUser, RawUserSchema } from './RawUserSchema.js';
import {
  type RawChatParams,
  type RawMessageFlags,
  rawChatEntries,
  rawMessageFlagEntries,
} from './rawChatEntries.js';
import { rawEnvelopeEntries } from './rawEnvelopeEntries.js';
import { requireFields } from './requireFields.js';
import {
  eventCodeMessage,
  idKeyedMapSchema,
  objectMessage,
  RawIdSchema,
  RawIntegerSchema,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireText,
} from './wire.js';

/** One bot of an API 1.0 event as sent (`data[BOT][id]`); see {@link Bot}. */
export interface RawBotEntry extends RawAuthFields {
  /** The bot's auth bundle; the same fields also come flat in the entry. */
  readonly AUTH?: RawAuth | undefined;
  /** The bot's id. */
  readonly BOT_ID: WireId;
  /** The bot's code. */
  readonly BOT_CODE: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** One bot of an API 1.0 event as sent (`data[BOT][id]`): its id, code and auth bundle. */
export const RawBotEntrySchema: v.GenericSchema<unknown, RawBotEntry> = v.looseObject(
  {
    ...rawAuthEntries,
    AUTH: v.optional(RawAuthSchema),
    BOT_ID: RawIdSchema,
    BOT_CODE: RawTextSchema,
  },
  objectMessage,
);

/** `data[BOT]`: the bots an event is for, keyed by bot id; at least one. */
const RawBotMapSchema = idKeyedMapSchema(RawBotEntrySchema, 'bot');

/** `data[PARAMS]` of the API 1.0 message events as sent; see {@link BotMessage}. */
export interface RawBotMessageParams extends RawChatParams, RawMessageFlags {
  /** The message text (the bot mention removed). */
  readonly MESSAGE: WireText;
  /** The message's id. */
  readonly MESSAGE_ID?: WireId | undefined;
  /** The message's id, as the update and delete events also send it. */
  readonly ID?: WireId | undefined;
  /** The message template's id. */
  readonly TEMPLATE_ID?: WireText | undefined;
  /** The sender. */
  readonly FROM_USER_ID?: WireId | undefined;
  /** The message's author; absent on some send paths. */
  readonly AUTHOR_ID?: WireId | undefined;
  /** Whether it is a system message. */
  readonly SYSTEM?: WireFlag | undefined;
  /** A system value of the user's relation to the chat. */
  readonly FAKE_RELATION?: WireId | undefined;
  /** Where a command came from (`TEXTAREA`, `KEYBOARD`, `MENU`). */
  readonly COMMAND_CONTEXT?: WireText | undefined;
  /** How many users the chat has. */
  readonly CHAT_USER_COUNT?: WireId | undefined;
  /** The mentioned users, keyed by user id. */
  readonly MENTIONED_LIST?: Readonly<Record<string, WireId>> | undefined;
  /** Where the message was written (`web`). */
  readonly PLATFORM_CONTEXT?: WireText | undefined;
  /** The text as written, with BB-code mentions. */
  readonly MESSAGE_ORIGINAL?: WireText | undefined;
  /** The portal's default language. */
  readonly LANGUAGE: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

const RawBotMessageParamsObjectSchema = v.looseObject(
  {
    ...rawChatEntries,
    ...rawMessageFlagEntries,
    MESSAGE: RawTextSchema,
    MESSAGE_ID: v.optional(RawIdSchema),
    ID: v.optional(RawIdSchema),
    TEMPLATE_ID: v.optional(RawTextSchema),
    FROM_USER_ID: v.optional(RawIdSchema),
    AUTHOR_ID: v.optional(RawIdSchema),
    SYSTEM: v.optional(RawYesNoSchema),
    FAKE_RELATION: v.optional(RawIntegerSchema),
    COMMAND_CONTEXT: v.optional(RawTextSchema),
    CHAT_USER_COUNT: v.optional(RawIdSchema),
    MENTIONED_LIST: v.optional(v.record(v.string(), RawIdSchema, objectMessage)),
    PLATFORM_CONTEXT: v.optional(RawTextSchema),
    MESSAGE_ORIGINAL: v.optional(RawTextSchema),
    LANGUAGE: RawTextSchema,
  },
  objectMessage,
);

type Params = v.InferOutput<typeof RawBotMessageParamsObjectSchema>;

function chatLetter(params: { CHAT_TYPE?: unknown; MESSAGE_TYPE?: unknown }): unknown {
  return params.CHAT_TYPE ?? params.MESSAGE_TYPE;
}

/** The checks every API 1.0 `data[PARAMS]` with a chat needs. */
const chatChecks = [
  requireFields<Params>(
    ['CHAT_TYPE'],
    (params) => chatLetter(params) === undefined,
    'when MESSAGE_TYPE is missing too',
  ),
  requireFields<Params>(
    ['TO_USER_ID'],
    (params) => chatLetter(params) === 'P',
    'in a private chat',
  ),
  requireFields<Params>(
    ['CHAT_ID'],
    (params) => chatLetter(params) !== 'P' && params.TO_CHAT_ID === undefined,
    'in a group chat when TO_CHAT_ID is missing',
  ),
] as const;

/**
 * `data[PARAMS]` of ONIMBOTMESSAGEADD and ONIMBOTMESSAGEUPDATE as sent. The message id comes as
 * `MESSAGE_ID` (or `ID`), the chat id as `TO_CHAT_ID` or `CHAT_ID`.
 */
export const RawBotMessageParamsSchema: v.GenericSchema<unknown, RawBotMessageParams> = v.pipe(
  RawBotMessageParamsObjectSchema,
  ...chatChecks,
  requireFields<Params>(['MESSAGE_ID'], (params) => params.ID === undefined, 'when ID is missing'),
  requireFields<Params>(
    ['CHAT_ID'],
    (params) => params.TO_CHAT_ID === undefined,
    'when TO_CHAT_ID is missing',
  ),
);

/** `data[PARAMS]` of ONIMBOTMESSAGEDELETE as sent: as the others, but private chats may omit the chat id. */
export const RawBotDeletedMessageParamsSchema: v.GenericSchema<unknown, RawBotMessageParams> =
  v.pipe(
    RawBotMessageParamsObjectSchema,
    ...chatChecks,
    requireFields<Params>(
      ['MESSAGE_ID'],
      (params) => params.ID === undefined,
      'when ID is missing',
    ),
  );

/** `data[PARAMS]` of ONIMBOTJOINCHAT as sent. */
export interface RawBotJoinChatParams extends RawChatParams {
  /** The bot that joined (the same as the `data[BOT]` entry's key). */
  readonly BOT_ID?: WireId | undefined;
  /** The user who added the bot; `0` when the system did. */
  readonly USER_ID: WireId;
  /** In a private chat, the bot itself. */
  readonly FROM_USER_ID?: WireId | undefined;
  /** Whether the bot may read the chat's history (`1`/`0`). */
  readonly ACCESS_HISTORY?: WireFlag | undefined;
  /** Whether the bot joined silently (Y/N). */
  readonly SILENT_JOIN?: WireFlag | undefined;
  /** The portal's default language. */
  readonly LANGUAGE: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

const RawBotJoinChatParamsObjectSchema = v.looseObject(
  {
    ...rawChatEntries,
    BOT_ID: v.optional(RawIdSchema),
    USER_ID: RawIdSchema,
    FROM_USER_ID: v.optional(RawIdSchema),
    ACCESS_HISTORY: v.optional(RawYesNoSchema),
    SILENT_JOIN: v.optional(RawYesNoSchema),
    LANGUAGE: RawTextSchema,
  },
  objectMessage,
);

type JoinParams = v.InferOutput<typeof RawBotJoinChatParamsObjectSchema>;

/** `data[PARAMS]` of ONIMBOTJOINCHAT as sent: the chat the bot joined, and who added it. */
export const RawBotJoinChatParamsSchema: v.GenericSchema<unknown, RawBotJoinChatParams> = v.pipe(
  RawBotJoinChatParamsObjectSchema,
  requireFields<JoinParams>(
    ['CHAT_TYPE'],
    (params) => chatLetter(params) === undefined,
    'when MESSAGE_TYPE is missing too',
  ),
  requireFields<JoinParams>(
    ['TO_USER_ID'],
    (params) => chatLetter(params) === 'P',
    'in a private chat',
  ),
  requireFields<JoinParams>(
    ['CHAT_ID'],
    (params) => chatLetter(params) !== 'P' && params.TO_CHAT_ID === undefined,
    'in a group chat when TO_CHAT_ID is missing',
  ),
);

/** The envelope of an API 1.0 event as sent. */
export interface RawEventEnvelope<Event extends string> {
  /** The event code. */
  readonly event: Event;
  /** The id of the event handler registration; sent by portals with `rest` 24.500 (2024) on. */
  readonly event_handler_id?: WireId | undefined;
  /** The same id under its earlier name (`rest` 24.200 to 24.400). */
  readonly event_id?: WireId | undefined;
  /** When the event left the queue (unix time). */
  readonly ts: WireId;
  /** The auth of the user on whose behalf the event fired. */
  readonly auth: RawAuth;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** `data` of the API 1.0 message and join events as sent. */
export interface RawImBotEventData<Params> {
  /** The bots the event is for, keyed by bot id. */
  readonly BOT: Readonly<Record<string, RawBotEntry>>;
  /** The event's parameters. */
  readonly PARAMS: Params;
  /** The message's author; missing or empty when there is none. */
  readonly USER?: RawUser | undefined;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** ONIMBOTMESSAGEADD or ONIMBOTMESSAGEUPDATE as sent. */
export interface RawImBotMessageEvent
  extends RawEventEnvelope<'ONIMBOTMESSAGEADD' | 'ONIMBOTMESSAGEUPDATE'> {
  /** The event's data. */
  readonly data: RawImBotEventData<RawBotMessageParams>;
}

/** ONIMBOTMESSAGEADD as sent. */
export interface RawImBotMessageAddEvent extends RawImBotMessageEvent {
  /** The event code. */
  readonly event: 'ONIMBOTMESSAGEADD';
}

/** ONIMBOTMESSAGEUPDATE as sent. */
export interface RawImBotMessageUpdateEvent extends RawImBotMessageEvent {
  /** The event code. */
  readonly event: 'ONIMBOTMESSAGEUPDATE';
}

/** ONIMBOTMESSAGEDELETE as sent. */
export interface RawImBotMessageDeleteEvent extends RawEventEnvelope<'ONIMBOTMESSAGEDELETE'> {
  /** The event's data. */
  readonly data: RawImBotEventData<RawBotMessageParams>;
}

/** ONIMBOTJOINCHAT as sent. */
export interface RawImBotJoinChatEvent extends RawEventEnvelope<'ONIMBOTJOINCHAT'> {
  /** The event's data. */
  readonly data: RawImBotEventData<RawBotJoinChatParams>;
}

/** ONIMBOTDELETE as sent. */
export interface RawImBotDeleteEvent extends RawEventEnvelope<'ONIMBOTDELETE'> {
  /** The event's data: the removed bot. */
  readonly data: {
    /** The removed bot's id. */
    readonly BOT_ID: WireId;
    /** The removed bot's code. */
    readonly BOT_CODE: WireText;
    /** Any other field, kept as sent. */
    readonly [key: string]: unknown;
  };
}

const envelopeEntries = rawEnvelopeEntries;

/** ONIMBOTMESSAGEADD exactly as sent (API 1.0). */
export const RawImBotMessageAddSchema: v.GenericSchema<unknown, RawImBotMessageAddEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTMESSAGEADD', eventCodeMessage('ONIMBOTMESSAGEADD')),
      data: v.looseObject(
        {
          BOT: RawBotMapSchema,
          PARAMS: RawBotMessageParamsSchema,
          USER: v.optional(RawUserSchema),
        },
        objectMessage,
      ),
    },
    objectMessage,
  );

/** ONIMBOTMESSAGEUPDATE exactly as sent (API 1.0). */
export const RawImBotMessageUpdateSchema: v.GenericSchema<unknown, RawImBotMessageUpdateEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTMESSAGEUPDATE', eventCodeMessage('ONIMBOTMESSAGEUPDATE')),
      data: v.looseObject(
        {
          BOT: RawBotMapSchema,
          PARAMS: RawBotMessageParamsSchema,
          USER: v.optional(RawUserSchema),
        },
        objectMessage,
      ),
    },
    objectMessage,
  );

/** ONIMBOTMESSAGEDELETE exactly as sent (API 1.0). */
export const RawImBotMessageDeleteSchema: v.GenericSchema<unknown, RawImBotMessageDeleteEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTMESSAGEDELETE', eventCodeMessage('ONIMBOTMESSAGEDELETE')),
      data: v.looseObject(
        {
          BOT: RawBotMapSchema,
          PARAMS: RawBotDeletedMessageParamsSchema,
          USER: v.optional(RawUserSchema),
        },
        objectMessage,
      ),
    },
    objectMessage,
  );

/** ONIMBOTJOINCHAT exactly as sent (API 1.0). */
export const RawImBotJoinChatSchema: v.GenericSchema<unknown, RawImBotJoinChatEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTJOINCHAT', eventCodeMessage('ONIMBOTJOINCHAT')),
      data: v.looseObject(
        {
          BOT: RawBotMapSchema,
          PARAMS: RawBotJoinChatParamsSchema,
          USER: v.optional(RawUserSchema),
        },
        objectMessage,
      ),
    },
    objectMessage,
  );

/** ONIMBOTDELETE exactly as sent (API 1.0). */
export const RawImBotDeleteSchema: v.GenericSchema<unknown, RawImBotDeleteEvent> = v.looseObject(
  {
    ...envelopeEntries,
    event: v.literal('ONIMBOTDELETE', eventCodeMessage('ONIMBOTDELETE')),
    data: v.looseObject({ BOT_ID: RawIdSchema, BOT_CODE: RawTextSchema }, objectMessage),
  },
  objectMessage,
);
