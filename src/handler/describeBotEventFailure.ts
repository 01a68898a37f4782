import { EventParseError } from '../errors/EventParseError.js';
import type { BotEventHandlerErrorInfo } from './createBotEventHandler.js';

const PREFIX = '[bitrix24-imbot-events]';

/** How many issues the line names before it counts the rest. */
const LISTED_ISSUES = 3;

/** What each code without an error of the library's says. */
const SENTENCES: Readonly<Record<string, string>> = {
  method_not_allowed: 'only POST is answered',
  handler_failed: 'the handler threw',
  lookup_failed: 'the applicationToken lookup failed',
  work_failed: 'work handed to waitUntil failed after the answer',
};

/**
 * Makes the line the endpoint of `createBotEventHandler` writes for a failed request when it has
 * no `onError`: the status, the error code and what went wrong, never a token and never the body.
 * A library error gives its issues on one line (wire path and sentence); what a handler, the
 * lookup or deferred work threw is given with its stack, after the event code. Use it in your own
 * `onError` to log the same line elsewhere.
 *
 * @param error What failed: an {@link EventParseError}, what a handler or the lookup threw, or
 *   nothing (`405`).
 * @param info The status answered and the code.
 * @returns The line (one line, but for a thrown error's stack).
 *
 * @example
 * ```ts
 * createBotEventHandler(handlers, {
 *   applicationToken,
 *   onError: (error, info) => logger.warn(describeBotEventFailure(error, info)),
 * });
 * // [bitrix24-imbot-events] 401 token_mismatch: auth[application_token]: the application token does not match any expected token
 * ```
 * @category Handler
 */
export function describeBotEventFailure(error: unknown, info: BotEventHandlerErrorInfo): string {
  const head = `${PREFIX} ${info.status} ${info.code}`;
  if (error instanceof EventParseError) return `${head}: ${oneLine(issuesOf(error))}`;
  const where = info.event === undefined ? '' : ` (${info.event})`;
  const sentence = SENTENCES[info.code] ?? 'the request failed';
  if (error === undefined) return `${head}${where}: ${sentence}`;
  return `${head}${where}: ${sentence}: ${thrown(error)}`;
}

/** The issues of a library error, in one line. */
function issuesOf(error: EventParseError): string {
  const listed = error.issues
    .slice(0, LISTED_ISSUES)
    .map((issue) => (issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`));
  const rest = error.issues.length - listed.length;
  if (rest > 0) listed.push(`and ${rest} more issue${rest === 1 ? '' : 's'}`);
  return listed.join('; ');
}

/** What a handler threw, with its stack where it has one. */
function thrown(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/**
 * Keeps a line one line: a wire path can carry a key name from the body, so control characters
 * (a forged newline among them) are shown as `\uXXXX`.
 */
function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}
