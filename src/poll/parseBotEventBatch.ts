import * as v from 'valibot';
import { decodeUtf8Bytes, toBytes } from '../decode/bytes.js';
import { decodeEventInput } from '../decode/decodeEventInput.js';
import { checkBodySize, type Limits, resolveLimits, utf8LengthUpTo } from '../decode/limits.js';
import { describeEventCode, safely } from '../engine/createEventParser.js';
import type { BaseParseOptions, SafeParseResult } from '../engine/ParseOptions.js';
import { parseWireTree, type WireSpec } from '../engine/parseWireTree.js';
import {
  describeKind,
  type EventIssue,
  EventParseError,
  eventError,
} from '../errors/EventParseError.js';
import { BOT_EVENT_TABLE, type BotEventDefinition } from '../events/table.js';
import { polledPartsOf } from '../wire/rawEnvelopeEntries.js';
import { eventCodeMessage, isSafeDigits, objectMessage } from '../wire/wire.js';
import { isIsoDateTime } from '../wire/wireV2.js';
import type { PolledBotEvent, PolledKnownBotEvent } from './PolledBotEvent.js';

/**
 * An item of a polled batch that could not be parsed: reported, and acknowledged with the rest.
 *
 * @category Polling
 */
export interface BotEventBatchFailure {
  /** The item's id in the queue, when it had a readable one. Wire: `eventId`. */
  readonly eventId: number | undefined;
  /** The item's event code, when it had one. Wire: `type`. */
  readonly type: string | undefined;
  /** Why it could not be parsed; its issues' paths are the item's own (`data[message][id]`). */
  readonly error: EventParseError;
}

/** One answer of `imbot.v2.Event.get`, parsed. @category Polling */
export interface BotEventBatch {
  /** The events, in `eventId` order, each of its code's type (unknown codes passed through). */
  readonly events: readonly PolledBotEvent[];
  /** The items that could not be parsed, in `eventId` order: a bad item never sinks the batch. */
  readonly failures: readonly BotEventBatchFailure[];
  /**
   * The `offset` to send next, which acknowledges every event below it. Wire:
   * `result[nextOffset]` (or `result[lastEventId]` + 1, its name before 2026-03-25). `0` from a
   * fresh bot's empty queue means "no cursor yet".
   */
  readonly nextOffset: number;
  /** Whether more events wait beyond this batch. Wire: `result[hasMore]`. */
  readonly hasMore: boolean;
}

/**
 * Options of {@link parseBotEventBatch}: limits (per item; `maxBytes` for an answer as text) and strictness.
 *
 * @category Polling
 */
export interface ParseBotEventBatchOptions extends BaseParseOptions {}

/** What an answer as text may weigh when `limits.maxBytes` is not given: 1,000 items of 32 KiB. */
const ANSWER_MAX_BYTES = 32 * 1024 * 1024;

const ITEM_CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** The polled variant of each table entry that `imbot.v2.Event.get` delivers, made on first use. */
const polledSpecs = new Map<string, WireSpec<unknown, unknown> | null>();

function polledSpecOf(definition: BotEventDefinition): WireSpec<unknown, unknown> | null {
  let spec = polledSpecs.get(definition.event);
  if (spec === undefined) {
    const webhook = definition.spec as WireSpec<unknown, unknown>;
    const parts = /^ONIM(BOT)?V2/.test(definition.event)
      ? polledPartsOf(webhook.rawSchema)
      : undefined;
    spec =
      parts === undefined
        ? null
        : {
            rawSchema: v.looseObject(
              { event: v.literal(parts.code, eventCodeMessage(parts.code)), data: parts.data },
              objectMessage,
            ),
            normalize: webhook.normalize,
            idKeyedMaps: webhook.idKeyedMaps,
          };
    polledSpecs.set(definition.event, spec);
  }
  return spec;
}

const BY_CODE: ReadonlyMap<string, BotEventDefinition> = /* @__PURE__ */ new Map(
  BOT_EVENT_TABLE.map((definition) => [definition.event, definition]),
);

