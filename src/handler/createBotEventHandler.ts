import { decodeEventBytes } from '../decode/decodeEventInput.js';
import { decodeFormBytes } from '../decode/largeForm.js';
import type { Limits } from '../decode/limits.js';
import { resolveLimits } from '../decode/limits.js';
import { readRequestBody } from '../decode/readRequestBody.js';
import type { BotEvent } from '../dispatch/parseBotEvent.js';
import type { ErrorCode } from '../errors/EventParseError.js';
import type { BotEventMap, KnownBotEventCode } from '../events/table.js';
import {
  checkApplicationTokenOption,
  type EventPortal,
  type ExpectedApplicationTokens,
} from '../verify/applicationTokenOption.js';
import { describeBotEventFailure } from './describeBotEventFailure.js';
import {
  createEndpointCore,
  ENDPOINT_CORE,
  type EndpointAnswer,
  type EndpointCore,
  type EndpointInput,
} from './endpointCore.js';

/**
 * What a handler may return: its own `Response` (sent as it is), or anything else (the endpoint
 * then answers `200` with no body, which is all Bitrix24 reads).
 *
 * @category Handler
 */
export type BotEventHandlerResult =
  | Response
  | undefined
  | void
  // biome-ignore lint/suspicious/noConfusingVoidType: an async handler that returns nothing is a Promise<void>, which must be accepted
  | Promise<Response | undefined | void>;

/**
 * Work a handler hands to {@link BotEventContext.waitUntil}: a Promise already started, or a
 * function that starts it (called once the answer is on its way).
 *
 * @category Handler
 */
export type BotEventWork = PromiseLike<unknown> | (() => unknown);

/**
 * What every handler gets beside its event, whichever way the event came (a webhook through
 * `createBotEventHandler`, or polled by `createBotEventPoller`): a way to run work after it. A
 * handler typed with this context serves both.
 *
 * @category Handler
 */
export interface BotEventContextBase {
  /**
   * Runs work after the handler: after the answer for a webhook (see
   * {@link BotEventContext.waitUntil}); for a polled event, before the event counts as handled.
   *
   * @param work A Promise, or a function that starts the work.
   */
  waitUntil(work: BotEventWork): void;
}

/**
 * What each handler gets beside its event: the request, what the platform passed with it, and a
 * way to run work after the answer.
 *
 * @typeParam Args What the platform passes after the request: `[env, ctx]` on Cloudflare
 *   Workers, `[context]` on Next.js and Vercel, `[request, response]` of `node:http` through
 *   `createNodeMiddleware`.
 * @category Handler
 */
export interface BotEventContext<Args extends readonly unknown[] = readonly unknown[]>
  extends BotEventContextBase {
  /**
   * The request, as a Fetch API `Request`. Its body has been read already. Through
   * `createNodeMiddleware` it is made on first read, from the `node:http` request and the body
   * as read.
   */
  readonly request: Request;
  /**
   * What the platform passed after the request, as it passed it: Workers' `env` and `ctx`, a
   * Next.js route's `{ params }`, Vercel's context, `node:http`'s request and response through
   * `createNodeMiddleware`. Empty where the platform passes only the request (Bun, Deno).
   */
  readonly args: Args;
  /**
   * Runs work after the answer: Bitrix24 does not retry a delivery and slows down handlers that
   * answer slowly, so answer at once and do the slow part here. It uses the platform's own
   * `waitUntil` when there is one (the `waitUntil` option, or the first of `args` that has one:
   * Workers' `ctx`, Vercel's context), which keeps the function alive until the work ends;
   * elsewhere the work starts once the answer is built (sent, through `createNodeMiddleware`).
   * A failure of the work is reported as `work_failed` (to `onError`, or the default log line).
   *
   * @param work A Promise, or a function that starts the work (preferred: it starts after the
   *   answer).
   */
  waitUntil(work: BotEventWork): void;
}

/**
 * The handlers of {@link createBotEventHandler}, keyed by event code, each receiving its own event
 * type (`BotEventMap[code]`) and the {@link BotEventContext}; `fallback` receives every event that
 * has no handler of its own, unknown events included.
 *
 * @typeParam Args What the platform passes after the request (see {@link BotEventContext}).
 * @category Handler
 */
export type BotEventHandlers<Args extends readonly unknown[] = readonly unknown[]> = {
  readonly [Code in KnownBotEventCode]?: (
    event: BotEventMap[Code],
    context: BotEventContext<Args>,
  ) => BotEventHandlerResult;
} & {
  /** The handler of every event without one of its own (unknown events included, unless rejected). */
  readonly fallback?:
    | ((event: BotEvent, context: BotEventContext<Args>) => BotEventHandlerResult)
    | undefined;
};

