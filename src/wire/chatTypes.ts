// The one home of the chat-type rules of both API versions: the wire letters, the API 2.0 names,
// and what makes a chat private. The wire schemas (which fields a private chat needs) and the
// normalizers (the `type` of a chat) both read them from here.

/**
 * The kind of chat, from the wire letter (`CHAT_TYPE`, else `MESSAGE_TYPE`): `P` private,
 * `C` chat (group chat), `O` open, `L` lines (open line), `S` system, `N` channel,
 * `J` openChannel, `T` thread (comment thread), `A` copilot, `B` collab, `X` external;
 * `unknown` for any other letter. API 2.0 sends the name itself (`chat.type`), and also
 * `generalChannel` (the portal's general channel).
 *
 * @category Model
 */
export type ChatType =
  | 'private'
  | 'chat'
  | 'open'
  | 'lines'
  | 'system'
  | 'channel'
  | 'openChannel'
  | 'thread'
  | 'copilot'
  | 'collab'
  | 'external'
  | 'generalChannel'
  | 'unknown';

/** A chat type this library knows by name. @internal */
export type KnownChatType = Exclude<ChatType, 'unknown'>;

/**
 * The chat types by their wire letter (API 1.0 `CHAT_TYPE`, `MESSAGE_TYPE`; API 2.0
 * `chat.messageType`).
 * @internal
 */
export const CHAT_TYPE_LETTERS: Readonly<Record<string, KnownChatType>> = {
  P: 'private',
  C: 'chat',
  O: 'open',
  L: 'lines',
  S: 'system',
  N: 'channel',
  J: 'openChannel',
  T: 'thread',
  A: 'copilot',
  B: 'collab',
  X: 'external',
};

/** The chat types API 2.0 names in `chat.type`: every {@link ChatType} but `unknown`. @internal */
export const CHAT_TYPE_NAMES_V2: Readonly<Record<string, KnownChatType>> = {
  private: 'private',
  chat: 'chat',
  open: 'open',
  lines: 'lines',
  system: 'system',
  channel: 'channel',
  openChannel: 'openChannel',
  thread: 'thread',
  copilot: 'copilot',
  collab: 'collab',
  external: 'external',
  generalChannel: 'generalChannel',
};

/**
 * The wire letter of a chat type, for API 2.0's `messageType` when a chat sends none; `undefined`
 * for `generalChannel`, whose letter is not known.
 * @internal
 */
export function letterOfChatType(type: ChatType): string | undefined {
  for (const letter of Object.keys(CHAT_TYPE_LETTERS)) {
    if (CHAT_TYPE_LETTERS[letter] === type) return letter;
  }
  return undefined;
}

/** The chat fields of an API 1.0 `data[PARAMS]` that say its type. @internal */
export interface ChatLetterFields {
  /** The chat type letter. */
  readonly CHAT_TYPE?: unknown;
  /** The message type letter; the chat type when `CHAT_TYPE` is missing. */
  readonly MESSAGE_TYPE?: unknown;
}

/**
 * The chat type letter of an API 1.0 `data[PARAMS]`: `CHAT_TYPE`, else `MESSAGE_TYPE`.
 * @internal
 */
export function chatLetterOf(params: ChatLetterFields): unknown {
  return params.CHAT_TYPE ?? params.MESSAGE_TYPE;
}

/** Whether an API 1.0 `data[PARAMS]` is of a private chat (letter `P`). @internal */
export function isPrivateParams(params: ChatLetterFields): boolean {
  return String(chatLetterOf(params)) === 'P';
}

/** The chat fields of an API 2.0 `data[chat]` that say its type. @internal */
export interface ChatTypeFieldsV2 {
  /** The chat type's name. */
  readonly type?: unknown;
  /** The chat type's letter; the type when `type` is missing. */
  readonly messageType?: unknown;
}

/**
 * Whether an API 2.0 `data[chat]` is private: `type` `private`, else `messageType` `P`.
 * @internal
 */
export function isPrivateChatV2(chat: ChatTypeFieldsV2): boolean {
  if (chat.type !== undefined) return String(chat.type) === 'private';
  return String(chat.messageType) === 'P';
}
