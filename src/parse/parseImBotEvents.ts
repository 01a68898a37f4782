import type {
  ImBotDeleteEvent,
  ImBotJoinChatEvent,
  ImBotMessageAddEvent,
  ImBotMessageDeleteEvent,
  ImBotMessageUpdateEvent,
} from '../model/ImBotEvents.js';
import {
  normalizeImBotDelete,
  normalizeImBotJoinChat,
  normalizeImBotMessageAdd,
  normalizeImBotMessageDelete,
  normalizeImBotMessageUpdate,
} from '../normalize/normalizeImBotEvents.js';
import {
  type RawImBotDeleteEvent,
  RawImBotDeleteSchema,
  type RawImBotJoinChatEvent,
  RawImBotJoinChatSchema,
  type RawImBotMessageAddEvent,
  RawImBotMessageAddSchema,
  type RawImBotMessageDeleteEvent,
  RawImBotMessageDeleteSchema,
  type RawImBotMessageUpdateEvent,
  RawImBotMessageUpdateSchema,
} from '../schemas/RawImBotEventSchemas.js';
import { createEventParser, type EventDefinition } from './createEventParser.js';
import type { EventInput } from './decodeEventInput.js';
import type { ParseOptions, SafeParseResult } from './ParseOptions.js';
import type { IdKeyedMap } from './recoverIdKeyedMaps.js';

/** The id-keyed maps of the API 1.0 bot events, whose keys qs may lose. */
const V1_MAPS: readonly IdKeyedMap[] = [
  { path: ['data', 'BOT'], idKey: 'BOT_ID' },
  { path: ['data', 'PARAMS', 'MENTIONED_LIST'] },
  { path: ['data', 'PARAMS', 'BOT_IN_CHAT'] },
];

/** ONIMBOTMESSAGEADD: code, wire schema, normalizer, id-keyed maps. @internal */
export const imBotMessageAddDefinition: EventDefinition<
  RawImBotMessageAddEvent,
  ImBotMessageAddEvent
> = {
  event: 'ONIMBOTMESSAGEADD',
  rawSchema: RawImBotMessageAddSchema,
  normalize: normalizeImBotMessageAdd,
  idKeyedMaps: V1_MAPS,
};

/** ONIMBOTMESSAGEUPDATE: code, wire schema, normalizer, id-keyed maps. @internal */
export const imBotMessageUpdateDefinition: EventDefinition<
  RawImBotMessageUpdateEvent,
  ImBotMessageUpdateEvent
> = {
  event: 'ONIMBOTMESSAGEUPDATE',
  rawSchema: RawImBotMessageUpdateSchema,
  normalize: normalizeImBotMessageUpdate,
  idKeyedMaps: V1_MAPS,
};

/** ONIMBOTMESSAGEDELETE: code, wire schema, normalizer, id-keyed maps. @internal */
export const imBotMessageDeleteDefinition: EventDefinition<
  RawImBotMessageDeleteEvent,
  ImBotMessageDeleteEvent
> = {
  event: 'ONIMBOTMESSAGEDELETE',
  rawSchema: RawImBotMessageDeleteSchema,
  normalize: normalizeImBotMessageDelete,
  idKeyedMaps: V1_MAPS,
};

/** ONIMBOTJOINCHAT: code, wire schema, normalizer, id-keyed maps. @internal */
export const imBotJoinChatDefinition: EventDefinition<RawImBotJoinChatEvent, ImBotJoinChatEvent> = {
  event: 'ONIMBOTJOINCHAT',
  rawSchema: RawImBotJoinChatSchema,
  normalize: normalizeImBotJoinChat,
  idKeyedMaps: V1_MAPS,
};

/** ONIMBOTDELETE: code, wire schema, normalizer. @internal */
export const imBotDeleteDefinition: EventDefinition<RawImBotDeleteEvent, ImBotDeleteEvent> = {
  event: 'ONIMBOTDELETE',
  rawSchema: RawImBotDeleteSchema,
  normalize: normalizeImBotDelete,
  idKeyedMaps: [],
};

const messageAdd = createEventParser(imBotMessageAddDefinition);
const messageUpdate = createEventParser(imBotMessageUpdateDefinition);
const messageDelete = createEventParser(imBotMessageDeleteDefinition);
const joinChat = createEventParser(imBotJoinChatDefinition);
const botDelete = createEventParser(imBotDeleteDefinition);

/**
 * Parses ONIMBOTMESSAGEADD (API 1.0): a message to the bot. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotMessageAdd(
  input: EventInput,
  options?: ParseOptions,
): ImBotMessageAddEvent {
  return messageAdd.parse(input, options);
}

/**
 * Like {@link parseImBotMessageAdd}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotMessageAdd(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotMessageAddEvent> {
  return messageAdd.safeParse(input, options);
}

/**
 * Parses ONIMBOTMESSAGEUPDATE (API 1.0): a message the bot received was edited.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotMessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): ImBotMessageUpdateEvent {
  return messageUpdate.parse(input, options);
}

/**
 * Like {@link parseImBotMessageUpdate}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotMessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotMessageUpdateEvent> {
  return messageUpdate.safeParse(input, options);
}

/**
 * Parses ONIMBOTMESSAGEDELETE (API 1.0): a message the bot received was deleted.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotMessageDelete(
  input: EventInput,
  options?: ParseOptions,
): ImBotMessageDeleteEvent {
  return messageDelete.parse(input, options);
}

/**
 * Like {@link parseImBotMessageDelete}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotMessageDelete(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotMessageDeleteEvent> {
  return messageDelete.safeParse(input, options);
}

/**
 * Parses ONIMBOTJOINCHAT (API 1.0): the bot joined a chat.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotJoinChat(input: EventInput, options?: ParseOptions): ImBotJoinChatEvent {
  return joinChat.parse(input, options);
}

/**
 * Like {@link parseImBotJoinChat}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotJoinChat(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotJoinChatEvent> {
  return joinChat.safeParse(input, options);
}

/**
 * Parses ONIMBOTDELETE (API 1.0): the bot was removed.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotDelete(input: EventInput, options?: ParseOptions): ImBotDeleteEvent {
  return botDelete.parse(input, options);
}

/**
 * Like {@link parseImBotDelete}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotDelete(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotDeleteEvent> {
  return botDelete.safeParse(input, options);
}
