import * as v from 'valibot';
import type { Bot } from '../model/Bot.js';
import type { Chat } from '../model/Chat.js';
import type { CommandCall } from '../model/ImCommandAddEvent.js';
import type { User } from '../model/User.js';
import { type RawAuth, RawAuthSchema } from './RawAuthSchema.js';
import { rawEnvelopeEntries } from './rawEnvelopeEntries.js';
import { requireFields } from './requireFields.js';
import {
  eventCodeMessage,
  objectMessage,
  RawIdSchema,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireText,
} from './wire.js';
import {
  RawIsoDateSchema,
  RawNullableIdV2Schema,
  RawNullableTextV2Schema,
  type WireDate,
  type WireNullableId,
  type WireNullableText,
} from './wireV2.js';

// API 2.0 (`ONIMBOTV2*`) sends camelCase entities: `data[bot]`, `data[chat]`, `data[user]`,
// `data[message]`. Over a webhook every scalar is a string (booleans `1`/`0`, `null` and empty
// arrays left out); from the polling method the types are JSON's. The scalar schemas take both.

/** The bot of an API 2.0 event as sent (`data[bot]`); see {@link Bot}. */
export interface RawImBotV2Bot {
  /** The bot's id (its user id). */
  readonly id: WireId;
  /** The bot's code. */
  readonly code: WireText;
  /** The bot's own auth bundle, for callbacks; webhooks send it, the polling method does not. */
  readonly auth?: RawAuth | undefined;
  /** Any other field (the polling method sends the whole bot), kept as sent. */
  readonly [key: string]: unknown;
}

/** The bot of an API 2.0 event as sent, with its auth bundle (ONIMBOTV2COMMANDADD). */
export interface RawImBotV2BotWithAuth extends RawImBotV2Bot {
  /** The bot's own auth bundle, for callbacks. */
  readonly auth: RawAuth;
}

/** The bot of an API 2.0 event as sent (`data[bot]`): `{id, code, auth}` over a webhook. */
export const RawImBotV2BotSchema: v.GenericSchema<unknown, RawImBotV2Bot> = v.looseObject(
  { id: RawIdSchema, code: RawTextSchema, auth: v.optional(RawAuthSchema) },
  objectMessage,
);

/**
 * The bot of an API 2.0 event as sent, its auth bundle required: ONIMBOTV2COMMANDADD needs it
 * for the command's `botAuth`. Webhooks always send it.
 */
export const RawImBotV2BotWithAuthSchema: v.GenericSchema<unknown, RawImBotV2BotWithAuth> =
  v.looseObject({ id: RawIdSchema, code: RawTextSchema, auth: RawAuthSchema }, objectMessage);

/** The chat of an API 2.0 event as sent (`data[chat]`); see {@link Chat}. */
export interface RawImBotV2Chat {
  /** The chat's id. */
  readonly id: WireId;
  /** The dialog to answer in (`'58'` for a private chat, `'chat7400'` otherwise). */
  readonly dialogId: WireText;
  /** The chat type's name (`chat`, `open`, `private`, ...). */
  readonly type?: WireText | undefined;
  /** The chat type's letter (`C`, `O`, `P`, ...); the type when `type` is missing. */
  readonly messageType?: WireText | undefined;
  /** The chat's title. */
  readonly name?: WireText | undefined;
  /** The chat's owner. */
  readonly owner?: WireId | undefined;
  /** The chat's color (HEX); `null` (`''`) for none. */
  readonly color?: WireNullableText | undefined;
  /** The avatar's address; `''` for none. */
  readonly avatar?: WireText | undefined;
  /** The chat's description. */
  readonly description?: WireText | undefined;
  /** Whether the chat has extranet users. */
  readonly extranet?: WireFlag | undefined;
  /** The type of the object the chat is linked to (`LINES`). */
  readonly entityType?: WireText | undefined;
  /** The id of the object the chat is linked to. */
  readonly entityId?: WireText | undefined;
  /** Extra data of the linked object, field 1. */
  readonly entityData1?: WireText | undefined;
  /** Extra data of the linked object, field 2. */
  readonly entityData2?: WireText | undefined;
  /** Extra data of the linked object, field 3. */
  readonly entityData3?: WireText | undefined;
  /** The parent chat of a thread; `0`, `''` or `null` for none. */
  readonly parentChatId?: WireNullableId | undefined;
  /** The parent message of a thread; `0`, `''` or `null` for none. */
  readonly parentMessageId?: WireNullableId | undefined;
  /** Any other field (`role`, `permissions`, `textFieldEnabled`, ...), kept as sent. */
  readonly [key: string]: unknown;
}