/**
 * What {@link BotEventHandlerOptions.onError} is told: the answer given, and why.
 *
 * @category Handler
 */
export interface BotEventHandlerErrorInfo {
  /** The status the endpoint answered (`400`, `401`, `405`, `413`, `415`, `500`; for `work_failed`, the status of the answer the work came after). */
  readonly status: number;
  /**
   * The library's error code; `method_not_allowed` for anything but POST, `handler_failed` when
   * a handler threw, `lookup_failed` when the token lookup did, `work_failed` when work handed
   * to `waitUntil` failed after the answer.
   */
  readonly code:
    | ErrorCode
    | 'method_not_allowed'
    | 'handler_failed'
    | 'lookup_failed'
    | 'work_failed';
  /** The event code, when the body got as far as a verified event. */
  readonly event?: string;
}

/**
 * The `applicationToken` option of {@link createBotEventHandler}: the expected token, several, or
 * a lookup by portal that also gets what the platform passed with the request (Workers' `env`
 * holds the secret) and may answer with a Promise (a database read).
 *
 * @typeParam Args What the platform passes after the request.
 * @category Handler
 */
export type BotEventTokenOption<Args extends readonly unknown[] = readonly unknown[]> =
  | ExpectedApplicationTokens
  | ((
      portal: EventPortal,
      ...args: Args
    ) =>
      | ExpectedApplicationTokens
      | undefined
      | PromiseLike<ExpectedApplicationTokens | undefined>);

/**
 * Options of {@link createBotEventHandler}.
 *
 * @typeParam Args What the platform passes after the request.
 * @category Handler
 */
