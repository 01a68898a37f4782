import * as v from 'valibot';
import { AUTH_REQUIRED, type RawAuth, RawAuthSchema } from './RawAuthSchema.js';
import { ENVELOPE_REQUIRED, IM_V2_ENVELOPE_REQUIRED } from './rawEnvelopeEntries.js';
import { under } from './requiredPaths.js';
import { requireFields } from './requireFields.js';
import {
  objectMessage,
  RawByteSizeSchema,
  RawCountSchema,
  RawIdSchema,
  RawImageSizeSchema,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireImageSize,
  type WireText,
} from './wire.js';
import {
  RawDateOrFalseV2Schema,
  RawFreeformMapV2Schema,
  RawIsoDateSchema,
  RawNullableIdV2Schema,
  RawNullableTextV2Schema,
  RawPhonesV2Schema,
  type WireDate,
  type WireDateOrFalse,
  type WireFreeformMap,
  type WireNullableId,
  type WireNullableText,
  type WirePhones,
} from './wireV2.js';

// API 2.0 (`ONIMBOTV2*`) sends camelCase entities: `data[bot]`, `data[chat]`, `data[user]`,
// `data[message]`. Over a webhook every scalar is a string (booleans `1`/`0`, `null` and empty
// arrays left out); from the polling method the types are JSON's. The scalar schemas take both.

/** The bot of an API 2.0 event as sent (`data[bot]`); see `Bot`. @category Wire types */
export interface RawImBotV2Bot {
  /** The bot's id (its user id). */
  readonly id: WireId;
  /** The bot's code. */
  readonly code: WireText;
  /** The bot's own auth bundle, for callbacks; webhooks send it, the polling method does not. */
  readonly auth?: RawAuth | undefined;
  /** What the bot hears: `bot`, `supervisor`, `personal`, `openline`. Polled only. */
  readonly type?: WireText | undefined;
  /** Whether the bot is hidden from the contact list. Polled only. */
  readonly isHidden?: WireFlag | undefined;
  /** Whether the bot works in open channels. Polled only. */
  readonly isSupportOpenline?: WireFlag | undefined;
  /** Whether reactions to the bot's messages are allowed. Polled only. */
  readonly isReactionsEnabled?: WireFlag | undefined;
  /** The background of the bot's chats; `null` for none. Polled only. */
  readonly backgroundId?: WireNullableText | undefined;
  /** The bot's default language. Polled only. */
  readonly language?: WireText | undefined;
  /** The module that owns the bot (`rest`). Polled only. */
  readonly moduleId?: WireText | undefined;
  /** How the bot gets its events: `fetch` or `webhook`. Polled only. */
  readonly eventMode?: WireText | undefined;
  /** How many messages the bot has processed. Polled only. */
  readonly countMessage?: WireId | undefined;
  /** How many commands the bot has registered. Polled only. */
  readonly countCommand?: WireId | undefined;
  /** How many chats the bot is in. Polled only. */
  readonly countChat?: WireId | undefined;
  /** How many users the bot has talked to. Polled only. */
  readonly countUser?: WireId | undefined;
  /** Any other field (`appId` of older payloads), kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * The bot of an API 2.0 event as sent, with its auth bundle (ONIMBOTV2COMMANDADD).
 *
 * @category Wire types
 */
export interface RawImBotV2BotWithAuth extends RawImBotV2Bot {
  /** The bot's own auth bundle, for callbacks. */
  readonly auth: RawAuth;
}

/** The fields of the whole bot the polling method sends, each optional. @category Schemas */
const botEntries = {
  id: RawIdSchema,
  code: RawTextSchema,
  type: v.optional(RawTextSchema),
  isHidden: v.optional(RawYesNoSchema),
  isSupportOpenline: v.optional(RawYesNoSchema),
  isReactionsEnabled: v.optional(RawYesNoSchema),
  backgroundId: v.optional(RawNullableTextV2Schema),
  language: v.optional(RawTextSchema),
  moduleId: v.optional(RawTextSchema),
  eventMode: v.optional(RawTextSchema),
  countMessage: v.optional(RawCountSchema),
  countCommand: v.optional(RawCountSchema),
  countChat: v.optional(RawCountSchema),
  countUser: v.optional(RawCountSchema),
};

/**
 * The bot of an API 2.0 event as sent (`data[bot]`): `{id, code, auth}` over a webhook; the whole
 * bot, without `auth`, from the polling method.
 *
 * @category Schemas
 */
export const RawImBotV2BotSchema: v.GenericSchema<unknown, RawImBotV2Bot> = v.looseObject(
  { ...botEntries, auth: v.optional(RawAuthSchema) },
  objectMessage,
);

/**
 * The bot of an API 2.0 event as sent, its auth bundle required: ONIMBOTV2COMMANDADD needs it
 * for the command's `botAuth`. Webhooks always send it.
 *
 * @category Schemas
 */
export const RawImBotV2BotWithAuthSchema: v.GenericSchema<unknown, RawImBotV2BotWithAuth> =
  v.looseObject({ ...botEntries, auth: RawAuthSchema }, objectMessage);

/** The chat of an API 2.0 event as sent (`data[chat]`); see `Chat`. @category Wire types */
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
  /** Whether the chat has collaborators in it. */
  readonly containsCollaber?: WireFlag | undefined;
  /** The link to the chat's external object (keys not documented). */
  readonly entityLink?: WireFreeformMap | undefined;
  /** The Drive folder of the chat's files; `''` or `null` for none. */
  readonly diskFolderId?: WireNullableId | undefined;
  /** What the reader may do in the chat (keys not documented). */
  readonly permissions?: WireFreeformMap | undefined;
  /** Whether the chat was just created. */
  readonly isNew?: WireFlag | undefined;
  /** Whether the input field is on: `'Y'` or `'N'` in both deliveries. */
  readonly textFieldEnabled?: WireFlag | undefined;
  /** The chat's background; `''` or `null` for none. */
  readonly backgroundId?: WireNullableText | undefined;
  /** Any other field (`role`, `muteList`, ...), kept as sent. */
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
    containsCollaber: v.optional(RawYesNoSchema),
    entityLink: v.optional(RawFreeformMapV2Schema),
    diskFolderId: v.optional(RawNullableIdV2Schema),
    permissions: v.optional(RawFreeformMapV2Schema),
    isNew: v.optional(RawYesNoSchema),
    textFieldEnabled: v.optional(RawYesNoSchema),
    backgroundId: v.optional(RawNullableTextV2Schema),
  },
  objectMessage,
);

