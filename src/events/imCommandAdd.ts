import * as v from 'valibot';
import type { EventInput } from '../decode/decodeEventInput.js';
import { createEventParser } from '../engine/createEventParser.js';
import { defineEvent, pipelineSchema } from '../engine/EventDefinition.js';
import type { ParseOptions, RequestParseOptions, SafeParseResult } from '../engine/ParseOptions.js';
import type { ChatWithOptionalId } from '../model/Chat.js';
import type { CommandCall, CommandMessage } from '../model/CommandCall.js';
import type { BotEventEnvelope } from '../model/EventBases.js';
import type { User } from '../model/User.js';
import type { NormalizeContext } from '../normalize/NormalizeContext.js';
import { normalizeChatWithOptionalId } from '../normalize/normalizeChat.js';
import { normalizeCommand, normalizeCommandMessage } from '../normalize/normalizeCommand.js';
import { normalizeEnvelope } from '../normalize/normalizeEnvelope.js';
import { normalizeUser } from '../normalize/normalizeUser.js';
import { toText } from '../normalize/scalars.js';
import {
  COMMAND_PARAMS_REQUIRED,
  COMMAND_REQUIRED,
  type RawCommand,
  RawCommandMapSchema,
  type RawCommandParams,
  RawCommandParamsSchema,
} from '../wire/commandEntries.js';
import type { RawAuth } from '../wire/RawAuthSchema.js';
import { type RawUser, RawUserSchema, USER_REQUIRED } from '../wire/RawUserSchema.js';
import { ENVELOPE_REQUIRED, rawEnvelopeEntries } from '../wire/rawEnvelopeEntries.js';
import { under } from '../wire/requiredPaths.js';
import { eventCodeMessage, objectMessage, type WireId } from '../wire/wire.js';

/**
 * The ONIMCOMMANDADD payload exactly as Bitrix24 sends it: Bitrix key names, scalars as strings
 * (native numbers and booleans also accepted, as a JSON body may carry them), unknown keys kept.
 * It validates formats (ids, flags, times) but converts nothing; {@link ImCommandAddSchema}
 * normalizes its output.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/commands/events/on-im-command-add.html
 * @category Schemas
 */
export const RawImCommandAddSchema: v.GenericSchema<unknown, RawImCommandAddEvent> =
  /* @__PURE__ */ v.looseObject(
    {
      event: v.literal('ONIMCOMMANDADD', eventCodeMessage('ONIMCOMMANDADD')),
      ...rawEnvelopeEntries,
      data: v.looseObject(
        {
          COMMAND: RawCommandMapSchema,
          PARAMS: RawCommandParamsSchema,
          USER: v.optional(RawUserSchema),
        },
        objectMessage,
      ),
    },
    objectMessage,
  );

