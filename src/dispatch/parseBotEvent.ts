import * as v from 'valibot';
import type { EventInput, WireTree } from '../decode/decodeEventInput.js';
import type { FormObject } from '../decode/FormObject.js';
import {
  checkedLimits,
  decodeVerified,
  decodeVerifiedRequest,
  describeEventCode,
  safely,
  unwrapped,
} from '../engine/createEventParser.js';
import type { ParseOptions, RequestParseOptions, SafeParseResult } from '../engine/ParseOptions.js';
import { parseWireTree, type WireSpec } from '../engine/parseWireTree.js';
import { eventError } from '../errors/EventParseError.js';
import { BOT_EVENT_TABLE, type BotEventDefinition, type KnownBotEvent } from '../events/table.js';
import type { EventAuthWithOptionalToken } from '../model/EventAuth.js';
import { normalizeAuthWithOptionalToken } from '../normalize/normalizeAuth.js';
import {
  type RawAuthWithOptionalToken,
  RawAuthWithOptionalTokenSchema,
} from '../wire/RawAuthSchema.js';
import { objectMessage } from '../wire/wire.js';

/**
 * An event this library does not know (yet), passed through: its code, its verified-ready auth,
 * and the payload as decoded. Bitrix24 adds events over time; a bot can log or ignore them.
 *
 * @category Events
 */
export interface UnknownBotEvent {
  /** The event code as sent. Wire: `event`. */
  readonly event: string;
  /**
   * Always `false`: tells this apart from the known events, whose `known` is `true`; so
   * `if (event.known) switch (event.event)` narrows (see also {@link isKnownBotEvent}).
   */
  readonly known: false;
  /**
   * The auth of the user on whose behalf the event fired: the portal (`domain`, `memberId`,
   * required) and, when sent, its `applicationToken` to verify. An unknown event may come without
   * a token (some app events do): it parses when no token is asked for, and fails
   * `token_mismatch` when the `applicationToken` option is given. Wire: `auth`.
   */
  readonly auth: EventAuthWithOptionalToken;
  /** The payload as decoded (the form-equivalent tree: string leaves). */
  readonly raw: Readonly<FormObject>;
}

/**
 * What {@link parseBotEvent} returns: a known event, or an unknown one passed through.
 *
 * @category Events
 */
export type BotEvent = KnownBotEvent | UnknownBotEvent;

/**
 * Options of {@link parseBotEvent}, {@link safeParseBotEvent} and {@link parseBotEventRequest}.
 *
 * @category Parsing
 */
export interface ParseBotEventOptions extends ParseOptions {
  /**
   * What to do with an event code this library does not know: pass it through as an
   * {@link UnknownBotEvent}, or fail with code `unknown_event`.
   *
   * @default 'passthrough'
   */
  readonly unknownEvents?: 'passthrough' | 'reject' | undefined;
}

/**
 * Options that reject unknown events, so that the result is a {@link KnownBotEvent}.
 *
 * @category Parsing
 */
export interface RejectUnknownEvents extends ParseBotEventOptions {
  /** Fail with code `unknown_event` on an event code this library does not know. */
  readonly unknownEvents: 'reject';
}

/**
 * Options of {@link parseBotEventRequest}: as {@link ParseBotEventOptions}, but the
 * `applicationToken` lookup may answer with a Promise.
 *
 * @category Parsing
 */
export interface ParseBotEventRequestOptions extends RequestParseOptions {
  /** As {@link ParseBotEventOptions.unknownEvents}. */
  readonly unknownEvents?: 'passthrough' | 'reject' | undefined;
}

/** Every known event's table entry, by event code. */
const BY_CODE: ReadonlyMap<string, BotEventDefinition> = /* @__PURE__ */ new Map(
  BOT_EVENT_TABLE.map((definition) => [definition.event, definition]),
);

/**
 * Tells a known event from one passed through as unknown; narrows to {@link KnownBotEvent},
 * after which a `switch` on `event` gives each event's precise type.
 *
 * @param event A result of {@link parseBotEvent}.
 * @returns True for a known event.
 *
 * @example
 * ```ts
 * const event = parseBotEvent(body);
 * if (!isKnownBotEvent(event)) return log.info('unhandled', event.event);
 * switch (event.event) {
 *   case 'ONIMBOTMESSAGEADD': return reply(event.chat.dialogId, event.message.text);
 *   case 'ONIMCOMMANDADD': return runCommand(event.commands[0]);
 * }
 * ```
 * @category Parsing
 */
export function isKnownBotEvent(event: BotEvent): event is KnownBotEvent {
  return event.known;
}

/** What the dispatcher reads of the options, whichever entry point it came through. @internal */
export interface DispatchOptions {
  readonly strict?: boolean | undefined;
  readonly unknownEvents?: 'passthrough' | 'reject' | undefined;
}

/**
 * Parses a decoded, verified body as the event its code names (or passes an unknown one through).
 *
 * @param wire The decoded body.
 * @param options Strictness and what to do with unknown events.
 * @returns The event.
 * @internal
 */