/**
 * The chat of an API 2.0 event as sent (`data[chat]`). `id` and `dialogId` are required, and
 * `type`, or `messageType` when `type` is missing.
 *
 * @category Schemas
 */
export const RawImBotV2ChatSchema: v.GenericSchema<unknown, RawImBotV2Chat> = v.pipe(
  RawImBotV2ChatObjectSchema,
  requireFields<v.InferOutput<typeof RawImBotV2ChatObjectSchema>>(
    ['type'],
    (chat) => chat.messageType === undefined,
    'when messageType is missing too',
  ),
);

/** The user of an API 2.0 event as sent (`data[user]`); see `User`. @category Wire types */
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
  /** Whether the account is active. */
  readonly active?: WireFlag | undefined;
  /** The placeholder color, HEX. */
  readonly color?: WireText | undefined;
  /** The avatar's address; `''` for none. */
  readonly avatar?: WireText | undefined;
  /** The birthday; `''` when unknown. */
  readonly birthday?: WireText | undefined;
  /** Where the account comes from (`default`, `bot`, `email`, ...). */
  readonly externalAuthId?: WireText | undefined;
  /** The presence status (`online`, `dnd`, ...). */
  readonly status?: WireText | undefined;
  /** Idle since, or `false`. */
  readonly idle?: WireDateOrFalse | undefined;
  /** The last activity, or `false`. */
  readonly lastActivityDate?: WireDateOrFalse | undefined;
  /** The last login from the mobile app, or `false`. */
  readonly mobileLastDate?: WireDateOrFalse | undefined;
  /** The last login from the desktop app, or `false`. */
  readonly desktopLastDate?: WireDateOrFalse | undefined;
  /** Absent (on leave) since, or `false`. */
  readonly absent?: WireDateOrFalse | undefined;
  /** The ids of the user's departments, as a list. */
  readonly departments?: Readonly<Record<string, WireId>> | undefined;
  /** The phone numbers by kind, or `false`. */
  readonly phones?: WirePhones | undefined;
  /** The kind of account: `employee`, `extranet`, `email`, `collaber`, `bot`. */
  readonly type?: WireText | undefined;
  /** The personal site. */
  readonly website?: WireText | undefined;
  /** The e-mail address. */
  readonly email?: WireText | undefined;
  /** Any other field, kept as sent. */
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
    active: v.optional(RawYesNoSchema),
    color: v.optional(RawTextSchema),
    avatar: v.optional(RawTextSchema),
    birthday: v.optional(RawTextSchema),
    externalAuthId: v.optional(RawTextSchema),
    status: v.optional(RawTextSchema),
    idle: v.optional(RawDateOrFalseV2Schema),
    lastActivityDate: v.optional(RawDateOrFalseV2Schema),
    mobileLastDate: v.optional(RawDateOrFalseV2Schema),
    desktopLastDate: v.optional(RawDateOrFalseV2Schema),
    absent: v.optional(RawDateOrFalseV2Schema),
    departments: v.optional(v.record(v.string(), RawIdSchema, objectMessage)),
    phones: v.optional(RawPhonesV2Schema),
    type: v.optional(RawTextSchema),
    website: v.optional(RawTextSchema),
    email: v.optional(RawTextSchema),
  },
  objectMessage,
);

