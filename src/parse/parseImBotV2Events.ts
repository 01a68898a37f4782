import type {
  ImBotV2CommandAddEvent,
  ImBotV2ContextGetEvent,
  ImBotV2DeleteEvent,
  ImBotV2JoinChatEvent,
  ImBotV2MessageAddEvent,
  ImBotV2MessageDeleteEvent,
  ImBotV2MessageUpdateEvent,
  ImBotV2ReactionChangeEvent,
} from '../model/ImBotV2Events.js';
import {
  normalizeImBotV2CommandAdd,
  normalizeImBotV2ContextGet,
  normalizeImBotV2Delete,
  normalizeImBotV2JoinChat,
  normalizeImBotV2MessageAdd,
  normalizeImBotV2MessageDelete,
  normalizeImBotV2MessageUpdate,
  normalizeImBotV2ReactionChange,
} from '../normalize/normalizeImBotV2Events.js';
import {
  type RawImBotV2CommandAddEvent,
  RawImBotV2CommandAddSchema,
  type RawImBotV2ContextGetEvent,
  RawImBotV2ContextGetSchema,
  type RawImBotV2DeleteEvent,
  RawImBotV2DeleteSchema,
  type RawImBotV2JoinChatEvent,
  RawImBotV2JoinChatSchema,
  type RawImBotV2MessageAddEvent,
  RawImBotV2MessageAddSchema,
  type RawImBotV2MessageDeleteEvent,
  RawImBotV2MessageDeleteSchema,
  type RawImBotV2MessageUpdateEvent,
  RawImBotV2MessageUpdateSchema,
  type RawImBotV2ReactionChangeEvent,
  RawImBotV2ReactionChangeSchema,
} from '../schemas/RawImBotV2EventSchemas.js';
import { createEventParser, type EventDefinition } from './createEventParser.js';
import type { EventInput } from './decodeEventInput.js';
import type { ParseOptions, SafeParseResult } from './ParseOptions.js';

// API 2.0 has no id-keyed maps (one bot per event, one command per event): nothing for qs to lose.

/** ONIMBOTV2MESSAGEADD: code, wire schema, normalizer. @internal */
export const imBotV2MessageAddDefinition: EventDefinition<
  RawImBotV2MessageAddEvent,
  ImBotV2MessageAddEvent
> = {
  event: 'ONIMBOTV2MESSAGEADD',
  rawSchema: RawImBotV2MessageAddSchema,
  normalize: normalizeImBotV2MessageAdd,
  idKeyedMaps: [],
};

/** ONIMBOTV2MESSAGEUPDATE: code, wire schema, normalizer. @internal */
export const imBotV2MessageUpdateDefinition: EventDefinition<
  RawImBotV2MessageUpdateEvent,
  ImBotV2MessageUpdateEvent
> = {
  event: 'ONIMBOTV2MESSAGEUPDATE',
  rawSchema: RawImBotV2MessageUpdateSchema,
  normalize: normalizeImBotV2MessageUpdate,
  idKeyedMaps: [],
};

/** ONIMBOTV2MESSAGEDELETE: code, wire schema, normalizer. @internal */
export const imBotV2MessageDeleteDefinition: EventDefinition<
  RawImBotV2MessageDeleteEvent,
  ImBotV2MessageDeleteEvent
> = {
  event: 'ONIMBOTV2MESSAGEDELETE',
  rawSchema: RawImBotV2MessageDeleteSchema,
  normalize: normalizeImBotV2MessageDelete,
  idKeyedMaps: [],
};

/** ONIMBOTV2JOINCHAT: code, wire schema, normalizer. @internal */
export const imBotV2JoinChatDefinition: EventDefinition<
  RawImBotV2JoinChatEvent,
  ImBotV2JoinChatEvent
> = {
  event: 'ONIMBOTV2JOINCHAT',
  rawSchema: RawImBotV2JoinChatSchema,
  normalize: normalizeImBotV2JoinChat,
  idKeyedMaps: [],
};

/** ONIMBOTV2DELETE: code, wire schema, normalizer. @internal */
export const imBotV2DeleteDefinition: EventDefinition<RawImBotV2DeleteEvent, ImBotV2DeleteEvent> = {
  event: 'ONIMBOTV2DELETE',
  rawSchema: RawImBotV2DeleteSchema,
  normalize: normalizeImBotV2Delete,
  idKeyedMaps: [],
};

/** ONIMBOTV2CONTEXTGET: code, wire schema, normalizer. @internal */
export const imBotV2ContextGetDefinition: EventDefinition<
  RawImBotV2ContextGetEvent,
  ImBotV2ContextGetEvent
> = {
  event: 'ONIMBOTV2CONTEXTGET',
  rawSchema: RawImBotV2ContextGetSchema,
  normalize: normalizeImBotV2ContextGet,
  idKeyedMaps: [],
};

/** ONIMBOTV2COMMANDADD: code, wire schema, normalizer. @internal */
export const imBotV2CommandAddDefinition: EventDefinition<
  RawImBotV2CommandAddEvent,
  ImBotV2CommandAddEvent
