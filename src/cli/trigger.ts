import { encodeForm } from '../decode/encodeForm.js';
import { KNOWN_BOT_EVENTS, type KnownBotEventCode } from '../events/table.js';
import { createBotEventPayload } from '../testing/createBotEventPayload.js';
import type { CliIo } from './CliIo.js';
import {
  type PayloadTree,
  parsePayloadPath,
  setApplicationToken,
  setPayloadValue,
  unsetPayloadValue,
} from './editPayload.js';
import { PROGRAM, printable, UsageError } from './UsageError.js';

/** The arguments of `trigger`, as the command line gave them. */
export interface TriggerArguments {
  /** The positional arguments: the event code, alone. */
  readonly positionals: readonly string[];
  /** `--to`: the endpoint's URL. */
  readonly to: string | undefined;
  /** `--token`: the application token to send instead of the default. */
  readonly token: string | undefined;
  /** Every `--set PATH=VALUE`, in order. */
  readonly set: readonly string[];
  /** Every `--unset PATH`. */
  readonly unset: readonly string[];
  /** `--format`: `form` or `json`. */
  readonly format: string | undefined;
  /** `--timeout`: the seconds to wait for the answer. */
  readonly timeout: string | undefined;
}

/** What `trigger` posts, once its arguments are read. */
export interface TriggerRequest {
  /** The endpoint. */
  readonly url: URL;
  /** The event code. */
  readonly code: KnownBotEventCode;
  /** The request body. */
  readonly body: string;
  /** Its content type. */
  readonly contentType: 'application/x-www-form-urlencoded' | 'application/json';
  /** How long to wait for the answer, in milliseconds. */
  readonly timeoutMs: number;
}

/** How long `trigger` waits for the answer by default, in seconds. */
export const DEFAULT_TRIGGER_TIMEOUT = 30;

/** The longest timeout a timer takes (2^31 - 1 ms), in whole seconds. */
const MAX_TIMEOUT = 2_147_483;

/**
 * Reads the arguments of `trigger` into the request it posts: the test payload of the code (by
 * `createBotEventPayload`), then `--token` everywhere the payload carries a token, then every
 * `--unset`, then every `--set` in order; encoded as the form body Bitrix24 posts, or as JSON.
 *
 * @param args The arguments.
 * @returns The request.
 * @throws {UsageError} For a missing or unknown code, a missing or unusable URL, a path that is not
 *   one, a key to unset that the payload lacks, an empty token, a token for an event without
 *   `auth`, an unknown format or a timeout that is not a positive number of seconds.
 */
export function buildTriggerRequest(args: TriggerArguments): TriggerRequest {
  const code = eventCodeOf(args.positionals);
  const url = endpointOf(args.to);
  const format = args.format ?? 'form';
  if (format !== 'form' && format !== 'json') {
    throw new UsageError(`--format must be form or json, got '${printable(format)}'`, 'trigger');
  }
  const timeoutMs = timeoutOf(args.timeout) * 1000;
  const sets = args.set.map((arg) => {
    const at = arg.indexOf('=');
    if (at < 0) {
      throw new UsageError(
        `--set takes PATH=VALUE, got '${printable(arg)}' (no =; PATH= sets an empty string)`,
        'trigger',
      );
    }
    return { keys: pathOf('--set', arg.slice(0, at)), value: arg.slice(at + 1) };
  });
  const unsets = args.unset.map((arg) => ({ arg, keys: pathOf('--unset', arg) }));

  const payload = createBotEventPayload(code) as unknown as PayloadTree;
  if (args.token !== undefined) {
    if (args.token === '')
      throw new UsageError('--token needs a token, got an empty one', 'trigger');
    if (!setApplicationToken(payload, args.token)) {
      throw new UsageError(
        `--token: ${code} carries no auth (the user events are polled, never posted)`,
        'trigger',
      );
    }
  }
  for (const { arg, keys } of unsets) {
    if (!unsetPayloadValue(payload, keys)) {
      throw new UsageError(
        `--unset: the ${code} payload has no '${printable(arg)}' to remove`,
        'trigger',
      );
    }
  }
  for (const { keys, value } of sets) setPayloadValue(payload, keys, value);
  return format === 'json'
    ? { url, code, body: JSON.stringify(payload), contentType: 'application/json', timeoutMs }
    : {
        url,
        code,
        body: encodeForm(payload),
        contentType: 'application/x-www-form-urlencoded',
        timeoutMs,
      };
}

/**
 * Runs `trigger`: posts the test event to the endpoint and prints `HTTP <status>` and the
 * answer's body on standard output. The request body is never printed (it holds the token).
 *
 * @param io The host; `io.fetch` sends the request.
 * @param args The arguments.
 * @returns 0 for a 2xx answer; 1 for any other answer (a line on standard error says so), or when
 *   the endpoint could not be reached or did not answer in time (one line, no stack).
 * @throws {UsageError} As {@link buildTriggerRequest}.
 */
