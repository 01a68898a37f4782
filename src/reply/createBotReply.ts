import type { BotEventMap } from '../events/table.js';
import type { EventAuth } from '../model/EventAuth.js';
import type { PolledBotEventMap } from '../poll/PolledBotEvent.js';
import {
  type BotReply,
  refuse,
  type WireMap,
  wireAttach,
  wireKeyboard,
  wireMenu,
  wireMessage,
} from './BotReply.js';

/** The API 1.0 events a bot answers with `imbot.message.add`. @category Replies */
export type V1MessageReplyCode =
  | 'ONIMBOTMESSAGEADD'
  | 'ONIMBOTMESSAGEUPDATE'
  | 'ONIMBOTMESSAGEDELETE'
  | 'ONIMBOTJOINCHAT';

/** The API 2.0 events a bot answers with `imbot.v2.Chat.Message.send`. @category Replies */
export type V2MessageReplyCode =
  | 'ONIMBOTV2MESSAGEADD'
  | 'ONIMBOTV2MESSAGEUPDATE'
  | 'ONIMBOTV2MESSAGEDELETE'
  | 'ONIMBOTV2JOINCHAT'
  | 'ONIMBOTV2CONTEXTGET'
  | 'ONIMBOTV2REACTIONCHANGE';

/** The user events (ONIMV2*) a bot can answer in their chat, given its own `botId`. @category Replies */
export type UserEventReplyCode =
  | 'ONIMV2MESSAGEADD'
  | 'ONIMV2MESSAGEUPDATE'
  | 'ONIMV2MESSAGEDELETE'
  | 'ONIMV2REACTIONCHANGE'
  | 'ONIMV2JOINCHAT';

/** Every event a bot can answer, webhook or polled. @category Replies */
export type AnswerableBotEvent =
  | BotEventMap[
      | V1MessageReplyCode
      | 'ONIMCOMMANDADD'
      | V2MessageReplyCode
      | 'ONIMBOTV2COMMANDADD'
      | UserEventReplyCode]
  | PolledBotEventMap[V2MessageReplyCode | 'ONIMBOTV2COMMANDADD' | UserEventReplyCode];

/** The content of an API 1.0 answer, as `imbot.message.add` and `imbot.command.answer` take it. @category Replies */
export interface ImbotV1ReplyContent {
  /** The text. */
  readonly MESSAGE: string;
  /** Buttons. */
  readonly KEYBOARD?: WireMap;
  /** Rich blocks. */
  readonly ATTACH?: WireMap;
  /** The context menu. */
  readonly MENU?: readonly unknown[];
  /** A system message. */
  readonly SYSTEM?: 'Y' | 'N';
  /** Link previews. */
  readonly URL_PREVIEW?: 'Y' | 'N';
  /** The bot's `CLIENT_ID`, for a bot registered through an incoming webhook. */
  readonly CLIENT_ID?: string;
}

/** `imbot.message.add`'s params (API 1.0). @category Replies */
export interface ImbotMessageAddParams extends ImbotV1ReplyContent {
  /** The sending bot. */
  readonly BOT_ID: number;
  /** Where: a user id or `chat<N>`. */
  readonly DIALOG_ID: string;
}

/** `imbot.command.answer`'s params (API 1.0). @category Replies */
export interface ImbotCommandAnswerParams extends ImbotV1ReplyContent {
  /** The command answered. */
  readonly COMMAND_ID: number;
  /** The message that carried it. */
  readonly MESSAGE_ID: number;
  /** The bot (sent with a menu, whose command items need it). */
  readonly BOT_ID?: number;
}

/** The `fields` of an API 2.0 answer. @category Replies */
export interface ImbotV2MessageFields {
  /** The text. */
  readonly message?: string;
  /** Buttons. */
  readonly keyboard?: WireMap;
  /** Rich blocks. */
  readonly attach?: WireMap;
  /** A system message. */
  readonly system?: boolean;
  /** Link previews. */
  readonly urlPreview?: boolean;
  /** The message replied to (`Chat.Message.send` only). */
  readonly replyId?: number;
}

/** `imbot.v2.Chat.Message.send`'s params. @category Replies */
export interface ImbotV2MessageSendParams {
  /** The sending bot. */
  readonly botId: number;
  /** Where: a user id or `chat<N>`. */
  readonly dialogId: string;
  /** The content. */
  readonly fields: ImbotV2MessageFields;
  /** The bot's token, for a bot registered through an incoming webhook. */
  readonly botToken?: string;
}

