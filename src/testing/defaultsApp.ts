import type { BotEventPayload } from './BotEventPayload.js';
import { portalAuth, TS, USER_TOKENS } from './defaultParts.js';

// The default test payloads of the app lifecycle events (ONAPPINSTALL, ONAPPUPDATE,
// ONAPPUNINSTALL) of the same portal, as Bitrix24 posts them (see fixtures/app/): the install
// and the update fire for the administrator (user 1) with tokens; the uninstall carries none.

/**
 * The administrator's auth bundle, with tokens.
 *
 * @returns A fresh bundle.
 */
function adminAuth() {
  return portalAuth(USER_TOKENS, '1', 'imbot,im,user');
}

/**
 * ONAPPINSTALL: the administrator installs the app (version 1).
 *
 * @returns A fresh payload.
 * @internal
 */
export function appInstallDefault(): BotEventPayload<'ONAPPINSTALL'> {
  return {
    event: 'ONAPPINSTALL',
    event_handler_id: '301',
    data: { VERSION: '1', ACTIVE: 'Y', INSTALLED: 'Y', LANGUAGE_ID: 'en' },
    ts: '1780995600',
    auth: adminAuth(),
  };
}

/**
 * ONAPPUPDATE: the app is updated from version 1 to 2.
 *
 * @returns A fresh payload.
 * @internal
 */
export function appUpdateDefault(): BotEventPayload<'ONAPPUPDATE'> {
  return {
    event: 'ONAPPUPDATE',
    event_handler_id: '302',
    data: { VERSION: '2', PREVIOUS_VERSION: '1', LANGUAGE_ID: 'en' },
    ts: TS,
    auth: adminAuth(),
  };
}

/**
 * ONAPPUNINSTALL: the administrator removes the app and keeps its data (`CLEAN` is `0`).
 *
 * @returns A fresh payload.
 * @internal
 */
export function appUninstallDefault(): BotEventPayload<'ONAPPUNINSTALL'> {
  return {
    event: 'ONAPPUNINSTALL',
    event_handler_id: '303',
    data: { LANGUAGE_ID: 'en', CLEAN: '0' },
    ts: '1781172000',
    auth: portalAuth(undefined, '1'),
  };
}