const RawImBotV2ChatObjectSchema = v.looseObject(
  {
    id: RawIdSchema,
    dialogId: RawTextSchema,
    type: v.optional(RawTextSchema),
    messageType: v.optional(RawTextSchema),
    name: v.optional(RawTextSchema),
    owner: v.optional(RawIdSchema),
    color: v.optional(RawNullableTextV2Schema),
    avatar: v.optional(RawTextSchema),
    description: v.optional(RawTextSchema),
    extranet: v.optional(RawYesNoSchema),
    entityType: v.optional(RawTextSchema),
    entityId: v.optional(RawTextSchema),
    entityData1: v.optional(RawTextSchema),
    entityData2: v.optional(RawTextSchema),
    entityData3: v.optional(RawTextSchema),
    parentChatId: v.optional(RawNullableIdV2Schema),
    parentMessageId: v.optional(RawNullableIdV2Schema),
  },
  objectMessage,
);

/**
 * The chat of an API 2.0 event as sent (`data[chat]`). `id` and `dialogId` are required, and
 * `type`, or `messageType` when `type` is missing.
 */
export const RawImBotV2ChatSchema: v.GenericSchema<unknown, RawImBotV2Chat> = v.pipe(
  RawImBotV2ChatObjectSchema,
  requireFields<v.InferOutput<typeof RawImBotV2ChatObjectSchema>>(
    ['type'],
    (chat) => chat.messageType === undefined,
    'when messageType is missing too',
  ),
);

/** The user of an API 2.0 event as sent (`data[user]`); see {@link User}. */
export interface RawImBotV2User {
  /** The user's id. */
  readonly id?: WireId | undefined;
  /** The user's full name. */
  readonly name?: WireText | undefined;
  /** The user's first name. */
  readonly firstName?: WireText | undefined;
  /** The user's last name. */
  readonly lastName?: WireText | undefined;
  /** `M` or `F`, or empty. */
  readonly gender?: WireText | undefined;
  /** The user's job title. */
  readonly workPosition?: WireText | undefined;
  /** Whether the user is a bot. */
  readonly bot?: WireFlag | undefined;
  /** Whether the user comes through an Open Line connector. */
  readonly connector?: WireFlag | undefined;
  /** Whether the user is an extranet user. */
  readonly extranet?: WireFlag | undefined;
  /** Any other field (`active`, `idle`, `lastActivityDate`, `departments`, ...), kept as sent. */
  readonly [key: string]: unknown;
}

const RawImBotV2UserObjectSchema = v.looseObject(
  {
    id: v.optional(RawIdSchema),
    name: v.optional(RawTextSchema),
    firstName: v.optional(RawTextSchema),
    lastName: v.optional(RawTextSchema),
    gender: v.optional(RawTextSchema),
    workPosition: v.optional(RawTextSchema),
    bot: v.optional(RawYesNoSchema),
    connector: v.optional(RawYesNoSchema),
    extranet: v.optional(RawYesNoSchema),
  },
  objectMessage,
);

/**
 * The user of an API 2.0 event as sent (`data[user]`). It may be missing or empty (PHP drops an
 * empty or `null` user from a form body); once it has any key, `id`, `name`, `firstName` and
 * `lastName` are required.
 */
export const RawImBotV2UserSchema: v.GenericSchema<unknown, RawImBotV2User> = v.pipe(
  RawImBotV2UserObjectSchema,
  requireFields<v.InferOutput<typeof RawImBotV2UserObjectSchema>>(
    ['id', 'name', 'firstName', 'lastName'],
    (user) => Object.keys(user).length > 0,
  ),
);