/**
 * The user of an API 2.0 event as sent (`data[user]`). It may be missing or empty (PHP drops an
 * empty or `null` user from a form body); once it has any key, `id` is required.
 *
 * @category Schemas
 */
export const RawImBotV2UserSchema: v.GenericSchema<unknown, RawImBotV2User> = v.pipe(
  RawImBotV2UserObjectSchema,
  requireFields<v.InferOutput<typeof RawImBotV2UserObjectSchema>>(
    ['id'],
    (user) => Object.keys(user).length > 0,
  ),
);

/**
 * The user of an API 2.0 event as sent, its id required (see {@link RawImBotV2UserWithIdSchema}).
 *
 * @category Wire types
 */
export interface RawImBotV2UserWithId extends RawImBotV2User {
  /** The user's id. */
  readonly id: WireId;
}

/**
 * The user of an API 2.0 event that is about that user, as sent: ONIMV2JOINCHAT's new member. It
 * must be there, with its id; the rest is optional, as in {@link RawImBotV2UserSchema}.
 *
 * @category Schemas
 */
export const RawImBotV2UserWithIdSchema: v.GenericSchema<unknown, RawImBotV2UserWithId> = v.pipe(
  RawImBotV2UserObjectSchema,
  requireFields<v.InferOutput<typeof RawImBotV2UserObjectSchema>>(['id'], () => true),
) as v.GenericSchema<unknown, RawImBotV2UserWithId>;

