import type { Limits } from '../decode/limits.js';
import {
  type BotEvent,
  type ParseBotEventRequestOptions,
  parseBotEventRequest,
} from '../dispatch/parseBotEvent.js';
import { checkedLimits } from '../engine/createEventParser.js';
import { type ErrorCode, EventParseError } from '../errors/EventParseError.js';
import type { BotEventMap, KnownBotEventCode } from '../events/table.js';
import type { AsyncApplicationTokenOption } from '../verify/applicationTokenOption.js';

/**
 * What a handler may return: its own `Response` (sent as it is), or anything else (the endpoint
 * then answers `200` with no body, which is all Bitrix24 reads).
 */
export type BotEventHandlerResult =
  | Response
  | undefined
  | void
  // biome-ignore lint/suspicious/noConfusingVoidType: an async handler that returns nothing is a Promise<void>, which must be accepted
  | Promise<Response | undefined | void>;

/**
 * The handlers of {@link createBotEventHandler}, keyed by event code, each receiving its own event
 * type (`BotEventMap[code]`) and the request; `fallback` receives every event that has no handler
 * of its own, unknown events included.
 */
export type BotEventHandlers = {
  readonly [Code in KnownBotEventCode]?: (
    event: BotEventMap[Code],
    request: Request,
  ) => BotEventHandlerResult;
} & {
  /** The handler of every event without one of its own (unknown events included, unless rejected). */
  readonly fallback?: ((event: BotEvent, request: Request) => BotEventHandlerResult) | undefined;
};

/** What {@link BotEventHandlerOptions.onError} is told: the answer given, and why. */
export interface BotEventHandlerErrorInfo {
  /** The status the endpoint answered (`400`, `401`, `413`, `415`, `500`). */
  readonly status: number;
  /** The library's error code, or `handler_failed` when a handler threw, `lookup_failed` when the token lookup did. */
  readonly code: ErrorCode | 'handler_failed' | 'lookup_failed';
  /** The event code, when the body got as far as a verified event. */
  readonly event?: string;
}

/** Options of {@link createBotEventHandler}. */
export interface BotEventHandlerOptions {
  /**
   * The expected application token: a token, several, or a lookup by portal (which may return a
   * Promise); see {@link ParseOptions.applicationToken}. Checked on the decoded body before it is
   * validated. `false` turns verification off, for local tests only: then anyone who knows the
   * URL can post events.
   */
  readonly applicationToken: AsyncApplicationTokenOption | false;
  /** Bounds on the work a body may cause (`maxBytes` cuts the body off while it streams in). */
  readonly limits?: Partial<Limits> | undefined;
  /** Treat unknown enum codes as invalid payloads (`400`). @default false */
  readonly strict?: boolean | undefined;
  /**
   * What to do with an event code the library does not know: `'skip'` hands it to `fallback`
   * when there is one and answers `200` either way; `'reject'` answers `400`.
   *
   * @default 'skip'
   */
  readonly unknownEvents?: 'skip' | 'reject' | undefined;
  /**
   * Told of every answer other than `200`, with the error (an {@link EventParseError}, whose
   * message never carries a token or the body, or what a handler or the lookup threw). The
   * endpoint itself logs nothing.
   */
  readonly onError?: ((error: unknown, info: BotEventHandlerErrorInfo) => void) | undefined;
}

/** The answer to each error code: a body that was not decoded, not verified, not valid. */
const STATUS: Readonly<Record<ErrorCode, number>> = {
  body_too_large: 413,
  unsupported_content_type: 415,
  malformed_body: 400,
  too_many_params: 400,
  too_deep: 400,
  token_mismatch: 401,
  invalid_payload: 400,
  wrong_event: 400,
  unknown_event: 400,
};

/** An answer whose body names the error code only: never a token, never the body. */
function answer(status: number, code?: string, headers?: Record<string, string>): Response {
  if (code === undefined) return new Response(null, { status });
  return new Response(JSON.stringify({ error: code }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

function checkOptions(options: BotEventHandlerOptions): void {
  if (typeof options !== 'object' || options === null || !('applicationToken' in options)) {
    throw new TypeError(
      'createBotEventHandler needs options.applicationToken (the expected token, a lookup by portal, or false for local tests)',
    );
  }
  const { unknownEvents } = options;
  if (unknownEvents !== undefined && unknownEvents !== 'skip' && unknownEvents !== 'reject') {
    throw new TypeError("options.unknownEvents must be 'skip' or 'reject'");
  }
}

/**
 * Creates a bot endpoint as a Fetch API handler, `(request) => Promise<Response>`, for Hono,
 * Next.js route handlers, Bun, Deno and Workers, and for `node:http` and Express through
 * `createNodeMiddleware` (`bitrix24-imbot-events/node`). For each request it:
 *
 * - answers `405` to anything but `POST`, `415` to another content type than form or JSON, `413`
 *   past `limits.maxBytes` (cut off while the body streams in), `400` to a body that cannot be
 *   decoded;
 * - verifies the decoded body's application token before anything else reads it: `401` when it
 *   does not match (so a forged body is refused whatever else is wrong with it);
 * - validates and normalizes it: `400` when the payload is invalid;
 * - calls the handler of its event code (or `fallback`) with the typed event: `200` when it
 *   resolves (or the `Response` it returns), `500` when it throws. An event without a handler is
 *   answered `200`.
 *
 * Error answers carry `{ "error": code }` only; `onError` is told the rest.
 *
 * @param handlers The handlers, by event code, and `fallback`.
 * @param options The expected token (required), limits, strictness, unknown events, `onError`.
 * @returns The Fetch handler.
 * @throws {TypeError} For invalid options, at once.
 *
 * @example
 * ```ts
 * const handler = createBotEventHandler(
 *   {
 *     ONIMBOTMESSAGEADD: (event) => reply(event.chat.dialogId, `You said: ${event.message.text}`),
 *     ONIMCOMMANDADD: (event) => runCommand(event.commands[0]),
 *   },
 *   { applicationToken: (portal) => tokens.get(portal.memberId) },
 * );
 * export default { fetch: handler };
 * ```
 */
export function createBotEventHandler(
  handlers: BotEventHandlers,
  options: BotEventHandlerOptions,
): (request: Request) => Promise<Response> {
  checkOptions(options);
  const { applicationToken, onError } = options;
  const parseOptions: ParseBotEventRequestOptions = {
    limits: options.limits,
    strict: options.strict,
    applicationToken: applicationToken === false ? undefined : applicationToken,
    unknownEvents: options.unknownEvents === 'reject' ? 'reject' : 'passthrough',
  };
  checkedLimits(parseOptions);
  const table = handlers as Readonly<
    Record<string, ((event: BotEvent, request: Request) => BotEventHandlerResult) | undefined>
  >;

  const fail = (error: unknown, info: BotEventHandlerErrorInfo): Response => {
    onError?.(error, info);
    return answer(info.status, info.code);
  };

  return async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return answer(405, 'method_not_allowed', { allow: 'POST' });
    let event: BotEvent;
    try {
      event = await parseBotEventRequest(request, parseOptions);
    } catch (error) {
      if (error instanceof EventParseError) {
        return fail(error, { status: STATUS[error.code], code: error.code });
      }
      return fail(error, { status: 500, code: 'lookup_failed' });
    }
    const run = (event.known ? table[event.event] : undefined) ?? table.fallback;
    if (run === undefined) return answer(200);
    try {
      const result = await run(event, request);
      return result instanceof Response ? result : answer(200);
    } catch (error) {
      return fail(error, { status: 500, code: 'handler_failed', event: event.event });
    }
  };
}