/** The message of an API 2.0 event as sent (`data[message]`). */
export interface RawImBotV2Message {
  /** The message's id. */
  readonly id: WireId;
  /** The chat the message is in. */
  readonly chatId: WireId;
  /** The message's author; `0` for system messages. */
  readonly authorId: WireId;
  /** The message text. */
  readonly text: WireText;
  /** When the message was written (ISO 8601); `null` (`''`) when unknown. */
  readonly date?: WireDate | undefined;
  /** Whether it is a system message. */
  readonly isSystem?: WireFlag | undefined;
  /** The message's UUID, for deduplication; `''` when none. */
  readonly uuid?: WireNullableText | undefined;
  /** Any other field (`forward`, `params`, `viewedByOthers`, ...), kept as sent. */
  readonly [key: string]: unknown;
}

/** The message of an API 2.0 event as sent (`data[message]`): `id`, `chatId`, `authorId` and `text` required. */
export const RawImBotV2MessageSchema: v.GenericSchema<unknown, RawImBotV2Message> = v.looseObject(
  {
    id: RawIdSchema,
    chatId: RawIdSchema,
    authorId: RawIdSchema,
    text: RawTextSchema,
    date: v.optional(RawIsoDateSchema),
    isSystem: v.optional(RawYesNoSchema),
    uuid: v.optional(RawNullableTextV2Schema),
  },
  objectMessage,
);

