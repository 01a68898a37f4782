export type { ErrorCode, EventIssue, EventParseErrorJson } from './errors/EventParseError.js';
export { EventParseError } from './errors/EventParseError.js';
export type { DecodeFormOptions, FormBody } from './form/decodeForm.js';
export { decodeForm } from './form/decodeForm.js';
export type { EncodeFormOptions } from './form/encodeForm.js';
export { encodeForm } from './form/encodeForm.js';
export type { FormObject, FormValue } from './form/FormObject.js';
export type { Limits } from './form/limits.js';
export { DEFAULT_LIMITS } from './form/limits.js';
export type { Bot } from './model/Bot.js';
export type { BotMessage, DeletedBotMessage, MessageBase } from './model/BotMessage.js';
export type {
  Chat,
  ChatBase,
  ChatType,
  ChatWithOptionalId,
  GroupChat,
  PrivateChat,
} from './model/Chat.js';
export type { AppStatus, BotAuth, EventAuth } from './model/EventAuth.js';
export type {
  BotEventEnvelope,
  ImBotDeleteEvent,
  ImBotJoinChatEvent,
  ImBotMessageAddEvent,
  ImBotMessageDeleteEvent,
  ImBotMessageEventBase,
  ImBotMessageUpdateEvent,
} from './model/ImBotEvents.js';
export type {
  CommandCall,
  CommandContext,
  CommandMessage,
  ImCommandAddEvent,
  MessageFlags,
} from './model/ImCommandAddEvent.js';
export type { User } from './model/User.js';
export type { EventInput } from './parse/decodeEventInput.js';
export type { ParseOptions, SafeParseResult } from './parse/ParseOptions.js';
export type {
  BotEvent,
  KnownBotEvent,
  ParseBotEventOptions,
  RejectUnknownEvents,
  UnknownBotEvent,
} from './parse/parseBotEvent.js';
export {
  isKnownBotEvent,
  KNOWN_BOT_EVENTS,
  parseBotEvent,
  parseBotEventRequest,
  safeParseBotEvent,
} from './parse/parseBotEvent.js';
export {
  parseImBotDelete,
  parseImBotJoinChat,
  parseImBotMessageAdd,
  parseImBotMessageDelete,
  parseImBotMessageUpdate,
  safeParseImBotDelete,
  safeParseImBotJoinChat,
  safeParseImBotMessageAdd,
  safeParseImBotMessageDelete,
  safeParseImBotMessageUpdate,
} from './parse/parseImBotEvents.js';
export {
  parseImCommandAdd,
  parseImCommandAddRequest,
  safeParseImCommandAdd,
} from './parse/parseImCommandAdd.js';
export {
  ImBotDeleteSchema,
  ImBotJoinChatSchema,
  ImBotMessageAddSchema,
  ImBotMessageDeleteSchema,
  ImBotMessageUpdateSchema,
} from './schemas/ImBotEventSchemas.js';
export { ImCommandAddSchema } from './schemas/ImCommandAddSchema.js';
export type { RawAuth, RawAuthFields } from './schemas/RawAuthSchema.js';
export { RawAuthSchema } from './schemas/RawAuthSchema.js';
export type {
  RawBotEntry,
  RawBotJoinChatParams,
  RawBotMessageParams,
  RawEventEnvelope,
  RawImBotDeleteEvent,
  RawImBotEventData,
  RawImBotJoinChatEvent,
  RawImBotMessageAddEvent,
  RawImBotMessageDeleteEvent,
  RawImBotMessageEvent,
  RawImBotMessageUpdateEvent,
} from './schemas/RawImBotEventSchemas.js';
export {
  RawBotDeletedMessageParamsSchema,
  RawBotEntrySchema,
  RawBotJoinChatParamsSchema,
  RawBotMessageParamsSchema,
  RawImBotDeleteSchema,
  RawImBotJoinChatSchema,
  RawImBotMessageAddSchema,
  RawImBotMessageDeleteSchema,
  RawImBotMessageUpdateSchema,
} from './schemas/RawImBotEventSchemas.js';
export type {
  RawCommand,
  RawCommandParams,
  RawImCommandAddData,
  RawImCommandAddEvent,
} from './schemas/RawImCommandAddSchema.js';
export {
  RawCommandParamsSchema,
  RawCommandSchema,
  RawImCommandAddSchema,
} from './schemas/RawImCommandAddSchema.js';
export type { RawUser } from './schemas/RawUserSchema.js';
export { RawUserSchema } from './schemas/RawUserSchema.js';
export type { RawChatParams, RawMessageFlags } from './schemas/rawChatEntries.js';
export type { WireFlag, WireId, WireText } from './schemas/wire.js';
export type {
  CreatePayloadOptions,
  WirePayload,
  WirePayloadOverrides,
} from './testing/createImCommandAddPayload.js';
export {
  createImCommandAddBody,
  createImCommandAddPayload,
} from './testing/createImCommandAddPayload.js';
export { redactEvent } from './verify/redactEvent.js';
export type { ApplicationTokenCarrier } from './verify/verifyApplicationToken.js';
export { assertApplicationToken, verifyApplicationToken } from './verify/verifyApplicationToken.js';
