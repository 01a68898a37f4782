import type { WireTree } from '../decode/decodeEventInput.js';
import type { Limits } from '../decode/limits.js';
import { type BodyFormat, bodyFormatOf } from '../decode/readRequestBody.js';
import { type BotEvent, type DispatchOptions, dispatch } from '../dispatch/parseBotEvent.js';
import { EventParseError } from '../errors/EventParseError.js';
import {
  type AsyncApplicationTokenOption,
  type EventPortal,
  LookupFailure,
  verifyDecodedTokenAsync,
} from '../verify/applicationTokenOption.js';
import type {
  BotEventContext,
  BotEventHandlerErrorInfo,
  BotEventHandlerResult,
  BotEventTokenOption,
  BotEventWork,
} from './createBotEventHandler.js';

// The rules of a bot endpoint, whatever kind of request it serves: the Fetch handler and the
// Node adapter each read their own kind of request into an EndpointInput and write the
// EndpointAnswer back their own way; statuses, logs and the handlers' context are decided here.

/**
 * One request as the core sees it.
 * @internal
 */
export interface EndpointInput {
  /** The request's method. */
  readonly method: string;
  /** The request's `content-type` header, or `null`. */
  readonly contentType: string | null;
  /** Reads the body (with the byte limit) and decodes it in the given format. */
  decode(format: BodyFormat, limits: Limits): WireTree | Promise<WireTree>;
  /** The Fetch `Request` the handlers' context shows (made on first read where there is none). */
  request(): Request;
}

/**
 * The core's answer: the handler's own `Response`, or a status with an optional error code (the
 * body `{"error": code}`).
 * @internal
 */
export type EndpointAnswer =
  | Response
  | {
      /** The status. */
      readonly status: number;
      /** The error code the body names; none for a plain `200`. */
      readonly code?: string;
    };

/**
 * The answer, and what to start once it is sent: the work handlers deferred with `waitUntil` when
 * the platform has no `waitUntil` of its own.
 * @internal
 */
export interface EndpointOutcome {
  /** The answer to send. */
  readonly answer: EndpointAnswer;
  /** Starts the deferred work; call it once the answer is on its way. */
  readonly flush: () => void;
  /** Whether any work waits for `flush` (else `flush` only closes the queue, and may run at once). */
  readonly deferred: boolean;
}

/** A handler as the core calls it. */
type AnyHandler = (event: BotEvent, context: BotEventContext) => BotEventHandlerResult;

/** A platform's `waitUntil`: Workers' `ctx`, Vercel's and Next middleware's context, or `after`. */
type PlatformWaitUntil = (promise: Promise<unknown>) => void;

/**
 * The settings of one endpoint, resolved from `createBotEventHandler`'s options.
 * @internal
 */
export interface EndpointSettings {
  /** The handlers by code, and `fallback`. */
  readonly handlers: Readonly<Record<string, AnyHandler | undefined>>;
  /** The limits in force. */
  readonly limits: Limits;
  /** The expected token(s) or lookup; `undefined` when verification is off (`false`). */
  readonly applicationToken: BotEventTokenOption | undefined;
  /** What the dispatcher reads. */
  readonly dispatch: DispatchOptions;
  /** Where failures go: the user's `onError`, the default log line, or nowhere. */
  readonly report: (error: unknown, info: BotEventHandlerErrorInfo) => void;
  /** A `waitUntil` the user named (`after` from `next/server`, `@vercel/functions`). */
  readonly waitUntil: PlatformWaitUntil | undefined;
}

/**
 * The key under which a `createBotEventHandler` endpoint carries its core, for the Node adapter
 * (a registered symbol, so that the ESM and CommonJS builds find each other's).
 * @internal
 */
export const ENDPOINT_CORE: unique symbol = Symbol.for('bitrix24-imbot-events.endpoint-core');

/**
 * An endpoint's core: handles one request of any kind.
 * @internal
 */
export interface EndpointCore {
  /**
   * Decides the answer to one request and runs its handler.
   *
   * @param input The request, read through its own kind's reader.
   * @param args What the platform passed after the request.
   * @returns The answer, and the deferred work to start once it is sent.
   */
  handle(input: EndpointInput, args: readonly unknown[]): Promise<EndpointOutcome>;
}

