/**
 * The main entry: parse the webhook bodies Bitrix24 posts to chat bots (and the batches a bot
 * polls) into typed, normalized, validated events; serve them with one Fetch handler; verify,
 * redact, and make test payloads. Runtime-neutral (Web APIs only), one dependency (valibot).
 *
 * ```ts
 * import { createBotEventHandler, parseBotEvent } from 'bitrix24-imbot-events';
 * ```
 *
 * @module bitrix24-imbot-events
 */
export type { EventInput } from './decode/decodeEventInput.js';
export type { DecodeFormOptions, FormBody } from './decode/decodeForm.js';
export { decodeForm } from './decode/decodeForm.js';
export type { EncodeFormOptions } from './decode/encodeForm.js';
export { encodeForm } from './decode/encodeForm.js';
export type { FormObject, FormValue } from './decode/FormObject.js';
export type { Limits } from './decode/limits.js';
export { DEFAULT_LIMITS } from './decode/limits.js';
export type {
  BotEvent,
  ParseBotEventOptions,
  ParseBotEventRequestOptions,
  RejectUnknownEvents,
  UnknownBotEvent,
} from './dispatch/parseBotEvent.js';
export {
  isKnownBotEvent,
  parseBotEvent,
  parseBotEventRequest,
  safeParseBotEvent,
} from './dispatch/parseBotEvent.js';
export type {
  BaseParseOptions,
  ParseOptions,
  RequestParseOptions,
  SafeParseResult,
} from './engine/ParseOptions.js';
export type { ErrorCode, EventIssue, EventParseErrorJson } from './errors/EventParseError.js';
export { EventParseError } from './errors/EventParseError.js';
export type { AppInstallEvent, RawAppInstallEvent } from './events/app/appInstall.js';
export {
  AppInstallSchema,
  parseAppInstall,
  RawAppInstallSchema,
  safeParseAppInstall,
} from './events/app/appInstall.js';
export type {
  AppMethodConfirmEvent,
  RawAppMethodConfirmEvent,
} from './events/app/appMethodConfirm.js';
export {
  AppMethodConfirmSchema,
  parseAppMethodConfirm,
  RawAppMethodConfirmSchema,
  safeParseAppMethodConfirm,
} from './events/app/appMethodConfirm.js';
export type {
  AppPaymentEvent,
  AppPaymentStatus,
  RawAppPaymentEvent,
} from './events/app/appPayment.js';
export {
  AppPaymentSchema,
  parseAppPayment,
  RawAppPaymentSchema,
  safeParseAppPayment,
} from './events/app/appPayment.js';
export type { AppTestEvent, RawAppTestEvent } from './events/app/appTest.js';
export {
  AppTestSchema,
  parseAppTest,
  RawAppTestSchema,
  safeParseAppTest,
} from './events/app/appTest.js';
export type { AppUninstallEvent, RawAppUninstallEvent } from './events/app/appUninstall.js';
export {
  AppUninstallSchema,
  parseAppUninstall,
  RawAppUninstallSchema,
  safeParseAppUninstall,
} from './events/app/appUninstall.js';
export type { AppUpdateEvent, RawAppUpdateEvent } from './events/app/appUpdate.js';
export {
  AppUpdateSchema,
  parseAppUpdate,
  RawAppUpdateSchema,
  safeParseAppUpdate,
} from './events/app/appUpdate.js';
export type {
  ImCommandAddEvent,
  RawImCommandAddData,
  RawImCommandAddEvent,
} from './events/imCommandAdd.js';
export {
  ImCommandAddSchema,
  parseImCommandAdd,
  parseImCommandAddRequest,
  RawImCommandAddSchema,
  safeParseImCommandAdd,
} from './events/imCommandAdd.js';
export type { ImV2JoinChatEvent, RawImV2JoinChatEvent } from './events/imv2/joinChat.js';
export {
  ImV2JoinChatSchema,
  parseImV2JoinChat,
  RawImV2JoinChatSchema,
  safeParseImV2JoinChat,
} from './events/imv2/joinChat.js';
export type { ImV2MessageAddEvent, RawImV2MessageAddEvent } from './events/imv2/messageAdd.js';
export {
  ImV2MessageAddSchema,
  parseImV2MessageAdd,
  RawImV2MessageAddSchema,
  safeParseImV2MessageAdd,
} from './events/imv2/messageAdd.js';
export type {
  ImV2MessageDeleteEvent,
  RawImV2MessageDeleteEvent,
} from './events/imv2/messageDelete.js';
export {
  ImV2MessageDeleteSchema,
  parseImV2MessageDelete,
  RawImV2MessageDeleteSchema,
  safeParseImV2MessageDelete,
} from './events/imv2/messageDelete.js';
export type {
  ImV2MessageUpdateEvent,
  RawImV2MessageUpdateEvent,
} from './events/imv2/messageUpdate.js';
export {
  ImV2MessageUpdateSchema,
  parseImV2MessageUpdate,
  RawImV2MessageUpdateSchema,
  safeParseImV2MessageUpdate,
} from './events/imv2/messageUpdate.js';
export type {
  ImV2ReactionChangeEvent,
  RawImV2ReactionChangeEvent,
} from './events/imv2/reactionChange.js';
export {
  ImV2ReactionChangeSchema,
  parseImV2ReactionChange,
  RawImV2ReactionChangeSchema,
  safeParseImV2ReactionChange,
} from './events/imv2/reactionChange.js';
export type {
  BotEventMap,
  KnownBotEvent,
  KnownBotEventCode,
  RawBotEventMap,
} from './events/table.js';
export { KNOWN_BOT_EVENTS } from './events/table.js';
export type { ImBotDeleteEvent, RawImBotDeleteEvent } from './events/v1/botDelete.js';
export {
  ImBotDeleteSchema,
  parseImBotDelete,
  RawImBotDeleteSchema,
  safeParseImBotDelete,
} from './events/v1/botDelete.js';
export type {
  ImBotJoinChatEvent,
  RawBotJoinChatParams,
  RawImBotJoinChatEvent,
} from './events/v1/joinChat.js';
export {
  ImBotJoinChatSchema,
  parseImBotJoinChat,
  RawBotJoinChatParamsSchema,
  RawImBotJoinChatSchema,
  safeParseImBotJoinChat,
} from './events/v1/joinChat.js';
export type { ImBotMessageAddEvent, RawImBotMessageAddEvent } from './events/v1/messageAdd.js';
export {
  ImBotMessageAddSchema,
  parseImBotMessageAdd,
  RawImBotMessageAddSchema,
  safeParseImBotMessageAdd,
} from './events/v1/messageAdd.js';
export type {
  ImBotMessageDeleteEvent,
  RawImBotMessageDeleteEvent,
} from './events/v1/messageDelete.js';
export {
  ImBotMessageDeleteSchema,
  parseImBotMessageDelete,
  RawImBotMessageDeleteSchema,
  safeParseImBotMessageDelete,
} from './events/v1/messageDelete.js';
export type {
  ImBotMessageUpdateEvent,
  RawImBotMessageUpdateEvent,
} from './events/v1/messageUpdate.js';
export {
  ImBotMessageUpdateSchema,
  parseImBotMessageUpdate,
  RawImBotMessageUpdateSchema,
  safeParseImBotMessageUpdate,
} from './events/v1/messageUpdate.js';
export type { ImBotV2DeleteEvent, RawImBotV2DeleteEvent } from './events/v2/botDelete.js';
export {
  ImBotV2DeleteSchema,
  parseImBotV2Delete,
  RawImBotV2DeleteSchema,
  safeParseImBotV2Delete,
} from './events/v2/botDelete.js';
export type { ImBotV2CommandAddEvent, RawImBotV2CommandAddEvent } from './events/v2/commandAdd.js';
export {
  ImBotV2CommandAddSchema,
  parseImBotV2CommandAdd,
  RawImBotV2CommandAddSchema,
  safeParseImBotV2CommandAdd,
} from './events/v2/commandAdd.js';
export type { ImBotV2ContextGetEvent, RawImBotV2ContextGetEvent } from './events/v2/contextGet.js';
export {
  ImBotV2ContextGetSchema,
  parseImBotV2ContextGet,
  RawImBotV2ContextGetSchema,
  safeParseImBotV2ContextGet,
} from './events/v2/contextGet.js';
export type { ImBotV2JoinChatEvent, RawImBotV2JoinChatEvent } from './events/v2/joinChat.js';
export {
  ImBotV2JoinChatSchema,
  parseImBotV2JoinChat,
  RawImBotV2JoinChatSchema,
  safeParseImBotV2JoinChat,
} from './events/v2/joinChat.js';
export type { ImBotV2MessageAddEvent, RawImBotV2MessageAddEvent } from './events/v2/messageAdd.js';
export {
  ImBotV2MessageAddSchema,
  parseImBotV2MessageAdd,
  RawImBotV2MessageAddSchema,
  safeParseImBotV2MessageAdd,
} from './events/v2/messageAdd.js';
export type {
  ImBotV2MessageDeleteEvent,
  RawImBotV2MessageDeleteEvent,
} from './events/v2/messageDelete.js';
export {
  ImBotV2MessageDeleteSchema,
  parseImBotV2MessageDelete,
  RawImBotV2MessageDeleteSchema,
  safeParseImBotV2MessageDelete,
} from './events/v2/messageDelete.js';
export type {
  ImBotV2MessageUpdateEvent,
  RawImBotV2MessageUpdateEvent,
} from './events/v2/messageUpdate.js';
export {
  ImBotV2MessageUpdateSchema,
  parseImBotV2MessageUpdate,
  RawImBotV2MessageUpdateSchema,
  safeParseImBotV2MessageUpdate,
} from './events/v2/messageUpdate.js';
export type {
  ImBotV2ReactionChangeEvent,
  RawImBotV2ReactionChangeEvent,
} from './events/v2/reactionChange.js';
export {
  ImBotV2ReactionChangeSchema,
  parseImBotV2ReactionChange,
  RawImBotV2ReactionChangeSchema,
  safeParseImBotV2ReactionChange,
} from './events/v2/reactionChange.js';
export type {
  BotEventContext,
  BotEventContextBase,
  BotEventEndpoint,
  BotEventHandlerErrorInfo,
  BotEventHandlerOptions,
  BotEventHandlerResult,
  BotEventHandlers,
  BotEventTokenOption,
  BotEventWork,
} from './handler/createBotEventHandler.js';
export { createBotEventHandler } from './handler/createBotEventHandler.js';
export { describeBotEventFailure } from './handler/describeBotEventFailure.js';
export type { Bot, BotEventMode, BotType } from './model/Bot.js';
export type {
  BotMessage,
  DeletedBotMessage,
  ImBotV2Message,
  ImBotV2MessageForward,
  ImBotV2MessageParams,
  MessageBase,
} from './model/BotMessage.js';
export type {
  BotMessageFile,
  BotMessageFileType,
  FileImageSize,
  ImBotV2MessageFile,
  MessageFileBase,
} from './model/BotMessageFile.js';
export type {
  Chat,
  ChatBase,
  ChatType,
  ChatWithOptionalId,
  GroupChat,
  ImV2Chat,
  ImV2PrivateChat,
  PrivateChat,
} from './model/Chat.js';
export type { CommandCall, CommandContext, CommandMessage } from './model/CommandCall.js';
export type {
  AppStatus,
  BotAuth,
  EventAuth,
  EventAuthWithOptionalToken,
} from './model/EventAuth.js';
export type {
  BotEventEnvelope,
  EventEnvelopeWithOptionalToken,
  ImBotMessageEventBase,
  ImBotV2ChatEventBase,
  ImBotV2EventEnvelope,
  ImV2ChatEventBase,
  ImV2EventEnvelope,
} from './model/EventBases.js';
export type { FreeformRecord, FreeformValue } from './model/Freeform.js';
export type { MessageFlags } from './model/MessageFlags.js';
export type { ImBotV2ReactionAction } from './model/Reaction.js';
export type { User, UserType } from './model/User.js';
export type {
  BotEventPoller,
  BotEventPollerCall,
  BotEventPollerContext,
  BotEventPollerErrorInfo,
  BotEventPollerHandlers,
  BotEventPollerOptions,
} from './poll/createBotEventPoller.js';
export { createBotEventPoller } from './poll/createBotEventPoller.js';
export type {
  AnyDeliveryBotEventMap,
  Polled,
  PolledBotEvent,
  PolledBotEventCode,
  PolledBotEventMap,
  PolledBotField,
  PolledCommandsField,
  PolledFields,
  PolledKnownBotEvent,
  PolledRaw,
  PolledRawField,
  PolledUnknownBotEvent,
} from './poll/PolledBotEvent.js';
export type {
  BotEventBatch,
  BotEventBatchFailure,
  ParseBotEventBatchOptions,
} from './poll/parseBotEventBatch.js';
export { parseBotEventBatch, safeParseBotEventBatch } from './poll/parseBotEventBatch.js';
export type {
  BotAttach,
  BotAttachBlock,
  BotButtonAction,
  BotButtonBase,
  BotButtonTarget,
  BotKeyboard,
  BotKeyboardButton,
  BotMenuItem,
  BotReply,
  WireMap,
  WireValue,
} from './reply/BotReply.js';
export type {
  AnswerableBotEvent,
  BotReplyCall,
  BotReplyCallOf,
  BotReplyOptions,
  BotRestCall,
  EventOfCode,
  ImbotCommandAnswerParams,
  ImbotMessageAddParams,
  ImbotV1ReplyContent,
  ImbotV2CommandAnswerParams,
  ImbotV2MessageFields,
  ImbotV2MessageSendParams,
  UserEventReplyCode,
  V1MessageReplyCode,
  V2MessageReplyCode,
} from './reply/createBotReply.js';
export { createBotReply } from './reply/createBotReply.js';
export { createBotReplyRequest } from './reply/createBotReplyRequest.js';
export type {
  BotEventPayload,
  BotEventPayloadOverrides,
  CreateBotEventBodyOptions,
} from './testing/BotEventPayload.js';
export type {
  BotEventBatchAnswer,
  BotEventBatchItem,
  CreateBotEventBatchOptions,
} from './testing/createBotEventBatch.js';
export { createBotEventBatch } from './testing/createBotEventBatch.js';
export { createBotEventBody, createBotEventPayload } from './testing/createBotEventPayload.js';
export type {
  CreatePayloadOptions,
  WirePayload,
  WirePayloadOverrides,
} from './testing/createImCommandAddPayload.js';
export {
  createImCommandAddBody,
  createImCommandAddPayload,
} from './testing/createImCommandAddPayload.js';
export { TEST_APPLICATION_TOKEN } from './testing/defaultParts.js';
export type {
  ApplicationTokenLookup,
  ApplicationTokenOption,
  AsyncApplicationTokenOption,
  EventPortal,
  ExpectedApplicationTokens,
} from './verify/applicationTokenOption.js';
export { redactEvent } from './verify/redactEvent.js';
export type { ApplicationTokenCarrier } from './verify/verifyApplicationToken.js';
export { assertApplicationToken, verifyApplicationToken } from './verify/verifyApplicationToken.js';
export type { RawCommand, RawCommandParams } from './wire/commandEntries.js';
export { RawCommandParamsSchema, RawCommandSchema } from './wire/commandEntries.js';
export type {
  RawAuth,
  RawAuthFields,
  RawAuthWithOptionalToken,
} from './wire/RawAuthSchema.js';
export { RawAuthSchema, RawAuthWithOptionalTokenSchema } from './wire/RawAuthSchema.js';
export type { RawUser } from './wire/RawUserSchema.js';
export { RawUserSchema } from './wire/RawUserSchema.js';
export type { RawChatParams, RawMessageFlags } from './wire/rawChatEntries.js';
export type {
  RawEventEnvelope,
  RawEventEnvelopeWithOptionalToken,
  RawImBotV2Envelope,
  RawImV2Envelope,
} from './wire/rawEnvelopeEntries.js';
export type {
  RawBotEntry,
  RawBotMessageFile,
  RawBotMessageOwnParams,
  RawBotMessageParams,
  RawImBotEventData,
  RawImBotMessageEvent,
} from './wire/v1Entities.js';
export {
  RawBotDeletedMessageParamsSchema,
  RawBotEntrySchema,
  RawBotMessageFileSchema,
  RawBotMessageParamsSchema,
} from './wire/v1Entities.js';
export type {
  RawImBotV2Bot,
  RawImBotV2BotWithAuth,
  RawImBotV2Chat,
  RawImBotV2Command,
  RawImBotV2EventData,
  RawImBotV2File,
  RawImBotV2Forward,
  RawImBotV2Message,
  RawImBotV2MessageData,
  RawImBotV2MessageParams,
  RawImBotV2User,
  RawImBotV2UserWithId,
  RawImV2EventData,
  RawImV2MessageData,
} from './wire/v2Entities.js';
export {
  RawImBotV2BotSchema,
  RawImBotV2BotWithAuthSchema,
  RawImBotV2ChatSchema,
  RawImBotV2CommandSchema,
  RawImBotV2FileSchema,
  RawImBotV2MessageSchema,
  RawImBotV2UserSchema,
  RawImBotV2UserWithIdSchema,
} from './wire/v2Entities.js';
export type { WireFlag, WireId, WireImageSize, WireText } from './wire/wire.js';
export type {
  WireDate,
  WireDateOrFalse,
  WireFreeformMap,
  WireNullableId,
  WireNullableText,
  WirePhones,
} from './wire/wireV2.js';