/** The invoked command of ONIMBOTV2COMMANDADD as sent (`data[command]`); see {@link CommandCall}. */
export interface RawImBotV2Command {
  /** The registered command's id. */
  readonly id: WireId;
  /** The command as typed, with its slash (`/help`). */
  readonly command: WireText;
  /** Everything after the command. */
  readonly params?: WireText | undefined;
  /** Where the command was invoked from: `textarea`, `keyboard` or `menu`. */
  readonly context: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** The invoked command of ONIMBOTV2COMMANDADD as sent (`data[command]`). */
export const RawImBotV2CommandSchema: v.GenericSchema<unknown, RawImBotV2Command> = v.looseObject(
  {
    id: RawIdSchema,
    command: RawTextSchema,
    params: v.optional(RawTextSchema),
    context: RawTextSchema,
  },
  objectMessage,
);

/** The envelope of an API 2.0 event as sent. */
export interface RawImBotV2Envelope<Event extends string> {
  /** The event code. */
  readonly event: Event;
  /** The id of the event handler registration, when sent. */
  readonly event_handler_id?: WireId | undefined;
  /** The same id under its earlier name, when sent (API 1.0 portals with `rest` 24.200 to 24.400). */
  readonly event_id?: WireId | undefined;
  /** When the event left the queue (unix time). */
  readonly ts: WireId;
  /** The auth of the user on whose behalf the event fired. */
  readonly auth: RawAuth;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** The `data` every API 2.0 event about a chat has. */
export interface RawImBotV2EventData {
  /** The bot the event is for. */
  readonly bot: RawImBotV2Bot;
  /** The chat. */
  readonly chat: RawImBotV2Chat;
  /** The user who caused the event; missing or empty when there is none. */
  readonly user?: RawImBotV2User | undefined;
  /** The portal's language. */
  readonly language: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** `data` of ONIMBOTV2MESSAGEADD, ONIMBOTV2MESSAGEUPDATE as sent. */
export interface RawImBotV2MessageData extends RawImBotV2EventData {
  /** The message. */
  readonly message: RawImBotV2Message;
}

/** ONIMBOTV2MESSAGEADD as sent. */
export interface RawImBotV2MessageAddEvent extends RawImBotV2Envelope<'ONIMBOTV2MESSAGEADD'> {
  /** The event's data. */
  readonly data: RawImBotV2MessageData;
}

/** ONIMBOTV2MESSAGEUPDATE as sent. */
export interface RawImBotV2MessageUpdateEvent extends RawImBotV2Envelope<'ONIMBOTV2MESSAGEUPDATE'> {
  /** The event's data; `message` as it is now. */
  readonly data: RawImBotV2MessageData;
}

/** ONIMBOTV2MESSAGEDELETE as sent. */
export interface RawImBotV2MessageDeleteEvent extends RawImBotV2Envelope<'ONIMBOTV2MESSAGEDELETE'> {
  /** The event's data. */
  readonly data: RawImBotV2EventData & {
    /** The deleted message's id. */
    readonly messageId: WireId;
  };
}

/** ONIMBOTV2JOINCHAT as sent. */
export interface RawImBotV2JoinChatEvent extends RawImBotV2Envelope<'ONIMBOTV2JOINCHAT'> {
  /** The event's data; `user` is who added the bot. */
  readonly data: RawImBotV2EventData & {
    /** The dialog the bot joined. */
    readonly dialogId: WireText;
  };
}

/** ONIMBOTV2DELETE as sent. */
export interface RawImBotV2DeleteEvent extends RawImBotV2Envelope<'ONIMBOTV2DELETE'> {
  /** The event's data: the removed bot. */
  readonly data: {
    /** The removed bot. */
    readonly bot: RawImBotV2Bot;
    /** Any other field, kept as sent. */
    readonly [key: string]: unknown;
  };
}

/** ONIMBOTV2CONTEXTGET as sent. */
export interface RawImBotV2ContextGetEvent extends RawImBotV2Envelope<'ONIMBOTV2CONTEXTGET'> {
  /** The event's data; `user` is who opened the dialog. */
  readonly data: RawImBotV2EventData & {
    /** The dialog that was opened. */
    readonly dialogId: WireText;
    /** The data the opening party passed; missing when empty. */
    readonly context?: Readonly<Record<string, unknown>> | undefined;
  };
}

/** ONIMBOTV2COMMANDADD as sent. */
export interface RawImBotV2CommandAddEvent extends RawImBotV2Envelope<'ONIMBOTV2COMMANDADD'> {
  /** The event's data; `user` is who invoked the command. */
  readonly data: RawImBotV2MessageData & {
    /** The bot, with its auth bundle. */
    readonly bot: RawImBotV2BotWithAuth;
    /** The invoked command. */
    readonly command: RawImBotV2Command;
  };
}

/** ONIMBOTV2REACTIONCHANGE as sent. */
export interface RawImBotV2ReactionChangeEvent
  extends RawImBotV2Envelope<'ONIMBOTV2REACTIONCHANGE'> {
  /** The event's data; `user` is who changed the reaction, `message` the message reacted to. */
  readonly data: RawImBotV2MessageData & {
    /** The reaction's code (`like`). */
    readonly reaction: WireText;
    /** `add` or `delete`. */
    readonly action: WireText;
  };
}

const envelopeEntries = rawEnvelopeEntries;

/** The `data` fields every API 2.0 event about a chat has. */
const eventDataEntries = {
  bot: RawImBotV2BotSchema,
  chat: RawImBotV2ChatSchema,
  user: v.optional(RawImBotV2UserSchema),
  language: RawTextSchema,
} as const;

/** `data` of the message add and update events. */
const RawMessageDataSchema = v.looseObject(
  { ...eventDataEntries, message: RawImBotV2MessageSchema },
  objectMessage,
);

/** ONIMBOTV2MESSAGEADD exactly as sent (API 2.0). */
export const RawImBotV2MessageAddSchema: v.GenericSchema<unknown, RawImBotV2MessageAddEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTV2MESSAGEADD', eventCodeMessage('ONIMBOTV2MESSAGEADD')),
      data: RawMessageDataSchema,
    },
    objectMessage,
  );

/** ONIMBOTV2MESSAGEUPDATE exactly as sent (API 2.0). */
export const RawImBotV2MessageUpdateSchema: v.GenericSchema<unknown, RawImBotV2MessageUpdateEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTV2MESSAGEUPDATE', eventCodeMessage('ONIMBOTV2MESSAGEUPDATE')),
      data: RawMessageDataSchema,
    },
    objectMessage,
  );