/** One file of an API 2.0 message as sent (`data[message][params][files][n]`): the File entity. @category Wire types */
export interface RawImBotV2File {
  /** The file's Drive id. */
  readonly id: WireId;
  /** The chat the file was sent to. */
  readonly chatId?: WireId | undefined;
  /** When the file was uploaded (ISO 8601); `null` (`''`) when unknown. */
  readonly date?: WireDate | undefined;
  /** What the file is: `file`, `image`, `video` or `audio`. */
  readonly type?: WireText | undefined;
  /** The file name, with its extension. */
  readonly name?: WireText | undefined;
  /** The extension, in lower case. */
  readonly extension?: WireText | undefined;
  /** The size in bytes. */
  readonly size?: WireId | undefined;
  /** The preview size of an image, or `false`. */
  readonly image?: WireImageSize | undefined;
  /** Who uploaded the file. */
  readonly authorId?: WireId | undefined;
  /** The uploader's name. */
  readonly authorName?: WireText | undefined;
  /** Whether the file can be transcribed. */
  readonly isTranscribable?: WireFlag | undefined;
  /** Whether the file is a video note. */
  readonly isVideoNote?: WireFlag | undefined;
  /** Whether the file is a voice note. */
  readonly isVoiceNote?: WireFlag | undefined;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** One file of an API 2.0 message as sent: its `id` required, every other field optional. @category Schemas */
export const RawImBotV2FileSchema: v.GenericSchema<unknown, RawImBotV2File> = v.looseObject(
  {
    id: RawIdSchema,
    chatId: v.optional(RawIdSchema),
    date: v.optional(RawIsoDateSchema),
    type: v.optional(RawTextSchema),
    name: v.optional(RawTextSchema),
    extension: v.optional(RawTextSchema),
    size: v.optional(RawByteSizeSchema),
    image: v.optional(RawImageSizeSchema),
    authorId: v.optional(RawIdSchema),
    authorName: v.optional(RawTextSchema),
    isTranscribable: v.optional(RawYesNoSchema),
    isVideoNote: v.optional(RawYesNoSchema),
    isVoiceNote: v.optional(RawYesNoSchema),
  },
  objectMessage,
);

/** Where an API 2.0 message was forwarded from, as sent (`data[message][forward]`). @category Wire types */
export interface RawImBotV2Forward {
  /** The original's id (its type is not documented). */
  readonly id?: WireText | undefined;
  /** The original's author. */
  readonly userId?: WireId | undefined;
  /** The original's chat. */
  readonly chatId?: WireId | undefined;
  /** When the original was written (ISO 8601). */
  readonly date?: WireDate | undefined;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** The parameters of an API 2.0 message as sent (`data[message][params]`). @category Wire types */
export interface RawImBotV2MessageParams {
  /** The keyboard under the message (free-form). */
  readonly keyboard?: WireFreeformMap | undefined;
  /** The attachment (free-form). */
  readonly attach?: WireFreeformMap | undefined;
  /** The message's files, as a list. */
  readonly files?: Readonly<Record<string, RawImBotV2File>> | undefined;
  /** The message this one answers. */
  readonly replyId?: WireId | undefined;
  /** Any other parameter, kept as sent. */
  readonly [key: string]: unknown;
}

/** The message of an API 2.0 event as sent (`data[message]`). @category Wire types */
export interface RawImBotV2Message {
  /** The message's id. */
  readonly id: WireId;
  /** The chat the message is in. */
  readonly chatId: WireId;
  /** The message's author; `0` for system messages. */
  readonly authorId: WireId;
  /** The message text; a message of only files may leave it out. */
  readonly text?: WireText | undefined;
  /** When the message was written (ISO 8601); `null` (`''`) when unknown. */
  readonly date?: WireDate | undefined;
  /** Whether it is a system message. */
  readonly isSystem?: WireFlag | undefined;
  /** The message's UUID, for deduplication; `''` when none. */
  readonly uuid?: WireNullableText | undefined;
  /** Where the message was forwarded from; `null` when it was not. */
  readonly forward?: RawImBotV2Forward | null | undefined;
  /** The message's parameters (keyboard, attachment, files, the message it answers, ...). */
  readonly params?: RawImBotV2MessageParams | undefined;
  /** Whether someone other than the author has read it. */
  readonly viewedByOthers?: WireFlag | undefined;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * The message of an API 2.0 event as sent (`data[message]`): `id`, `chatId` and `authorId` required.
 *
 * @category Schemas
 */
export const RawImBotV2MessageSchema: v.GenericSchema<unknown, RawImBotV2Message> = v.looseObject(
  {
    id: RawIdSchema,
    chatId: RawIdSchema,
    authorId: RawIdSchema,
    text: v.optional(RawTextSchema),
    date: v.optional(RawIsoDateSchema),
    isSystem: v.optional(RawYesNoSchema),
    uuid: v.optional(RawNullableTextV2Schema),
    forward: v.optional(
      v.nullable(
        v.looseObject(
          {
            id: v.optional(RawTextSchema),
            userId: v.optional(RawIdSchema),
            chatId: v.optional(RawIdSchema),
            date: v.optional(RawIsoDateSchema),
          },
          objectMessage,
        ),
      ),
    ),
    params: v.optional(
      v.looseObject(
        {
          keyboard: v.optional(RawFreeformMapV2Schema),
          attach: v.optional(RawFreeformMapV2Schema),
          files: v.optional(v.record(v.string(), RawImBotV2FileSchema, objectMessage)),
          replyId: v.optional(RawIdSchema),
        },
        objectMessage,
      ),
    ),
    viewedByOthers: v.optional(RawYesNoSchema),
  },
  objectMessage,
);

/**
 * The invoked command of ONIMBOTV2COMMANDADD as sent (`data[command]`); see `CommandCall`.
 *
 * @category Wire types
 */
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

/** The invoked command of ONIMBOTV2COMMANDADD as sent (`data[command]`). @category Schemas */
export const RawImBotV2CommandSchema: v.GenericSchema<unknown, RawImBotV2Command> = v.looseObject(
  {
    id: RawIdSchema,
    command: RawTextSchema,
    params: v.optional(RawTextSchema),
    context: RawTextSchema,
  },
  objectMessage,
);

/** The `data` every API 2.0 event about a chat has. @category Wire types */
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

/** `data` of ONIMBOTV2MESSAGEADD, ONIMBOTV2MESSAGEUPDATE as sent. @category Wire types */
export interface RawImBotV2MessageData extends RawImBotV2EventData {
  /** The message. */
  readonly message: RawImBotV2Message;
}

/**
 * The `data` every user event of API 2.0 about a chat has (ONIMV2*): as
 * {@link RawImBotV2EventData}, without `bot`.
 *
 * @category Wire types
 */
export interface RawImV2EventData {
  /** The chat. */
  readonly chat: RawImBotV2Chat;
  /** The user who caused the event; missing or empty when there is none. */
  readonly user?: RawImBotV2User | undefined;
  /** The portal's language. */
  readonly language: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/** `data` of ONIMV2MESSAGEADD, ONIMV2MESSAGEUPDATE as sent. @category Wire types */
export interface RawImV2MessageData extends RawImV2EventData {
  /** The message. */
  readonly message: RawImBotV2Message;
}

/** The `data` fields every user event of API 2.0 about a chat has (ONIMV2*). @internal */
export const imV2EventDataEntries = {
  chat: RawImBotV2ChatSchema,
  user: v.optional(RawImBotV2UserSchema),
  language: RawTextSchema,
} as const;

/** The `data` fields every API 2.0 bot event about a chat has. @internal */
export const eventDataEntries = {
  bot: RawImBotV2BotSchema,
  ...imV2EventDataEntries,
} as const;

/** `data` of the message add and update events. @internal */
export const RawMessageDataSchema = v.looseObject(
  { ...eventDataEntries, message: RawImBotV2MessageSchema },
  objectMessage,
);

/** `data` of the user events' message add and update (ONIMV2*). @internal */
export const RawImV2MessageDataSchema = v.looseObject(
  { ...imV2EventDataEntries, message: RawImBotV2MessageSchema },
  objectMessage,
);

/** The keys `data[bot]` always has; `auth`, when sent, has its own. @internal */
export const V2_BOT_REQUIRED: readonly string[] = ['id', 'code', ...under('auth', AUTH_REQUIRED)];

/**
 * The wire paths every API 2.0 event about a chat needs: the envelope, the bot, the chat's id and
 * dialog, the language, and the user's identity once it is sent (the chat's type, or its letter,
 * is checked by the chat's schema).
 * @internal
 */
export const V2_CHAT_EVENT_REQUIRED: readonly string[] = [
  ...ENVELOPE_REQUIRED,
  'data[bot]',
  ...under('data[bot]', V2_BOT_REQUIRED),
  'data[chat]',
  ...under('data[chat]', ['id', 'dialogId']),
  ...under('data[user]', ['id']),
  'data[language]',
];

/**
 * The wire paths every user event of API 2.0 about a chat needs (ONIMV2*): the code and `data`
 * (the portal's identity only when an `auth` is sent), the chat's id and dialog, the language,
 * and the user's identity once it is sent. No `bot`, no `ts`.
 * @internal
 */
export const IM_V2_CHAT_EVENT_REQUIRED: readonly string[] = [
  ...IM_V2_ENVELOPE_REQUIRED,
  'data[chat]',
  ...under('data[chat]', ['id', 'dialogId']),
  ...under('data[user]', ['id']),
  'data[language]',
];

/**
 * The wire paths of `data[message]` of the API 2.0 events that carry one (and the id of each of
 * its files, once sent).
 * @internal
 */
export const V2_MESSAGE_REQUIRED: readonly string[] = [
  'data[message]',
  ...under('data[message]', ['id', 'chatId', 'authorId', 'params[files][*][id]']),
];
