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
  ImBotV2ChatEventBase,
  ImBotV2CommandAddEvent,
  ImBotV2ContextGetEvent,
  ImBotV2DeleteEvent,
  ImBotV2EventEnvelope,
  ImBotV2JoinChatEvent,
  ImBotV2Message,
  ImBotV2MessageAddEvent,
  ImBotV2MessageDeleteEvent,
  ImBotV2MessageUpdateEvent,
  ImBotV2ReactionAction,
  ImBotV2ReactionChangeEvent,
} from './model/ImBotV2Events.js';
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
  parseImBotV2CommandAdd,
  parseImBotV2ContextGet,
  parseImBotV2Delete,
  parseImBotV2JoinChat,
  parseImBotV2MessageAdd,
  parseImBotV2MessageDelete,
  parseImBotV2MessageUpdate,
  parseImBotV2ReactionChange,
  safeParseImBotV2CommandAdd,
  safeParseImBotV2ContextGet,
  safeParseImBotV2Delete,
  safeParseImBotV2JoinChat,
  safeParseImBotV2MessageAdd,
  safeParseImBotV2MessageDelete,
  safeParseImBotV2MessageUpdate,
  safeParseImBotV2ReactionChange,
} from './parse/parseImBotV2Events.js';
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
export {
  ImBotV2CommandAddSchema,
  ImBotV2ContextGetSchema,
  ImBotV2DeleteSchema,
  ImBotV2JoinChatSchema,
  ImBotV2MessageAddSchema,
  ImBotV2MessageDeleteSchema,
  ImBotV2MessageUpdateSchema,
  ImBotV2ReactionChangeSchema,
} from './schemas/ImBotV2EventSchemas.js';
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
  RawImBotV2Bot,
  RawImBotV2BotWithAuth,
  RawImBotV2Chat,
  RawImBotV2Command,
  RawImBotV2CommandAddEvent,
  RawImBotV2ContextGetEvent,
  RawImBotV2DeleteEvent,
  RawImBotV2Envelope,
  RawImBotV2EventData,
  RawImBotV2JoinChatEvent,
  RawImBotV2Message,
  RawImBotV2MessageAddEvent,
  RawImBotV2MessageData,
  RawImBotV2MessageDeleteEvent,
  RawImBotV2MessageUpdateEvent,
  RawImBotV2ReactionChangeEvent,
  RawImBotV2User,
} from './schemas/RawImBotV2EventSchemas.js';
export {
  RawImBotV2BotSchema,
  RawImBotV2BotWithAuthSchema,
  RawImBotV2ChatSchema,
  RawImBotV2CommandAddSchema,
  RawImBotV2CommandSchema,
  RawImBotV2ContextGetSchema,
  RawImBotV2DeleteSchema,
  RawImBotV2JoinChatSchema,
  RawImBotV2MessageAddSchema,
  RawImBotV2MessageDeleteSchema,
  RawImBotV2MessageSchema,
  RawImBotV2MessageUpdateSchema,
  RawImBotV2ReactionChangeSchema,
  RawImBotV2UserSchema,
} from './schemas/RawImBotV2EventSchemas.js';
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
export type { WireDate, WireNullableId, WireNullableText } from './schemas/wireV2.js';
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