export interface BotEventHandlerOptions<Args extends readonly unknown[] = readonly unknown[]> {
  /**
   * The expected application token: a token, several, or a lookup by portal (which may return a
   * Promise, and gets the platform's arguments after the portal); see
   * {@link ParseOptions.applicationToken}. Checked on the decoded body before it is validated.
   * `false`, and only `false`, turns verification off, for local tests only: then anyone who
   * knows the URL can post events. `undefined` (an unset environment variable), `''`, `[]` or a
   * list with `''` is refused with a `TypeError` at once (the type admits `undefined` so that
   * `process.env.B24_APPLICATION_TOKEN` can be passed as it is and fail loudly when unset).
   */
  readonly applicationToken: BotEventTokenOption<Args> | false | undefined;
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
   * Told of every request that failed (every answer other than `200` and the handler's own) and
   * of work handed to `waitUntil` that failed, with the error: an {@link EventParseError}, whose
   * message never carries a token or the body, or what a handler, the lookup or the work threw
   * (nothing for `405`). By default the endpoint writes one line per failure to `console.error`
   * ({@link describeBotEventFailure} makes it: the status, the code and the sentence, or the
   * handler's error with its stack; never a token, never the body). A function replaces that
   * line; `false` silences it.
   */
  readonly onError?: ((error: unknown, info: BotEventHandlerErrorInfo) => void) | false | undefined;
  /**
   * The platform's way to keep a function alive for work after the answer, where it is not
   * passed with the request: `after` from `next/server` (Next.js 15), `waitUntil` from
   * `@vercel/functions`. Where an argument the platform passes has a `waitUntil` (Workers' `ctx`),
   * it is found without this.
   */
  readonly waitUntil?: ((promise: Promise<unknown>) => void) | undefined;
}

/**
 * A bot endpoint: a Fetch API handler that takes the request and whatever the platform passes
 * with it (Workers' `env` and `ctx`, a Next.js context) and hands those to the handlers.
 *
 * @typeParam Args What the platform passes after the request.
 * @category Handler
 */
export type BotEventEndpoint<Args extends readonly unknown[] = readonly unknown[]> = (
  request: Request,
  ...args: Args
) => Promise<Response>;

function checkOptions(options: BotEventHandlerOptions<never>): void {
  if (typeof options !== 'object' || options === null || !('applicationToken' in options)) {
    throw new TypeError(
      '[bitrix24-imbot-events] createBotEventHandler needs options.applicationToken (the expected token, a lookup by portal, or false for local tests)',
    );
  }
  const { unknownEvents, onError, waitUntil } = options;
  if (unknownEvents !== undefined && unknownEvents !== 'skip' && unknownEvents !== 'reject') {
    throw new TypeError("[bitrix24-imbot-events] options.unknownEvents must be 'skip' or 'reject'");
  }
  if (onError !== undefined && onError !== false && typeof onError !== 'function') {
    throw new TypeError('[bitrix24-imbot-events] options.onError must be a function or false');
  }
  if (waitUntil !== undefined && typeof waitUntil !== 'function') {
    throw new TypeError('[bitrix24-imbot-events] options.waitUntil must be a function');
  }
}

/** Writes the default line of a failure. */
function logFailure(error: unknown, info: BotEventHandlerErrorInfo): void {
  console.error(describeBotEventFailure(error, info));
}

/**
 * Makes an error answer's body: `{"error": code}`, never a token, never the body.
 * @internal
 */
export function errorBody(code: string): string {
  return `{"error":"${code}"}`;
}

/** Turns the core's answer into a `Response`. */
function toResponse(answer: EndpointAnswer): Response {
  if (answer instanceof Response) return answer;
  const { status, code } = answer;
  if (code === undefined) return new Response(null, { status });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (status === 405) headers.allow = 'POST';
  return new Response(errorBody(code), { status, headers });
}

/** A Fetch `Request` as the core reads it. */
function fetchInput(request: Request): EndpointInput {
  return {
    method: request.method,
    contentType: request.headers.get('content-type'),
    decode: async (format, limits) =>
      decodeEventBytes(await readRequestBody(request, limits), format, limits, decodeFormBytes),
    request: () => request,
  };
}

/** Starts deferred work once the answer is handed back (the runtime then sends it). */
const soon: (start: () => void) => void =
  typeof setTimeout === 'function' ? (start) => void setTimeout(start, 0) : queueMicrotask;

/**
 * Creates a bot endpoint as a Fetch API handler, `(request, ...args) => Promise<Response>`, for
 * Hono, Next.js route handlers, Bun, Deno and Workers, and for `node:http` and Express through
 * `createNodeMiddleware` (`bitrix24-imbot-events/node`), which serves it without a Fetch round
 * trip. For each request it:
 *
 * - answers `405` to anything but `POST`, `415` to another content type than form or JSON, `413`
 *   past `limits.maxBytes` (cut off while the body streams in), `400` to a body that cannot be
 *   decoded;
 * - verifies the decoded body's application token before anything else reads it: `401` when it
 *   does not match (so a forged body is refused whatever else is wrong with it);
 * - validates and normalizes it: `400` when the payload is invalid;
 * - calls the handler of its event code (or `fallback`) with the typed event and its
 *   {@link BotEventContext} (the request, what the platform passed, `waitUntil`): `200` when it
 *   resolves (or the `Response` it returns), `500` when it throws. An event without a handler is
 *   answered `200`.
 *
 * Error answers carry `{ "error": code }` only. Every failure is written as one line to
 * `console.error` unless `onError` says otherwise.
 *
 * @typeParam Args What the platform passes after the request (Workers: `[Env, ExecutionContext]`).
 * @param handlers The handlers, by event code, and `fallback`.
 * @param options The expected token (required), limits, strictness, unknown events, `onError`,
 *   `waitUntil`.
 * @returns The endpoint.
 * @throws {TypeError} For invalid options, at once: an `applicationToken` that is `undefined` or
 *   empty among them.
 *
 * @example
 * ```ts
 * const endpoint = createBotEventHandler(
 *   {
 *     ONIMBOTMESSAGEADD: (event, { waitUntil }) => {
 *       waitUntil(() => reply(event.chat.dialogId, `You said: ${event.message.text}`));
 *     },
 *     ONIMCOMMANDADD: (event) => runCommand(event.commands[0]),
 *   },
 *   { applicationToken: (portal) => tokens.get(portal.memberId) },
 * );
 * export default { fetch: endpoint }; // Workers, Bun, Deno
 * ```
 * @category Handler
 */
export function createBotEventHandler<Args extends readonly unknown[] = readonly unknown[]>(
  handlers: BotEventHandlers<Args>,
  options: BotEventHandlerOptions<Args>,
): BotEventEndpoint<Args> {
  checkOptions(options);
  const { applicationToken, onError } = options;
  // The parse functions' check of the token option, with the handler's own way to turn it off.
  checkApplicationTokenOption(
    applicationToken === false ? undefined : options,
    'pass false to turn verification off for local tests',
  );
  const limits = resolveLimits(options.limits);
  const core: EndpointCore = createEndpointCore({
    handlers: handlers as never,
    limits,
    applicationToken:
      applicationToken === false
        ? undefined
        : (applicationToken as BotEventTokenOption<readonly unknown[]>),
    dispatch: {
      strict: options.strict === true,
      unknownEvents: options.unknownEvents === 'reject' ? 'reject' : 'passthrough',
    },
    report: onError === false ? () => {} : (onError ?? logFailure),
    waitUntil: options.waitUntil,
  });
  const endpoint = async (request: Request, ...args: Args): Promise<Response> => {
    const { answer, flush, deferred } = await core.handle(fetchInput(request), args);
    const response = toResponse(answer);
    if (deferred) soon(flush);
    else flush();
    return response;
  };
  Object.defineProperty(endpoint, ENDPOINT_CORE, { value: core });
  return endpoint;
}