/** ONIMBOTV2MESSAGEDELETE exactly as sent (API 2.0): the message's id only, no message. */
export const RawImBotV2MessageDeleteSchema: v.GenericSchema<unknown, RawImBotV2MessageDeleteEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTV2MESSAGEDELETE', eventCodeMessage('ONIMBOTV2MESSAGEDELETE')),
      data: v.looseObject({ ...eventDataEntries, messageId: RawIdSchema }, objectMessage),
    },
    objectMessage,
  );

/** Whether a validated chat is private: `type` `private`, else `messageType` `P`. */
function isPrivateChat(chat: RawImBotV2Chat): boolean {
  const type = chat.type === undefined ? undefined : String(chat.type);
  return type === 'private' || (type === undefined && String(chat.messageType) === 'P');
}

const RawJoinChatDataObjectSchema = v.looseObject(
  { ...eventDataEntries, dialogId: RawTextSchema },
  objectMessage,
);

/** ONIMBOTV2JOINCHAT exactly as sent (API 2.0). In a private chat `data[user]` is required. */
export const RawImBotV2JoinChatSchema: v.GenericSchema<unknown, RawImBotV2JoinChatEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTV2JOINCHAT', eventCodeMessage('ONIMBOTV2JOINCHAT')),
      data: v.pipe(
        RawJoinChatDataObjectSchema,
        requireFields<v.InferOutput<typeof RawJoinChatDataObjectSchema>>(
          ['user'],
          (data) => isPrivateChat(data.chat),
          'in a private chat',
        ),
      ),
    },
    objectMessage,
  );

/** ONIMBOTV2DELETE exactly as sent (API 2.0). */
export const RawImBotV2DeleteSchema: v.GenericSchema<unknown, RawImBotV2DeleteEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTV2DELETE', eventCodeMessage('ONIMBOTV2DELETE')),
      data: v.looseObject({ bot: RawImBotV2BotSchema }, objectMessage),
    },
    objectMessage,
  );

/** ONIMBOTV2CONTEXTGET exactly as sent (API 2.0); `context` is kept whatever its keys. */
export const RawImBotV2ContextGetSchema: v.GenericSchema<unknown, RawImBotV2ContextGetEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTV2CONTEXTGET', eventCodeMessage('ONIMBOTV2CONTEXTGET')),
      data: v.looseObject(
        {
          ...eventDataEntries,
          dialogId: RawTextSchema,
          context: v.optional(v.looseObject({}, objectMessage)),
        },
        objectMessage,
      ),
    },
    objectMessage,
  );

/** ONIMBOTV2COMMANDADD exactly as sent (API 2.0): one command, and the bot's auth required. */
export const RawImBotV2CommandAddSchema: v.GenericSchema<unknown, RawImBotV2CommandAddEvent> =
  v.looseObject(
    {
      ...envelopeEntries,
      event: v.literal('ONIMBOTV2COMMANDADD', eventCodeMessage('ONIMBOTV2COMMANDADD')),
      data: v.looseObject(
        {
          ...eventDataEntries,
          bot: RawImBotV2BotWithAuthSchema,
          command: RawImBotV2CommandSchema,
          message: RawImBotV2MessageSchema,
        },
        objectMessage,
      ),
    },
    objectMessage,
  );

/** ONIMBOTV2REACTIONCHANGE exactly as sent (API 2.0). */
export const RawImBotV2ReactionChangeSchema: v.GenericSchema<
  unknown,
  RawImBotV2ReactionChangeEvent
> = v.looseObject(
  {
    ...envelopeEntries,
    event: v.literal('ONIMBOTV2REACTIONCHANGE', eventCodeMessage('ONIMBOTV2REACTIONCHANGE')),
    data: v.looseObject(
      {
        ...eventDataEntries,
        reaction: RawTextSchema,
        action: RawTextSchema,
        message: RawImBotV2MessageSchema,
      },
      objectMessage,
    ),
  },
  objectMessage,
);
