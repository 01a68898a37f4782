import type { ImCommandAddEvent } from '../model/ImCommandAddEvent.js';
import { normalizeImCommandAdd } from '../normalize/normalizeImCommandAdd.js';
import {
  type RawImCommandAddEvent,
  RawImCommandAddSchema,
} from '../schemas/RawImCommandAddSchema.js';
import { createEventParser, type EventDefinition } from './createEventParser.js';
import type { EventInput } from './decodeEventInput.js';
import type { ParseOptions, SafeParseResult } from './ParseOptions.js';

/**
 * ONIMCOMMANDADD: its code, wire schema, normalizer, and the id-keyed maps qs may turn into lists.
 * @internal
 */
export const imCommandAddDefinition: EventDefinition<RawImCommandAddEvent, ImCommandAddEvent> = {
  event: 'ONIMCOMMANDADD',
  rawSchema: RawImCommandAddSchema,
  normalize: normalizeImCommandAdd,
  idKeyedMaps: [
    { path: ['data', 'COMMAND'], idKey: 'COMMAND_ID' },
    { path: ['data', 'PARAMS', 'BOT_IN_CHAT'] },
  ],
};

const parser = createEventParser(imCommandAddDefinition);

/**
 * Parses the body Bitrix24 posts when a user invokes a bot command (ONIMCOMMANDADD): decodes it,
 * validates it against {@link RawImCommandAddSchema}, and normalizes it.
 *
 * @param input The body as Bitrix24 sent it (form or JSON, text or bytes), `URLSearchParams`, or
 *   the object a framework decoded from it (see {@link EventInput}).
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} With code `body_too_large`, `too_many_params`, `too_deep`,
 *   `malformed_body`, `wrong_event` or `invalid_payload`; `issues` name the wire paths.
 *
 * @example
 * ```ts
 * const event = parseImCommandAdd(await request.text());
 * event.commands[0].command;  // 'echo'
 * event.commands[0].params;   // 'test'
 * event.chat.dialogId;        // 'chat2725'
 * event.user?.firstName;      // 'John'
 * ```
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/commands/events/on-im-command-add.html
 */
export function parseImCommandAdd(input: EventInput, options?: ParseOptions): ImCommandAddEvent {
  return parser.parse(input, options);
}

/**
 * Like {@link parseImCommandAdd}, but returns a result instead of throwing. It never throws for
 * any input (also `undefined`, numbers, cyclic objects, megabytes of garbage); only invalid
 * `options` throw a `TypeError`.
 *
 * @param input The body or decoded object (see {@link EventInput}).
 * @param options Limits and strictness.
 * @returns `{ success: true, output }` or `{ success: false, issues, error }`.
 *
 * @example
 * ```ts
 * const result = safeParseImCommandAdd(body);
 * if (!result.success) return new Response(result.error.message, { status: 400 });
 * result.output.commands[0].command; // 'echo'
 * ```
 */
export function safeParseImCommandAdd(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImCommandAddEvent> {
  return parser.safeParse(input, options);
}

/**
 * Parses an ONIMCOMMANDADD request as a Fetch API `Request` gives it (Hono, Next.js route
 * handlers, `Bun.serve`, `Deno.serve`, Cloudflare Workers). The `content-type` picks the decoder
 * (`application/x-www-form-urlencoded` or `application/json`, a charset allowed); the body is
 * read with a running byte count and the stream is cancelled as soon as `limits.maxBytes` is
 * passed.
 *
 * @param request The request.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}, and `unsupported_content_type`; an
 *   empty or already read body is `malformed_body`.
 *
 * @example
 * ```ts
 * export default {
 *   async fetch(request: Request) {
 *     const event = await parseImCommandAddRequest(request);
 *     return Response.json({ command: event.commands[0].command });
 *   },
 * };
 * ```
 */
export function parseImCommandAddRequest(
  request: Request,
  options?: ParseOptions,
): Promise<ImCommandAddEvent> {
  return parser.parseRequest(request, options);
}
