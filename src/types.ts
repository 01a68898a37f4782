/**
 * The types-only entry: every wire and normalized interface and the event maps, with no runtime
 * and no import of valibot, for projects that only want the shapes (a shared types package, a
 * front end that receives events from your server). Each name here is the same type as the main
 * entry's, and links to its page there.
 *
 * ```ts
 * import type { BotEventMap, ImBotV2MessageAddEvent } from 'bitrix24-imbot-events/types';
 * ```
 *
 * @module bitrix24-imbot-events/types
 */

export type { EventInput } from './decode/decodeEventInput.js';
export type { FormObject, FormValue } from './decode/FormObject.js';
export type { Limits } from './decode/limits.js';
export type {
  BotEvent,
  ParseBotEventOptions,
  ParseBotEventRequestOptions,
  RejectUnknownEvents,
  UnknownBotEvent,
} from './dispatch/parseBotEvent.js';
export type {
  BaseParseOptions,
  ParseOptions,
  RequestParseOptions,
  SafeParseResult,
} from './engine/ParseOptions.js';
export type { ErrorCode, EventIssue, EventParseErrorJson } from './errors/EventParseError.js';
export type { AppInstallEvent, RawAppInstallEvent } from './events/app/appInstall.js';
export type {
  AppMethodConfirmEvent,
  RawAppMethodConfirmEvent,
} from './events/app/appMethodConfirm.js';
export type {
  AppPaymentEvent,
  AppPaymentStatus,
  RawAppPaymentEvent,
} from './events/app/appPayment.js';
export type { AppTestEvent, RawAppTestEvent } from './events/app/appTest.js';
export type { AppUninstallEvent, RawAppUninstallEvent } from './events/app/appUninstall.js';
export type { AppUpdateEvent, RawAppUpdateEvent } from './events/app/appUpdate.js';
export type {
  ImCommandAddEvent,
  RawImCommandAddData,
  RawImCommandAddEvent,
} from './events/imCommandAdd.js';
export type { ImV2JoinChatEvent, RawImV2JoinChatEvent } from './events/imv2/joinChat.js';
export type { ImV2MessageAddEvent, RawImV2MessageAddEvent } from './events/imv2/messageAdd.js';
export type {
  ImV2MessageDeleteEvent,
  RawImV2MessageDeleteEvent,
} from './events/imv2/messageDelete.js';
export type {
  ImV2MessageUpdateEvent,
  RawImV2MessageUpdateEvent,
} from './events/imv2/messageUpdate.js';
export type {
  ImV2ReactionChangeEvent,
  RawImV2ReactionChangeEvent,
} from './events/imv2/reactionChange.js';
export type {
  BotEventMap,
  KnownBotEvent,
  KnownBotEventCode,
  RawBotEventMap,
} from './events/table.js';
export type { ImBotDeleteEvent, RawImBotDeleteEvent } from './events/v1/botDelete.js';
export type {
  ImBotJoinChatEvent,
  RawBotJoinChatParams,
  RawImBotJoinChatEvent,
} from './events/v1/joinChat.js';
export type { ImBotMessageAddEvent, RawImBotMessageAddEvent } from './events/v1/messageAdd.js';
export type {
  ImBotMessageDeleteEvent,
  RawImBotMessageDeleteEvent,
} from './events/v1/messageDelete.js';
export type {
  ImBotMessageUpdateEvent,
  RawImBotMessageUpdateEvent,
} from './events/v1/messageUpdate.js';
export type { ImBotV2DeleteEvent, RawImBotV2DeleteEvent } from './events/v2/botDelete.js';
export type { ImBotV2CommandAddEvent, RawImBotV2CommandAddEvent } from './events/v2/commandAdd.js';
export type { ImBotV2ContextGetEvent, RawImBotV2ContextGetEvent } from './events/v2/contextGet.js';
export type { ImBotV2JoinChatEvent, RawImBotV2JoinChatEvent } from './events/v2/joinChat.js';
export type { ImBotV2MessageAddEvent, RawImBotV2MessageAddEvent } from './events/v2/messageAdd.js';
export type {
  ImBotV2MessageDeleteEvent,
  RawImBotV2MessageDeleteEvent,
} from './events/v2/messageDelete.js';
export type {
  ImBotV2MessageUpdateEvent,
  RawImBotV2MessageUpdateEvent,
} from './events/v2/messageUpdate.js';
export type {
  ImBotV2ReactionChangeEvent,
  RawImBotV2ReactionChangeEvent,
} from './events/v2/reactionChange.js';
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
export type { BotEventBatch, BotEventBatchFailure } from './poll/parseBotEventBatch.js';
export type {
  BotEventPayload,
  BotEventPayloadOverrides,
  CreateBotEventBodyOptions,
} from './testing/BotEventPayload.js';
export type {
  CreatePayloadOptions,
  WirePayload,
  WirePayloadOverrides,
} from './testing/createImCommandAddPayload.js';
export type {
  ApplicationTokenLookup,
  ApplicationTokenOption,
  AsyncApplicationTokenOption,
  EventPortal,
  ExpectedApplicationTokens,
} from './verify/applicationTokenOption.js';
export type { RawCommand, RawCommandParams } from './wire/commandEntries.js';
export type {
  RawAuth,
  RawAuthFields,
  RawAuthWithOptionalToken,
} from './wire/RawAuthSchema.js';
export type { RawUser } from './wire/RawUserSchema.js';
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
export type { WireFlag, WireId, WireImageSize, WireText } from './wire/wire.js';
export type {
  WireDate,
  WireDateOrFalse,
  WireFreeformMap,
  WireNullableId,
  WireNullableText,
  WirePhones,
} from './wire/wireV2.js';