/** `imbot.v2.Command.answer`'s params. @category Replies */
export interface ImbotV2CommandAnswerParams {
  /** The answering bot. */
  readonly botId: number;
  /** The command answered. */
  readonly commandId: number;
  /** The message that carried it. */
  readonly messageId: number;
  /** Where it was invoked. */
  readonly dialogId: string;
  /** The content. */
  readonly fields: Omit<ImbotV2MessageFields, 'replyId'>;
  /** The bot's token, for a bot registered through an incoming webhook. */
  readonly botToken?: string;
}

/** A REST call: the method, and its params. @category Replies */
export interface BotRestCall<Method extends string, Params> {
  /** The REST method (`imbot.message.add`). */
  readonly method: Method;
  /** Its params, as the method takes them (JSON). */
  readonly params: Params;
}

/** A REST call that answers an event: the method and its params, for any REST client. @category Replies */
export type BotReplyCall =
  | BotRestCall<'imbot.message.add', ImbotMessageAddParams>
  | BotRestCall<'imbot.command.answer', ImbotCommandAnswerParams>
  | BotRestCall<'imbot.v2.Chat.Message.send', ImbotV2MessageSendParams>
  | BotRestCall<'imbot.v2.Command.answer', ImbotV2CommandAnswerParams>;

/** The call that answers an event of the given type. @category Replies */
export type BotReplyCallOf<E> =
  E extends EventOfCode<'ONIMCOMMANDADD'>
    ? BotRestCall<'imbot.command.answer', ImbotCommandAnswerParams>
    : E extends EventOfCode<'ONIMBOTV2COMMANDADD'>
      ? BotRestCall<'imbot.v2.Command.answer', ImbotV2CommandAnswerParams>
      : E extends EventOfCode<V1MessageReplyCode>
        ? BotRestCall<'imbot.message.add', ImbotMessageAddParams>
        : BotRestCall<'imbot.v2.Chat.Message.send', ImbotV2MessageSendParams>;

/** Anything with the given event code. @category Replies */
export interface EventOfCode<Code extends string> {
  /** The event code. */
  readonly event: Code;
}

/** Options of {@link createBotReply}. @category Replies */
export interface BotReplyOptions {
  /**
   * The `CLIENT_ID` of an API 1.0 bot registered through an incoming webhook (`imbot.register`
   * with `CLIENT_ID`): every `imbot.*` call through the webhook repeats it.
   */
  readonly clientId?: string | undefined;
  /** The `botToken` of an API 2.0 bot registered through an incoming webhook (at most 40 characters). */
  readonly botToken?: string | undefined;
  /** The answering bot, for a user event (ONIMV2*), which names none. */
  readonly botId?: number | undefined;
}

type Options = { readonly [key: string]: unknown };

function flagYN(where: string, value: unknown): 'Y' | 'N' | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') refuse(where, 'expected a boolean');
  return value ? 'Y' : 'N';
}

function flagBool(where: string, value: unknown): boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') refuse(where, 'expected a boolean');
  return value as boolean | undefined;
}

/** The reply as an object, its keys checked. */
function replyOf(reply: BotReply): Options {
  if (typeof reply === 'string') return { message: reply };
  if (typeof reply !== 'object' || reply === null || Array.isArray(reply)) {
    refuse('reply', 'expected a text or an object ({ message, keyboard, attach, ... })');
  }
  const known = ['message', 'keyboard', 'attach', 'menu', 'system', 'urlPreview', 'replyId'];
  for (const key of Object.keys(reply)) {
    if (!known.includes(key)) refuse(`reply.${key}`, `is not a reply field (${known.join(', ')})`);
  }
  return reply as Options;
}

function positive(where: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
    refuse(where, 'expected a positive integer id');
  }
  return value;
}