/**
 * Parses one answer of `imbot.v2.Event.get` (API 2.0's polling method): the whole REST answer
 * (`{ result, time }`), its `result`, or their JSON text. Each item becomes the same normalized
 * event as its code's webhook (so one handler serves both deliveries), without what polling does
 * not send (`sentAt`, `auth`, `handlerId`, the bot's `auth`) and with the item's `eventId` and
 * `date`; see {@link Polled}. Scalars may come as JSON's types or as the webhook's strings.
 *
 * An item that cannot be parsed does not sink the batch: it lands in `failures` with its id, code
 * and error. A code this library does not know passes through as a {@link PolledUnknownBotEvent};
 * one that polling never delivers (API 1.0, the app's events) is a failure (`wrong_event`).
 *
 * @param answer The answer, its `result`, or their JSON text (or bytes).
 * @param options Limits (per item; `maxBytes` bounds an answer given as text, 32 MiB by default)
 *   and strictness.
 * @returns The events, the failures, the next offset and whether more are waiting.
 * @throws {EventParseError} `malformed_body` for an answer without an `events` list (a REST error
 *   answer among them), or with no readable next offset.
 *
 * @example
 * ```ts
 * const answer = await b24.callMethod('imbot.v2.Event.get', { botId, offset });
 * const { events, failures, nextOffset, hasMore } = parseBotEventBatch(answer.getData());
 * for (const event of events) {
 *   if (event.event === 'ONIMBOTV2MESSAGEADD') console.log(event.eventId, event.message.text);
 * }
 * ```
 * @category Polling
 */
export function parseBotEventBatch(
  answer: unknown,
  options?: ParseBotEventBatchOptions,
): BotEventBatch {
  const limits = resolveLimits(options?.limits);
  const strict = options?.strict === true;
  const result = resultOf(answer, options?.limits?.maxBytes ?? ANSWER_MAX_BYTES);
  const items = result.events;
  if (!Array.isArray(items)) {
    throw eventError(
      'malformed_body',
      `expected the answer's list of events, found ${describeKind(items)}`,
      'result[events]',
    );
  }
  const events: PolledBotEvent[] = [];
  const failures: BotEventBatchFailure[] = [];
  for (let index = 0; index < items.length; index++) {
    const item: unknown = items[index];
    const eventId = idOf(isRecord(item) ? item.eventId : undefined);
    const type = isRecord(item) && typeof item.type === 'string' ? item.type : undefined;
    try {
      events.push(parseItem(item, index, limits, strict));
    } catch (error) {
      if (!(error instanceof EventParseError)) throw error;
      failures.push({
        eventId,
        type: type !== undefined && ITEM_CODE.test(type) ? type : undefined,
        error,
      });
    }
  }
  // An item without a readable id goes last.
  const byId = (a: { eventId: number | undefined }, b: { eventId: number | undefined }) =>
    (a.eventId ?? Number.MAX_SAFE_INTEGER) - (b.eventId ?? Number.MAX_SAFE_INTEGER);
  events.sort(byId);
  failures.sort(byId);
  return { events, failures, nextOffset: nextOffsetOf(result), hasMore: flagOf(result.hasMore) };
}

/**
 * Like {@link parseBotEventBatch}, but returns a result instead of throwing; it never throws for
 * any answer (only invalid `options` throw a `TypeError`).
 *
 * @param answer The answer, its `result`, or their JSON text (or bytes).
 * @param options Limits and strictness.
 * @returns The batch, or the issues and the error.
 *
 * @example
 * ```ts
 * const result = safeParseBotEventBatch(await call('imbot.v2.Event.get', { botId, offset }));
 * if (!result.success) return console.warn(result.error.message); // not an Event.get answer
 * const { events, failures, nextOffset, hasMore } = result.output;
 * ```
 * @category Polling
 */