export function dispatch(wire: WireTree, options: DispatchOptions | undefined): BotEvent {
  const code = wire.tree.event;
  if (typeof code !== 'string') {
    throw eventError(
      'invalid_payload',
      code === undefined ? 'is required but missing' : 'expected an event code',
      'event',
    );
  }
  const definition = BY_CODE.get(code);
  if (definition !== undefined) return definition.parseTree(wire, options?.strict === true);
  if (options?.unknownEvents === 'reject') {
    throw eventError(
      'unknown_event',
      `expected a chat-bot event this library knows, found ${describeEventCode(code)}`,
      'event',
    );
  }
  return {
    event: code,
    known: false,
    auth: parseUnknownEventAuth(wire),
    raw: wire.tree,
  };
}

/**
 * An unknown event read as far as every event goes: its code and its auth, the portal required,
 * the application token not (a configured token check has already refused a body without one).
 */
const UNKNOWN_EVENT: WireSpec<
  { readonly auth: RawAuthWithOptionalToken },
  EventAuthWithOptionalToken
> = {
  rawSchema: /* @__PURE__ */ v.looseObject(
    { event: v.string(), auth: RawAuthWithOptionalTokenSchema },
    objectMessage,
  ),
  normalize: (raw, context) => normalizeAuthWithOptionalToken(raw.auth, context, 'auth'),
  idKeyedMaps: [],
};

/** The auth of an unknown event, validated as every event's is (its token optional). */
function parseUnknownEventAuth(wire: WireTree): EventAuthWithOptionalToken {
  return parseWireTree(UNKNOWN_EVENT, wire, false);
}

/**
 * Parses any chat-bot event, API 1.0 or 2.0: decodes the body (every {@link EventInput}), reads
 * its `event` code, and parses it as that event. Unknown codes pass through as an
 * {@link UnknownBotEvent} by default, or fail with `unknown_event` under
 * `{ unknownEvents: 'reject' }` (then the result type is {@link KnownBotEvent}).
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness, and what to do with unknown events.
 * @returns The event.
 * @throws {EventParseError} As {@link parseImCommandAdd}, and `unknown_event`.
 *
 * @example
 * ```ts
 * const event = parseBotEvent(body, { unknownEvents: 'reject' });
 * if (event.event === 'ONIMBOTMESSAGEADD') console.log(event.message.text);
 * ```
 * @category Parsing
 */
export function parseBotEvent(input: EventInput, options: RejectUnknownEvents): KnownBotEvent;
export function parseBotEvent(input: EventInput, options?: ParseBotEventOptions): BotEvent;
export function parseBotEvent(input: EventInput, options?: ParseBotEventOptions): BotEvent {
  const limits = checkedLimits(options);
  return unwrapped(() => dispatch(decodeVerified(input, options, limits), options));
}

/**
 * Like {@link parseBotEvent}, but returns a result instead of throwing; it never throws for any
 * input (only invalid `options` throw a `TypeError`).
 *
 * @param input The body or decoded object.
 * @param options Limits, strictness, and what to do with unknown events.
 * @returns The event, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseBotEvent(await request.text(), { applicationToken });
 * if (!result.success) {
 *   return new Response(null, { status: result.error.code === 'token_mismatch' ? 401 : 400 });
 * }
 * const event = result.output;
 * if (event.known && event.event === 'ONIMBOTV2MESSAGEADD') console.log(event.message.text);
 * ```
 * @category Parsing
 */
export function safeParseBotEvent(
  input: EventInput,
  options: RejectUnknownEvents,
): SafeParseResult<KnownBotEvent>;
export function safeParseBotEvent(
  input: EventInput,
  options?: ParseBotEventOptions,
): SafeParseResult<BotEvent>;
export function safeParseBotEvent(
  input: EventInput,
  options?: ParseBotEventOptions,
): SafeParseResult<BotEvent> {
  const limits = checkedLimits(options);
  return safely(() => dispatch(decodeVerified(input, options, limits), options));
}

/**
 * Parses any chat-bot event from a Fetch API `Request`, as {@link parseImCommandAddRequest} reads
 * requests (content type, streaming byte limit).
 *
 * @param request The request.
 * @param options Limits, strictness, and what to do with unknown events.
 * @returns The event.
 * @throws {EventParseError} As {@link parseBotEvent}, and `unsupported_content_type`.
 *
 * @example
 * ```ts
 * const event = await parseBotEventRequest(request, { applicationToken }); // Fetch API Request
 * if (event.known && event.event === 'ONIMCOMMANDADD') await runCommand(event.commands[0]);
 * event.event; // 'ONIMCOMMANDADD'
 * ```
 * @category Parsing
 */
export function parseBotEventRequest(
  request: Request,
  options: ParseBotEventRequestOptions & { readonly unknownEvents: 'reject' },
): Promise<KnownBotEvent>;
export function parseBotEventRequest(
  request: Request,
  options?: ParseBotEventRequestOptions,
): Promise<BotEvent>;
export async function parseBotEventRequest(
  request: Request,
  options?: ParseBotEventRequestOptions,
): Promise<BotEvent> {
  return dispatch(await decodeVerifiedRequest(request, options), options);
}
