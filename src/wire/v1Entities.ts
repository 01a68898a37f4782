import * as v from 'valibot';
import type { IdKeyedMap } from '../decode/recoverIdKeyedMaps.js';
import { chatLetterOf, isPrivateParams } from './chatTypes.js';
import {
  AUTH_REQUIRED,
  type RawAuth,
  type RawAuthFields,
  RawAuthSchema,
  rawAuthEntries,
} from './RawAuthSchema.js';
import { type RawUser, RawUserSchema, USER_REQUIRED } from './RawUserSchema.js';
import {
  type RawChatParams,
  type RawMessageFlags,
  rawChatEntries,
  rawMessageFlagEntries,
} from './rawChatEntries.js';
import type { RawEventEnvelope } from './rawEnvelopeEntries.js';
import { under } from './requiredPaths.js';
import { requireFields } from './requireFields.js';
import {
  idKeyedMapSchema,
  objectMessage,
  RawByteSizeSchema,
  RawIdSchema,
  RawImageSizeSchema,
  RawIntegerSchema,
  RawTextSchema,
  RawYesNoSchema,
  type WireFlag,
  type WireId,
  type WireImageSize,
  type WireText,
} from './wire.js';

/** One bot of an API 1.0 event as sent (`data[BOT][id]`); see `Bot`. @category Wire types */
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

/**
 * One bot of an API 1.0 event as sent (`data[BOT][id]`): its id, code and auth bundle.
 *
 * @category Schemas
 */
export const RawBotEntrySchema: v.GenericSchema<unknown, RawBotEntry> = v.looseObject(
  {
    ...rawAuthEntries,
    AUTH: v.optional(RawAuthSchema),
    BOT_ID: RawIdSchema,
    BOT_CODE: RawTextSchema,
  },
  objectMessage,
);

/** `data[BOT]`: the bots an event is for, keyed by bot id; at least one. @internal */
export const RawBotMapSchema = idKeyedMapSchema(RawBotEntrySchema, 'bot');

/**
 * One file of a message as sent (`data[PARAMS][FILES][id]`), keyed by its Drive file id: the
 * fields `CIMDisk::GetFileParams` builds; see `BotMessageFile`.
 *
 * @category Wire types
 */