export async function runTrigger(io: CliIo, args: TriggerArguments): Promise<number> {
  const request = buildTriggerRequest(args);
  let response: Response;
  let text: string;
  try {
    response = await io.fetch(request.url.href, {
      method: 'POST',
      headers: {
        'content-type': request.contentType,
        'user-agent': `${PROGRAM}/${io.version} (trigger)`,
      },
      body: request.body,
      // A redirect is shown, not followed: fetch would turn the POST into a GET without a body.
      redirect: 'manual',
      signal: AbortSignal.timeout(request.timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    io.err(
      `${PROGRAM}: trigger: could not reach ${request.url.origin} (${failureOf(error, request.timeoutMs)})\n`,
    );
    return 1;
  }
  io.out(`HTTP ${response.status}\n${text}${text === '' || text.endsWith('\n') ? '' : '\n'}`);
  if (response.status >= 200 && response.status < 300) return 0;
  const location = response.headers.get('location');
  const redirect =
    response.status >= 300 && response.status < 400 && location !== null
      ? `, a redirect to ${printable(location)}, which trigger does not follow`
      : ', not 2xx';
  io.err(`${PROGRAM}: trigger: the endpoint answered HTTP ${response.status}${redirect}\n`);
  return 1;
}

/**
 * Reads the event code: one positional argument, a known code in any case.
 *
 * @param positionals The positional arguments.
 * @returns The code.
 */
function eventCodeOf(positionals: readonly string[]): KnownBotEventCode {
  const [given, ...extra] = positionals;
  if (given === undefined) {
    throw new UsageError(`trigger needs an event CODE; ${knownEvents()}`, 'trigger');
  }
  if (extra.length > 0) {
    const list = extra.map((arg) => `'${printable(arg)}'`).join(', ');
    throw new UsageError(
      `trigger takes one CODE, got ${positionals.length} (extra: ${list})`,
      'trigger',
    );
  }
  const code = KNOWN_BOT_EVENTS.find((known) => known === given.toUpperCase());
  if (code === undefined) {
    throw new UsageError(`unknown event '${printable(given)}'; ${knownEvents()}`, 'trigger');
  }
  return code;
}

/**
 * The known event codes, as a usage error lists them: a few to a line.
 *
 * @returns The list.
 */
function knownEvents(): string {
  const lines = ['the known events are:'];
  let line = ' ';
  for (const code of KNOWN_BOT_EVENTS) {
    if (line.length + code.length > 90) {
      lines.push(line);
      line = ' ';
    }
    line += ` ${code}`;
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * Reads the endpoint: an http:// or https:// URL, without a user or password (fetch refuses them).
 *
 * @param to The `--to` argument.
 * @returns The URL.
 */
function endpointOf(to: string | undefined): URL {
  if (to === undefined) {
    throw new UsageError('trigger needs --to URL, the endpoint to post the event to', 'trigger');
  }
  let url: URL;
  try {
    url = new URL(to);
  } catch {
    throw new UsageError(
      `--to needs an http:// or https:// URL, got '${printable(to)}'`,
      'trigger',
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    // Quoted without its user and password, if it has any.
    const shown = new URL(url.href);
    shown.username = '';
    shown.password = '';
    throw new UsageError(
      `--to needs an http:// or https:// URL, got '${printable(shown.href)}'`,
      'trigger',
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new UsageError('--to: a URL with a user or password cannot be fetched', 'trigger');
  }
  return url;
}

/**
 * Reads `--timeout`: a positive number of seconds, decimals allowed.
 *
 * @param timeout The argument.
 * @returns The seconds.
 */
function timeoutOf(timeout: string | undefined): number {
  if (timeout === undefined) return DEFAULT_TRIGGER_TIMEOUT;
  const seconds = /^\d+(\.\d+)?$/.test(timeout) ? Number(timeout) : Number.NaN;
  if (!(seconds > 0 && seconds <= MAX_TIMEOUT)) {
    throw new UsageError(
      `--timeout takes seconds, more than 0 and at most ${MAX_TIMEOUT}, got '${printable(timeout)}'`,
      'trigger',
    );
  }
  return seconds;
}

/**
 * Reads a path argument of `--set` or `--unset`.
 *
 * @param option The option, for the message.
 * @param text The path.
 * @returns The keys.
 */
function pathOf(option: string, text: string): string[] {
  if (text === '') throw new UsageError(`${option} needs a PATH, got an empty one`, 'trigger');
  const keys = parsePayloadPath(text);
  if (typeof keys === 'string') {
    throw new UsageError(`${option}: '${printable(text)}' ${keys}`, 'trigger');
  }
  return keys;
}

/** Words for the network errors a local endpoint meets most. */
const FAILURES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  ECONNRESET: 'the connection was closed',
  EPIPE: 'the connection was closed',
  UND_ERR_SOCKET: 'the connection was closed',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
};

/**
 * Says in a few words why a request failed, from the error fetch threw (its `cause` carries the
 * system error's code).
 *
 * @param error The error.
 * @param timeoutMs The timeout in force.
 * @returns The words.
 */
function failureOf(error: unknown, timeoutMs: number): string {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const code = errorCodeOf(error);
  if (code === undefined) {
    // Undici names some refusals by message only.
    const cause = (error as { cause?: { message?: unknown } } | null)?.cause?.message;
    if (cause === 'bad port') return 'fetch refuses to connect to that port (a "bad port")';
    return typeof cause === 'string' && cause !== '' ? printable(cause) : 'network error';
  }
  const words = Object.hasOwn(FAILURES, code) ? FAILURES[code] : undefined;
  if (words !== undefined) return `${words}, ${code}`;
  if (/CERT|SSL|TLS|SIGNATURE/.test(code)) return `the TLS certificate was refused, ${code}`;
  return code;
}

/**
 * The system error code of a fetch failure: the error's own, its cause's, or the first of an
 * aggregate cause's (a host with several addresses).
 *
 * @param error The error.
 * @returns The code, printable; `undefined` when there is none.
 */
function errorCodeOf(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth++) {
    const { code, cause, errors } = current as {
      code?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && code !== '') return printable(code);
    current = cause ?? (Array.isArray(errors) ? errors[0] : undefined);
  }
  return undefined;
}
