import * as v from 'valibot';
import type { EventInput } from '../../decode/decodeEventInput.js';
import { createEventParser } from '../../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../../engine/EventDefinition.js';
import type { ParseOptions, SafeParseResult } from '../../engine/ParseOptions.js';
import type { ImV2ChatEventBase } from '../../model/EventBases.js';
import type { User } from '../../model/User.js';
import type { NormalizeContext } from '../../normalize/NormalizeContext.js';
import { imV2ChatEventBase, normalizeImBotV2User } from '../../normalize/normalizeV2.js';
import { toText } from '../../normalize/scalars.js';
import { imV2EventSchema, type RawImV2Envelope } from '../../wire/rawEnvelopeEntries.js';
import {
  IM_V2_CHAT_EVENT_REQUIRED,
  imV2EventDataEntries,
  type RawImBotV2UserWithId,
  RawImBotV2UserWithIdSchema,
  type RawImV2EventData,
} from '../../wire/v2Entities.js';
import { objectMessage, RawTextSchema, type WireText } from '../../wire/wire.js';

/** ONIMV2JOINCHAT as sent. @category Wire types */
export interface RawImV2JoinChatEvent extends RawImV2Envelope<'ONIMV2JOINCHAT'> {
  /** The event's data; `user` is the member who was added. */
  readonly data: RawImV2EventData & {
    /** The dialog the member joined (`chat5`). */
    readonly dialogId: WireText;
    /** The member who was added; always sent, with its id. */
    readonly user: RawImBotV2UserWithId;
  };
}

/**
 * ONIMV2JOINCHAT exactly as sent (API 2.0 user event); `data[user]`, the new member, is required.
 *
 * @category Schemas
 */
export const RawImV2JoinChatSchema: v.GenericSchema<unknown, RawImV2JoinChatEvent> =
  /* @__PURE__ */ imV2EventSchema(
    'ONIMV2JOINCHAT',
    v.looseObject(
      { ...imV2EventDataEntries, dialogId: RawTextSchema, user: RawImBotV2UserWithIdSchema },
      objectMessage,
    ),
  );

/**
 * ONIMV2JOINCHAT (API 2.0 user event): a member was added to a chat of the subscribed user. Unlike
 * ONIMBOTV2JOINCHAT, whose `user` is who added the bot, `user` here is the member who joined.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/chat-bots-v2/im.v2/events/events.html
 * @category Events
 */
export interface ImV2JoinChatEvent extends ImV2ChatEventBase {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMV2JOINCHAT';
  /** The dialog the member joined (`'chat5'`). Wire: `data[dialogId]`. */
  readonly dialogId: string;
  /** The member who was added (always sent: the event is about them). Wire: `data[user]`. */
  readonly user: User;
  /** The payload as validated. */
  readonly raw: RawImV2JoinChatEvent;
}

/**
 * Normalizes a validated ONIMV2JOINCHAT payload.
 *
 * @param raw The output of {@link RawImV2JoinChatSchema}.
 * @param context The normalize context.
 * @returns The event.
 * @internal
 */
export function normalizeImV2JoinChat(
  raw: RawImV2JoinChatEvent,
  context: NormalizeContext,
): ImV2JoinChatEvent {
  return {
    event: raw.event,
    ...imV2ChatEventBase(raw, context),
    user: normalizeImBotV2User(raw.data.user, context, 'data[user]'),
    dialogId: toText(raw.data.dialogId),
    raw,
  };
}

const spec = {
  event: 'ONIMV2JOINCHAT',
  rawSchema: RawImV2JoinChatSchema,
  normalize: normalizeImV2JoinChat,
  idKeyedMaps: [],
  required: [...IM_V2_CHAT_EVENT_REQUIRED, 'data[user]', 'data[dialogId]'],
} as const;

/** ONIMV2JOINCHAT's entry in the event table. @internal */
export const imV2JoinChat = /* @__PURE__ */ defineEvent(spec);

/**
 * ONIMV2JOINCHAT as one valibot schema: the wire schema, then the normalizer (lenient). It takes
 * the payload with JSON's native types (as polled) or as a decoded form (string leaves).
 *
 * @category Schemas
 */
export const ImV2JoinChatSchema: v.GenericSchema<unknown, ImV2JoinChatEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imV2JoinChat);

/**
 * Parses ONIMV2JOINCHAT (API 2.0 user event): a member joined a chat of the subscribed user. Takes
 * every {@link EventInput}, as {@link parseImCommandAdd} does: a polled item's `data` wrapped as
 * `{ event: item.type, data: item.data }`, as JSON or as a form body.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 *
 * @example
 * ```ts
 * // item: one event of an im.v2.Event.get answer
 * const event = parseImV2JoinChat({ event: item.type, data: item.data });
 * event.dialogId;   // 'chat1200'
 * event.user?.name; // 'Omar Haddad'
 * ```
 * @category Events
 */
export function parseImV2JoinChat(input: EventInput, options?: ParseOptions): ImV2JoinChatEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImV2JoinChat}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseImV2JoinChat({ event: item.type, data: item.data });
 * if (!result.success) return console.warn(result.error.message);
 * result.output.dialogId; // 'chat1200'
 * ```
 * @category Events
 */
export function safeParseImV2JoinChat(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImV2JoinChatEvent> {
  return parser.safeParse(input, options);
}