> = {
  event: 'ONIMBOTV2COMMANDADD',
  rawSchema: RawImBotV2CommandAddSchema,
  normalize: normalizeImBotV2CommandAdd,
  idKeyedMaps: [],
};

/** ONIMBOTV2REACTIONCHANGE: code, wire schema, normalizer. @internal */
export const imBotV2ReactionChangeDefinition: EventDefinition<
  RawImBotV2ReactionChangeEvent,
  ImBotV2ReactionChangeEvent
> = {
  event: 'ONIMBOTV2REACTIONCHANGE',
  rawSchema: RawImBotV2ReactionChangeSchema,
  normalize: normalizeImBotV2ReactionChange,
  idKeyedMaps: [],
};

const messageAdd = createEventParser(imBotV2MessageAddDefinition);
const messageUpdate = createEventParser(imBotV2MessageUpdateDefinition);
const messageDelete = createEventParser(imBotV2MessageDeleteDefinition);
const joinChat = createEventParser(imBotV2JoinChatDefinition);
const botDelete = createEventParser(imBotV2DeleteDefinition);
const contextGet = createEventParser(imBotV2ContextGetDefinition);
const commandAdd = createEventParser(imBotV2CommandAddDefinition);
const reactionChange = createEventParser(imBotV2ReactionChangeDefinition);

/**
 * Parses ONIMBOTV2MESSAGEADD (API 2.0): a message to the bot. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotV2MessageAdd(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2MessageAddEvent {
  return messageAdd.parse(input, options);
}

/**
 * Like {@link parseImBotV2MessageAdd}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotV2MessageAdd(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2MessageAddEvent> {
  return messageAdd.safeParse(input, options);
}

/**
 * Parses ONIMBOTV2MESSAGEUPDATE (API 2.0): a message in the bot's chat was edited. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotV2MessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2MessageUpdateEvent {
  return messageUpdate.parse(input, options);
}

/**
 * Like {@link parseImBotV2MessageUpdate}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotV2MessageUpdate(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2MessageUpdateEvent> {
  return messageUpdate.safeParse(input, options);
}

/**
 * Parses ONIMBOTV2MESSAGEDELETE (API 2.0): a message in the bot's chat was deleted. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotV2MessageDelete(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2MessageDeleteEvent {
  return messageDelete.parse(input, options);
}

/**
 * Like {@link parseImBotV2MessageDelete}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotV2MessageDelete(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2MessageDeleteEvent> {
  return messageDelete.safeParse(input, options);
}

/**
 * Parses ONIMBOTV2JOINCHAT (API 2.0): the bot joined a chat. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotV2JoinChat(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2JoinChatEvent {
  return joinChat.parse(input, options);
}

/**
 * Like {@link parseImBotV2JoinChat}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotV2JoinChat(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2JoinChatEvent> {
  return joinChat.safeParse(input, options);
}

/**
 * Parses ONIMBOTV2DELETE (API 2.0): the bot was removed. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotV2Delete(input: EventInput, options?: ParseOptions): ImBotV2DeleteEvent {
  return botDelete.parse(input, options);
}

/**
 * Like {@link parseImBotV2Delete}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotV2Delete(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2DeleteEvent> {
  return botDelete.safeParse(input, options);
}

/**
 * Parses ONIMBOTV2CONTEXTGET (API 2.0): a user opened a dialog with the bot, passing context data. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotV2ContextGet(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2ContextGetEvent {
  return contextGet.parse(input, options);
}

/**
 * Like {@link parseImBotV2ContextGet}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotV2ContextGet(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2ContextGetEvent> {
  return contextGet.safeParse(input, options);
}

/**
 * Parses ONIMBOTV2COMMANDADD (API 2.0): a user invoked one of the bot's commands. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotV2CommandAdd(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2CommandAddEvent {
  return commandAdd.parse(input, options);
}

/**
 * Like {@link parseImBotV2CommandAdd}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotV2CommandAdd(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2CommandAddEvent> {
  return commandAdd.safeParse(input, options);
}

/**
 * Parses ONIMBOTV2REACTIONCHANGE (API 2.0): a reaction on the bot's message was added or removed. Takes every {@link EventInput}, as
 * {@link parseImCommandAdd} does: a webhook's form body (every scalar a string) or the same
 * payload as JSON with native types.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The typed event.
 * @throws {EventParseError} As {@link parseImCommandAdd}.
 */
export function parseImBotV2ReactionChange(
  input: EventInput,
  options?: ParseOptions,
): ImBotV2ReactionChangeEvent {
  return reactionChange.parse(input, options);
}

/**
 * Like {@link parseImBotV2ReactionChange}, but returns a result instead of throwing.
 *
 * @param input The body or decoded object.
 * @param options Limits and strictness.
 * @returns The event, or the issues and the error.
 */
export function safeParseImBotV2ReactionChange(
  input: EventInput,
  options?: ParseOptions,
): SafeParseResult<ImBotV2ReactionChangeEvent> {
  return reactionChange.safeParse(input, options);
}