/** The answer to each library error code: a body that was not decoded, not verified, not valid. */
const STATUS: Readonly<Record<EventParseError['code'], number>> = {
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

const NOTHING_DEFERRED = (): void => {};

/**
 * Creates the core of an endpoint.
 *
 * @param settings The resolved settings.
 * @returns The core.
 * @internal
 */
export function createEndpointCore(settings: EndpointSettings): EndpointCore {
  const { handlers, limits, applicationToken, report } = settings;

  const fail = (error: unknown, info: BotEventHandlerErrorInfo): EndpointOutcome => {
    report(error, info);
    return {
      answer: { status: info.status, code: info.code },
      flush: NOTHING_DEFERRED,
      deferred: false,
    };
  };

  return {
    async handle(input, args) {
      if (input.method !== 'POST') {
        return fail(undefined, { status: 405, code: 'method_not_allowed' });
      }
      let event: BotEvent;
      try {
        const wire = await input.decode(bodyFormatOf(input.contentType), limits);
        if (applicationToken !== undefined) {
          // A lookup also gets what the platform passed (Workers' env holds the secret).
          const option: AsyncApplicationTokenOption =
            typeof applicationToken === 'function'
              ? (portal: EventPortal) => applicationToken(portal, ...args)
              : applicationToken;
          await verifyDecodedTokenAsync(wire.tree, option);
        }
        event = dispatch(wire, settings.dispatch);
      } catch (error) {
        if (error instanceof LookupFailure) {
          return fail(error.error, { status: 500, code: 'lookup_failed' });
        }
        if (error instanceof EventParseError) {
          return fail(error, { status: STATUS[error.code], code: error.code });
        }
        // The body could not be read (the client went away, the stream broke).
        return fail(error, { status: 400, code: 'malformed_body' });
      }
      const run = (event.known ? handlers[event.event] : undefined) ?? handlers.fallback;
      if (run === undefined) {
        return { answer: { status: 200 }, flush: NOTHING_DEFERRED, deferred: false };
      }
      const context = new EndpointContext(input, args, settings, event.event);
      let answer: EndpointAnswer;
      try {
        const result = await run(event, context);
        answer = result instanceof Response ? result : { status: 200 };
      } catch (error) {
        answer = { status: 500, code: 'handler_failed' };
        report(error, { status: 500, code: 'handler_failed', event: event.event });
      }
      context.status = answer.status;
      return { answer, flush: () => context.flush(), deferred: context.deferred };
    },
  };
}

/** The context a handler gets: the request, the platform's arguments, and `waitUntil`. */
class EndpointContext implements BotEventContext {
  /** The answer's status, once decided (for the report of a failed deferred work). */
  status = 200;
  private made: Request | undefined;
  /** Work deferred until the answer is sent (no platform `waitUntil`); `undefined` once flushed. */
  private queue: (() => void)[] | undefined = [];

  constructor(
    private readonly input: EndpointInput,
    readonly args: readonly unknown[],
    private readonly settings: EndpointSettings,
    private readonly event: string,
  ) {}

  get request(): Request {
    this.made ??= this.input.request();
    return this.made;
  }

  /** Bound, so that `({ waitUntil })` destructured from the context works. */
  readonly waitUntil = (work: BotEventWork): void => {
    if (typeof work !== 'function' && !isThenable(work)) {
      throw new TypeError(
        '[bitrix24-imbot-events] waitUntil takes a Promise or a function that starts the work',
      );
    }
    const start = (): Promise<void> =>
      Promise.resolve()
        .then(() => (typeof work === 'function' ? work() : work))
        .then(
          () => undefined,
          (error: unknown) =>
            this.settings.report(error, {
              status: this.status,
              code: 'work_failed',
              event: this.event,
            }),
        );
    const platform = this.settings.waitUntil ?? platformWaitUntil(this.args);
    if (platform !== undefined) {
      platform(start());
    } else if (this.queue === undefined) {
      void start();
    } else {
      this.queue.push(() => void start());
    }
  };

  /** Whether work waits for {@link EndpointContext.flush}. */
  get deferred(): boolean {
    return this.queue !== undefined && this.queue.length > 0;
  }

  /** Starts the deferred work: the answer is on its way. */
  flush(): void {
    const queue = this.queue;
    this.queue = undefined;
    if (queue !== undefined) for (const start of queue) start();
  }
}

/** The first of the platform's arguments that has a `waitUntil` (Workers' `ctx`, Vercel's context). */
function platformWaitUntil(args: readonly unknown[]): PlatformWaitUntil | undefined {
  for (const arg of args) {
    if (typeof arg !== 'object' || arg === null) continue;
    const waitUntil = (arg as { waitUntil?: unknown }).waitUntil;
    if (typeof waitUntil === 'function') {
      return (promise) => {
        waitUntil.call(arg, promise);
      };
    }
  }
  return undefined;
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
