import type { EventOf, RawOf } from '../engine/EventDefinition.js';
import { appInstall } from './app/appInstall.js';
import { appMethodConfirm } from './app/appMethodConfirm.js';
import { appPayment } from './app/appPayment.js';
import { appTest } from './app/appTest.js';
import { appUninstall } from './app/appUninstall.js';
import { appUpdate } from './app/appUpdate.js';
import { imCommandAdd } from './imCommandAdd.js';
import { imV2JoinChat } from './imv2/joinChat.js';
import { imV2MessageAdd } from './imv2/messageAdd.js';
import { imV2MessageDelete } from './imv2/messageDelete.js';
import { imV2MessageUpdate } from './imv2/messageUpdate.js';
import { imV2ReactionChange } from './imv2/reactionChange.js';
import { imBotDelete } from './v1/botDelete.js';
import { imBotJoinChat } from './v1/joinChat.js';
import { imBotMessageAdd } from './v1/messageAdd.js';
import { imBotMessageDelete } from './v1/messageDelete.js';
import { imBotMessageUpdate } from './v1/messageUpdate.js';
import { imBotV2Delete } from './v2/botDelete.js';
import { imBotV2CommandAdd } from './v2/commandAdd.js';
import { imBotV2ContextGet } from './v2/contextGet.js';
import { imBotV2JoinChat } from './v2/joinChat.js';
import { imBotV2MessageAdd } from './v2/messageAdd.js';
import { imBotV2MessageDelete } from './v2/messageDelete.js';
import { imBotV2MessageUpdate } from './v2/messageUpdate.js';
import { imBotV2ReactionChange } from './v2/reactionChange.js';

/**
 * The event table: every chat-bot event this library knows, one entry each, defined in its own
 * file. The union of known events, {@link KNOWN_BOT_EVENTS}, the dispatcher and the event maps are
 * all derived from it. Adding an event is one file and one line here (see CONTRIBUTING.md).
 * @internal
 */
export const BOT_EVENT_TABLE = [
  imCommandAdd,
  imBotMessageAdd,
  imBotMessageUpdate,
  imBotMessageDelete,
  imBotJoinChat,
  imBotDelete,
  imBotV2MessageAdd,
  imBotV2MessageUpdate,
  imBotV2MessageDelete,
  imBotV2JoinChat,
  imBotV2Delete,
  imBotV2ContextGet,
  imBotV2CommandAdd,
  imBotV2ReactionChange,
  imV2MessageAdd,
  imV2MessageUpdate,
  imV2MessageDelete,
  imV2ReactionChange,
  imV2JoinChat,
  appInstall,
  appUpdate,
  appUninstall,
  appPayment,
  appMethodConfirm,
  appTest,
] as const;

/** One entry of {@link BOT_EVENT_TABLE}. @internal */
export type BotEventDefinition = (typeof BOT_EVENT_TABLE)[number];

/** Every chat-bot event this library knows, discriminated by `event`. @category Events */
export type KnownBotEvent = EventOf<BotEventDefinition>;

/**
 * The code of every chat-bot event this library knows (`'ONIMCOMMANDADD' | ...`).
 *
 * @category Events
 */
export type KnownBotEventCode = BotEventDefinition['event'];

/**
 * Each known event code mapped to its normalized event type, as octokit's
 * `EmitterWebhookEventMap` does: `BotEventMap['ONIMBOTMESSAGEADD']` is `ImBotMessageAddEvent`.
 *
 * @category Events
 */
export type BotEventMap = {
  [D in BotEventDefinition as D['event']]: EventOf<D>;
};

/**
 * Each known event code mapped to its wire type (the payload as sent, Bitrix key names):
 * `RawBotEventMap['ONIMCOMMANDADD']` is `RawImCommandAddEvent`.
 *
 * @category Wire types
 */
export type RawBotEventMap = {
  [D in BotEventDefinition as D['event']]: RawOf<D>;
};

/** The event codes this library knows, in the table's order. @category Events */
export const KNOWN_BOT_EVENTS: readonly KnownBotEventCode[] = /* @__PURE__ */ BOT_EVENT_TABLE.map(
  (definition) => definition.event,
);