export function safeParseBotEventBatch(
  answer: unknown,
  options?: ParseBotEventBatchOptions,
): SafeParseResult<BotEventBatch> {
  resolveLimits(options?.limits);
  return safely(() => parseBotEventBatch(answer, options));
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The answer's `result` (the answer itself when it is one), from an object or JSON text. */
function resultOf(answer: unknown, maxBytes: number): Readonly<Record<string, unknown>> {
  let value = answer;
  const bytes = typeof answer === 'string' ? undefined : toBytes(answer);
  const text = bytes === undefined ? answer : decodeUtf8Bytes(bytes);
  if (bytes !== undefined && text === undefined) {
    throw eventError('malformed_body', 'the answer is not valid UTF-8');
  }
  if (typeof text === 'string') {
    checkBodySize(bytes?.byteLength ?? utf8LengthUpTo(text, maxBytes), { maxBytes } as Limits);
    try {
      value = JSON.parse(text);
    } catch {
      throw eventError('malformed_body', 'the answer is not valid JSON');
    }
  }
  if (!isRecord(value)) {
    throw eventError(
      'malformed_body',
      `expected an answer of imbot.v2.Event.get (an object), found ${describeKind(value)}`,
    );
  }
  if (typeof value.error === 'string') {
    const code = /^[A-Za-z0-9_]{1,64}$/.test(value.error) ? value.error : 'a REST error';
    throw eventError(
      'malformed_body',
      `expected an answer of imbot.v2.Event.get, found the REST error ${code}`,
      'error',
    );
  }
  return isRecord(value.result) ? value.result : value;
}

/** An id given as a JSON integer or as decimal digits; `undefined` for anything else. */
function idOf(value: unknown): number | undefined {
  if (typeof value === 'number')
    return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
  if (typeof value === 'string' && isSafeDigits(value)) return Number(value);
  return undefined;
}

/** A flag as JSON's `true`/`false` or the webhook's `'1'`/`'0'`/`''`; absent is `false`. */
function flagOf(value: unknown): boolean {
  return value === true || value === '1' || value === 1;
}

function nextOffsetOf(result: Readonly<Record<string, unknown>>): number {
  const next = idOf(result.nextOffset);
  if (next !== undefined) return next;
  // Before 2026-03-25 the answer named the last id instead, and clients sent it + 1.
  const last = idOf(result.lastEventId);
  if (result.nextOffset === undefined && last !== undefined) return last + 1;
  throw eventError(
    'malformed_body',
    `expected the next offset (an integer), found ${describeKind(result.nextOffset)}`,
    'result[nextOffset]',
  );
}

/** Parses one item as its code's event. */
function parseItem(item: unknown, index: number, limits: Limits, strict: boolean): PolledBotEvent {
  if (!isRecord(item)) {
    throw eventError(
      'invalid_payload',
      `expected an event item, found ${describeKind(item)}`,
      `result[events][${index}]`,
    );
  }
  const issues: EventIssue[] = [];
  const eventId = idOf(item.eventId);
  if (eventId === undefined) {
    issues.push({
      path: 'eventId',
      message: `expected an id (an integer), found ${describeKind(item.eventId)}`,
    });
  }
  const type = item.type;
  if (typeof type !== 'string' || !ITEM_CODE.test(type)) {
    issues.push({ path: 'type', message: `expected an event code, found ${describeKind(type)}` });
  }
  const date = item.date;
  if (!isIsoDateTime(date)) {
    issues.push({
      path: 'date',
      message: `expected a date (ISO 8601 with an offset), found ${describeKind(date)}`,
    });
  }
  if (!isRecord(item.data)) {
    issues.push({ path: 'data', message: `expected an object, found ${describeKind(item.data)}` });
  }
  const [first, ...rest] = issues;
  if (first !== undefined) throw new EventParseError('invalid_payload', [first, ...rest]);
  const code = type as string;
  const fields = { eventId: eventId as number, date: new Date(date as string) };
  const wire = decodeEventInput({ event: code, data: item.data }, limits);
  const definition = BY_CODE.get(code);
  if (definition === undefined) {
    return { event: code, known: false, ...fields, raw: wire.tree };
  }
  const spec = polledSpecOf(definition);
  if (spec === null) {
    throw eventError(
      'wrong_event',
      `expected an event imbot.v2.Event.get delivers, found ${describeEventCode(code)}`,
      'type',
    );
  }
  const event = parseWireTree(spec, wire, strict) as Record<string, unknown>;
  const { event: eventCode, known, ...rest2 } = event;
  return { event: eventCode, known, ...fields, ...rest2 } as unknown as PolledKnownBotEvent;
}