/** `data` of ONIMCOMMANDADD as sent. @category Wire types */
export interface RawImCommandAddData {
  /** The invoked commands, keyed by command id. */
  readonly COMMAND: Readonly<Record<string, RawCommand>>;
  /** The message that carried the command, and its chat. */
  readonly PARAMS: RawCommandParams;
  /** The message's author; missing or empty for system messages. */
  readonly USER?: RawUser | undefined;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * The ONIMCOMMANDADD payload as sent (the output of {@link RawImCommandAddSchema}).
 *
 * @category Wire types
 */
export interface RawImCommandAddEvent {
  /** The event code. */
  readonly event: 'ONIMCOMMANDADD';
  /** The id of the event handler registration; sent by portals with `rest` 24.500 (2024) on. */
  readonly event_handler_id?: WireId | undefined;
  /** The same id under its earlier name (`rest` 24.200 to 24.400). */
  readonly event_id?: WireId | undefined;
  /** The event's data. */
  readonly data: RawImCommandAddData;
  /** When the event left the queue (unix time). */
  readonly ts: WireId;
  /** The auth of the user on whose behalf the event fired. */
  readonly auth: RawAuth;
  /** Any other field, kept as sent. */
  readonly [key: string]: unknown;
}

/**
 * ONIMCOMMANDADD, normalized: a user invoked one or more of the bot's commands in a chat.
 *
 * @see https://apidocs.bitrix24.com/api-reference/chat-bots/commands/events/on-im-command-add.html
 * @category Events
 */
export interface ImCommandAddEvent extends BotEventEnvelope {
  /** The event code. Wire: `event`. */
  readonly event: 'ONIMCOMMANDADD';
  /** The invoked commands, at least one; order not significant. Wire: `data[COMMAND]`. */
  readonly commands: readonly [CommandCall, ...CommandCall[]];
  /** The message that carried the command(s). Wire: `data[PARAMS]`. */
  readonly message: CommandMessage;
  /**
   * The chat the command was invoked in; a private chat's `id` is absent when the command came
   * from a keyboard button. Wire: `data[PARAMS]`.
   */
  readonly chat: ChatWithOptionalId;
  /** The message's author; `null` when absent or empty (system messages). Wire: `data[USER]`. */
  readonly user: User | null;
  /** The portal's default language (`'en'`). Wire: `data[PARAMS][LANGUAGE]`. */
  readonly language: string;
  /** The payload as validated, with Bitrix key names and unknown fields. */
  readonly raw: RawImCommandAddEvent;
}

/**
 * Normalizes a validated ONIMCOMMANDADD payload into the typed event.
 *
 * @param raw The output of {@link RawImCommandAddSchema}.
 * @param context The normalize context; under `strict`, unknown codes land in its issues.
 * @returns The event.
 * @internal
 */
export function normalizeImCommandAdd(
  raw: RawImCommandAddEvent,
  context: NormalizeContext,
): ImCommandAddEvent {
  const { COMMAND, PARAMS, USER } = raw.data;
  const commands = Object.keys(COMMAND).map((key) =>
    normalizeCommand(
      key,
      COMMAND[key] as (typeof COMMAND)[string],
      context,
      `data[COMMAND][${key}]`,
    ),
  ) as [CommandCall, ...CommandCall[]];
  return {
    event: raw.event,
    ...normalizeEnvelope(raw, context),
    commands,
    message: normalizeCommandMessage(PARAMS),
    chat: normalizeChatWithOptionalId(PARAMS, context, 'data[PARAMS]'),
    user: normalizeUser(USER, context, 'data[USER]'),
    language: toText(PARAMS.LANGUAGE),
    raw,
  };
}

const spec = {
  event: 'ONIMCOMMANDADD',
  rawSchema: RawImCommandAddSchema,
  normalize: normalizeImCommandAdd,
  idKeyedMaps: [
    { path: ['data', 'COMMAND'], idKey: 'COMMAND_ID' },
    { path: ['data', 'PARAMS', 'BOT_IN_CHAT'] },
  ],
  required: [
    ...ENVELOPE_REQUIRED,
    'data[COMMAND]',
    ...under('data[COMMAND][*]', COMMAND_REQUIRED),
    'data[PARAMS]',
    ...under('data[PARAMS]', COMMAND_PARAMS_REQUIRED),
    ...under('data[USER]', USER_REQUIRED),
  ],
} as const;

/** ONIMCOMMANDADD's entry in the event table. @internal */
export const imCommandAdd = /* @__PURE__ */ defineEvent(spec);

/**
 * The ONIMCOMMANDADD pipeline as one valibot schema: {@link RawImCommandAddSchema} validates the
 * wire payload, then it is normalized into an {@link ImCommandAddEvent} (lenient: unknown codes
 * become `'unknown'`). Standard Schema compatible. It takes the payload as an object (a
 * `JSON.parse` result, or `decodeForm` output); {@link parseImCommandAdd} also takes bodies.
 *
 * @example
 * ```ts
 * const result = v.safeParse(ImCommandAddSchema, JSON.parse(body));
 * if (result.success) console.log(result.output.commands[0].command); // 'echo'
 * ```
 * @category Schemas
 */
export const ImCommandAddSchema: v.GenericSchema<unknown, ImCommandAddEvent> =
  /* @__PURE__ */ pipelineSchema(spec);

const parser = /* @__PURE__ */ createEventParser(imCommandAdd);

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
 * @category Events
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
 * @category Events
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
 * @param options Limits, strictness and the expected application token (the lookup may be async).
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
 * @category Events
 */
export function parseImCommandAddRequest(
  request: Request,
  options?: RequestParseOptions,
): Promise<ImCommandAddEvent> {
  return parser.parseRequest(request, options);
}