/** Puts the defined entries of `more` into `target`. */
function assignDefined<T extends object>(target: T, more: Record<string, unknown>): T {
  for (const [key, value] of Object.entries(more)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}

function v1Params(reply: Options, options: BotReplyOptions) {
  if (reply.replyId !== undefined) {
    refuse(
      'replyId',
      'API 1.0 has no reply to a message (imbot.message.add); quote it in the text',
    );
  }
  if (options.botToken !== undefined)
    refuse('botToken', "is API 2.0's; an API 1.0 bot takes clientId");
  if (
    options.clientId !== undefined &&
    (typeof options.clientId !== 'string' || options.clientId === '')
  ) {
    refuse('clientId', 'is empty: is the variable that holds it set?');
  }
  return {
    MESSAGE: wireMessage(reply.message, true) as string,
    KEYBOARD: reply.keyboard === undefined ? undefined : wireKeyboard(reply.keyboard),
    ATTACH: reply.attach === undefined ? undefined : wireAttach(reply.attach),
    MENU: reply.menu === undefined ? undefined : wireMenu(reply.menu),
    SYSTEM: flagYN('system', reply.system),
    URL_PREVIEW: flagYN('urlPreview', reply.urlPreview),
    CLIENT_ID: options.clientId,
  };
}

function v2Fields(reply: Options, options: BotReplyOptions, command: boolean) {
  if (reply.menu !== undefined) refuse('menu', 'API 2.0 has no context menu; use a keyboard');
  if (command && reply.replyId !== undefined) {
    refuse(
      'replyId',
      "imbot.v2.Command.answer takes no replyId; the answer goes to the command's message",
    );
  }
  if (options.clientId !== undefined)
    refuse('clientId', "is API 1.0's; an API 2.0 bot takes botToken");
  if (
    options.botToken !== undefined &&
    (typeof options.botToken !== 'string' ||
      options.botToken === '' ||
      options.botToken.length > 40)
  ) {
    refuse('botToken', 'must be the 1 to 40 characters chosen at registration');
  }
  const message = wireMessage(reply.message, false);
  if (message === undefined && reply.attach === undefined) {
    refuse('message', 'a message needs a text or an attach (EMPTY_MESSAGE)');
  }
  return assignDefined({} as ImbotV2MessageFields, {
    message,
    keyboard: reply.keyboard === undefined ? undefined : wireKeyboard(reply.keyboard),
    attach: reply.attach === undefined ? undefined : wireAttach(reply.attach),
    system: flagBool('system', reply.system),
    urlPreview: flagBool('urlPreview', reply.urlPreview),
    replyId: reply.replyId === undefined ? undefined : positive('replyId', reply.replyId),
  });
}

/**
 * Builds the REST call that answers an event, as a value: `{ method, params }` for any REST
 * client (`b24.callMethod(call.method, call.params)`, the poller's `call`, an incoming webhook).
 *
 * - API 1.0 messages and joins: `imbot.message.add` (`BOT_ID`, `DIALOG_ID` of the event's chat).
 * - ONIMCOMMANDADD: `imbot.command.answer` to its first command (`COMMAND_ID`, `MESSAGE_ID`).
 * - API 2.0 messages, joins, context and reactions: `imbot.v2.Chat.Message.send`.
 * - ONIMBOTV2COMMANDADD: `imbot.v2.Command.answer`.
 * - The user events (ONIMV2*): `imbot.v2.Chat.Message.send` into their chat, by the bot named in
 *   `options.botId`.
 *
 * The reply's camelCase keyboard, attach and menu become the wire's upper-case structures; API
 * 1.0 flags become `'Y'`/`'N'`, API 2.0's stay booleans. Every part is checked against the
 * documented limits (20,000 characters of text, a button with a label and exactly one action,
 * addresses `http(s)://` or `/`, colours `#RGB`/`#RRGGBB`, 30,000 characters of keyboard or menu,
 * 60,000 of attach): a `TypeError` names what is wrong, where Bitrix24 would cut the text or drop
 * the part without a word. The call carries no token: add yours, or use
 * {@link createBotReplyRequest}, which takes the event's.
 *
 * @param event The event to answer (webhook or polled).
 * @param reply A text, or `{ message, keyboard, attach, menu, system, urlPreview, replyId }`.
 * @param options `clientId` (API 1.0) or `botToken` (API 2.0) for bots registered through an
 *   incoming webhook; `botId` for user events.
 * @returns The method and its params.
 * @throws {TypeError} For an event that cannot be answered (a deleted bot, an app event) or a
 *   reply outside the limits.
 *
 * @example
 * ```ts
 * const call = createBotReply(event, {
 *   message: `You said: ${event.message.text}`,
 *   keyboard: [{ text: 'Help', command: 'help' }, 'newline', { text: 'Docs', link: 'https://example.com' }],
 * });
 * // { method: 'imbot.message.add', params: { BOT_ID: 39, DIALOG_ID: 'chat3100', MESSAGE: 'You said: ...',
 * //   KEYBOARD: { BOT_ID: 39, BUTTONS: [{ TEXT: 'Help', COMMAND: 'help' }, { TYPE: 'NEWLINE' }, ...] } } }
 * await b24.callMethod(call.method, call.params);
 * ```
 *
 * @category Replies
 */
export function createBotReply<E extends AnswerableBotEvent>(
  event: E,
  reply: BotReply,
  options?: BotReplyOptions,
): BotReplyCallOf<E>;
export function createBotReply(
  event: AnswerableBotEvent,
  reply: BotReply,
  options: BotReplyOptions = {},
): BotReplyCall {
  const given = replyOf(reply);
  const code = (event as { event?: unknown }).event;
  switch (code) {
    case 'ONIMCOMMANDADD': {
      const [command] = (event as BotEventMap['ONIMCOMMANDADD']).commands;
      const params = v1Params(given, options);
      return {
        method: 'imbot.command.answer',
        params: assignDefined(
          { COMMAND_ID: command.id, MESSAGE_ID: command.messageId } as ImbotCommandAnswerParams,
          // A menu's command items need the bot, which imbot.command.answer does not name.
          { ...params, BOT_ID: params.MENU === undefined ? undefined : command.botId },
        ),
      };
    }
    case 'ONIMBOTMESSAGEADD':
    case 'ONIMBOTMESSAGEUPDATE':
    case 'ONIMBOTMESSAGEDELETE':
    case 'ONIMBOTJOINCHAT': {
      const v1 = event as BotEventMap[V1MessageReplyCode];
      return {
        method: 'imbot.message.add',
        params: assignDefined(
          { BOT_ID: v1.bot.id, DIALOG_ID: v1.chat.dialogId } as ImbotMessageAddParams,
          v1Params(given, options),
        ),
      };
    }
    case 'ONIMBOTV2COMMANDADD': {
      const v2 = event as BotEventMap['ONIMBOTV2COMMANDADD'];
      const [command] = v2.commands;
      return {
        method: 'imbot.v2.Command.answer',
        params: assignDefined(
          {
            botId: v2.bot.id,
            commandId: command.id,
            messageId: command.messageId,
            dialogId: v2.chat.dialogId,
            fields: v2Fields(given, options, true),
          } as ImbotV2CommandAnswerParams,
          { botToken: options.botToken },
        ),
      };
    }
    default: {
      if (typeof code !== 'string' || !/^ONIM(BOT)?V2/.test(code) || code === 'ONIMBOTV2DELETE') {
        refuse(
          'event',
          code === 'ONIMBOTV2DELETE' || code === 'ONIMBOTDELETE'
            ? 'the bot was deleted: there is nothing to answer'
            : `${typeof code === 'string' && /^ON[A-Z0-9_]{1,62}$/.test(code) ? code : 'this event'} is not one a bot answers`,
        );
      }
      const v2 = event as { bot?: { id: number }; chat: { dialogId: string } };
      const botId = code.startsWith('ONIMV2')
        ? positive('options.botId (a user event names no bot)', options.botId)
        : (v2.bot as { id: number }).id;
      return {
        method: 'imbot.v2.Chat.Message.send',
        params: assignDefined(
          {
            botId,
            dialogId: v2.chat.dialogId,
            fields: v2Fields(given, options, false),
          } as ImbotV2MessageSendParams,
          { botToken: options.botToken },
        ),
      };
    }
  }
}

/**
 * The credentials an answer to an event goes with: the bot's own bundle where the event has one
 * with a token (the bot's entry in API 1.0, `data[bot][auth]` in API 2.0's webhooks, a command's
 * `botAuth`), else the top-level `auth` when it carries a token.
 * @internal
 */
export function replyAuthOf(event: AnswerableBotEvent): EventAuth | undefined {
  const candidates: (EventAuth | undefined)[] = [];
  const withCommands = event as { commands?: readonly { botAuth?: EventAuth }[] };
  candidates.push(withCommands.commands?.[0]?.botAuth);
  candidates.push((event as { bot?: { auth?: EventAuth } }).bot?.auth);
  candidates.push((event as { auth?: EventAuth }).auth);
  return candidates.find(
    (auth) =>
      auth?.accessToken !== undefined &&
      auth.accessToken !== '' &&
      auth.clientEndpoint !== undefined,
  );
}