export interface RawBotMessageFile {
  /** The file's Drive id (the same as its key). */
  readonly id?: WireId | undefined;
  /** The file name, with its extension. */
  readonly name?: WireText | undefined;
  /** The size in bytes. */
  readonly size?: WireId | undefined;
  /** What the file is: `file`, `image`, `video` or `audio`. */
  readonly type?: WireText | undefined;
  /** The preview's address; `''` when the file has none. */
  readonly urlPreview?: WireText | undefined;
  /** The address that shows the file. */
  readonly urlShow?: WireText | undefined;
  /** The address that downloads the file. */
  readonly urlDownload?: WireText | undefined;
  /** The chat the file was sent to. */
  readonly chatId?: WireId | undefined;
  /** The extension, in lower case. */
  readonly extension?: WireText | undefined;
  /** The preview size of an image, or `false`. */
  readonly image?: WireImageSize | undefined;
  /** Who uploaded the file. */
  readonly authorId?: WireId | undefined;
  /** The uploader's name. */
  readonly authorName?: WireText | undefined;
  /** Any other field (`status`, `progress`, `viewerAttrs`, ...), kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * One file of a message as sent (`data[PARAMS][FILES][id]`): every field optional, typed when sent.
 *
 * @category Schemas
 */
export const RawBotMessageFileSchema: v.GenericSchema<unknown, RawBotMessageFile> = v.looseObject(
  {
    id: v.optional(RawIdSchema),
    name: v.optional(RawTextSchema),
    size: v.optional(RawByteSizeSchema),
    type: v.optional(RawTextSchema),
    urlPreview: v.optional(RawTextSchema),
    urlShow: v.optional(RawTextSchema),
    urlDownload: v.optional(RawTextSchema),
    chatId: v.optional(RawIdSchema),
    extension: v.optional(RawTextSchema),
    image: v.optional(RawImageSizeSchema),
    authorId: v.optional(RawIdSchema),
    authorName: v.optional(RawTextSchema),
  },
  objectMessage,
);

/** The message's own parameters as sent (`data[PARAMS][PARAMS]`). @category Wire types */
export interface RawBotMessageOwnParams {
  /** The Drive ids of the message's files, as a list. */
  readonly FILE_ID?: Readonly<Record<string, WireId>> | undefined;
  /** Any other parameter (`ATTACH`, `URL_ID`, `IS_EDITED`, ...), kept as sent. */
  readonly [key: string]: unknown;
}

/** `data[PARAMS]` of the API 1.0 message events as sent; see `BotMessage`. @category Wire types */
export interface RawBotMessageParams extends RawChatParams, RawMessageFlags {
  /** The message text (the bot mention removed); absent when a message of only files has none. */
  readonly MESSAGE?: WireText | undefined;
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
  /** The message's files, keyed by Drive file id. */
  readonly FILES?: Readonly<Record<string, RawBotMessageFile>> | undefined;
  /** The message's own parameters, with the file ids. */
  readonly PARAMS?: RawBotMessageOwnParams | undefined;
  /** The portal's default language. */
  readonly LANGUAGE: WireText;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

const RawBotMessageParamsObjectSchema = v.looseObject(
  {
    ...rawChatEntries,
    ...rawMessageFlagEntries,
    MESSAGE: v.optional(RawTextSchema),
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
    FILES: v.optional(idKeyedMapSchema(RawBotMessageFileSchema, 'file')),
    PARAMS: v.optional(
      v.looseObject(
        { FILE_ID: v.optional(v.record(v.string(), RawIdSchema, objectMessage)) },
        objectMessage,
      ),
    ),
    LANGUAGE: RawTextSchema,
  },
  objectMessage,
);

type Params = v.InferOutput<typeof RawBotMessageParamsObjectSchema>;

/** The checks every API 1.0 `data[PARAMS]` with a chat needs. @internal */
export const chatChecks = [
  requireFields<Params>(
    ['CHAT_TYPE'],
    (params) => chatLetterOf(params) === undefined,
    'when MESSAGE_TYPE is missing too',
  ),
  requireFields<Params>(['TO_USER_ID'], isPrivateParams, 'in a private chat'),
  requireFields<Params>(
    ['CHAT_ID'],
    (params) => !isPrivateParams(params) && params.TO_CHAT_ID === undefined,
    'in a group chat when TO_CHAT_ID is missing',
  ),
] as const;

/**
 * `data[PARAMS]` of ONIMBOTMESSAGEADD and ONIMBOTMESSAGEUPDATE as sent. The message id comes as
 * `MESSAGE_ID` (or `ID`), the chat id as `TO_CHAT_ID` or `CHAT_ID`.
 *
 * @category Schemas
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

/**
 * `data[PARAMS]` of ONIMBOTMESSAGEDELETE as sent: as the others, but private chats may omit the chat id.
 *
 * @category Schemas
 */
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

/** `data` of the API 1.0 message and join events as sent. @category Wire types */
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

/** The id-keyed maps of the API 1.0 bot events, whose keys qs may lose. @internal */
export const V1_ID_KEYED_MAPS: readonly IdKeyedMap[] = [
  { path: ['data', 'BOT'], idKey: 'BOT_ID' },
  { path: ['data', 'PARAMS', 'MENTIONED_LIST'] },
  { path: ['data', 'PARAMS', 'BOT_IN_CHAT'] },
  { path: ['data', 'PARAMS', 'FILES'], idKey: 'id' },
];

/**
 * `data` of an API 1.0 message or join event: its bots, its params, its user.
 *
 * @param params The schema of `data[PARAMS]`.
 * @returns The schema.
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function v1DataSchema<Params>(params: v.GenericSchema<unknown, Params>) {
  return v.looseObject(
    { BOT: RawBotMapSchema, PARAMS: params, USER: v.optional(RawUserSchema) },
    objectMessage,
  );
}

/** The keys of a bot entry (`data[BOT][id]`) it always has; `AUTH`, when sent, has its own. @internal */
export const BOT_ENTRY_REQUIRED: readonly string[] = [
  'BOT_ID',
  'BOT_CODE',
  ...under('AUTH', AUTH_REQUIRED),
];

/**
 * The wire paths of `data` every API 1.0 message or join event needs, but its params' own: the
 * bots with their identity, the params, and the user's fields once it is sent.
 * @internal
 */
export const V1_DATA_REQUIRED: readonly string[] = [
  'data[BOT]',
  ...under('data[BOT][*]', BOT_ENTRY_REQUIRED),
  'data[PARAMS]',
  ...under('data[USER]', USER_REQUIRED),
];

/**
 * The keys `data[PARAMS]` of an API 1.0 message event always has. `MESSAGE` is not one: the disk
 * upload path leaves it out of a message of only files, and a bot can act on a message by its id.
 * @internal
 */
export const MESSAGE_PARAMS_REQUIRED: readonly string[] = ['DIALOG_ID', 'LANGUAGE'];

/** ONIMBOTMESSAGEADD or ONIMBOTMESSAGEUPDATE as sent. @category Wire types */
export interface RawImBotMessageEvent
  extends RawEventEnvelope<'ONIMBOTMESSAGEADD' | 'ONIMBOTMESSAGEUPDATE'> {
  /** The event's data. */
  readonly data: RawImBotEventData<RawBotMessageParams>;
}
