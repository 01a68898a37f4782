import type { BotEventPayload } from './BotEventPayload.js';
import { portalAuth, TS, USER_TOKENS } from './defaultParts.js';

// The default test payloads of the app events (ONAPPINSTALL, ONAPPUPDATE, ONAPPUNINSTALL,
// ONAPPPAYMENT, ONAPPMETHODCONFIRM, ONAPPTEST) of the same portal, as Bitrix24 posts them (see
// fixtures/app/): the install, the update and the test fire for the administrator (user 1) with
// tokens; the uninstall, the payment and the method confirmation carry none. Every default
// carries the application token, as the portal's queue sends it (a body without one, as
// ONAPPPAYMENT's documented example, is an override away: `auth: { application_token: undefined }`).

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

/**
 * ONAPPPAYMENT: the app is paid for, 30 days left.
 *
 * @returns A fresh payload.
 * @internal
 */
export function appPaymentDefault(): BotEventPayload<'ONAPPPAYMENT'> {
  return {
    event: 'ONAPPPAYMENT',
    event_handler_id: '304',
    data: {
      CODE: 'example.helper_bot',
      VERSION: '2',
      STATUS: 'P',
      PAYMENT_EXPIRED: 'N',
      DAYS: '30',
      LANGUAGE_ID: 'en',
    },
    ts: TS,
    auth: portalAuth(undefined, '1'),
  };
}

/**
 * ONAPPMETHODCONFIRM: the administrator grants the app's call of `im.chat.user.list`.
 *
 * @returns A fresh payload.
 * @internal
 */
export function appMethodConfirmDefault(): BotEventPayload<'ONAPPMETHODCONFIRM'> {
  return {
    event: 'ONAPPMETHODCONFIRM',
    event_handler_id: '305',
    data: {
      TOKEN: USER_TOKENS.access,
      METHOD: 'im.chat.user.list',
      CONFIRMED: '1',
      LANGUAGE_ID: 'en',
    },
    ts: TS,
    auth: portalAuth(undefined, '1'),
  };
}

/**
 * ONAPPTEST: the administrator's `event.test` call with two parameters.
 *
 * @returns A fresh payload.
 * @internal
 */
export function appTestDefault(): BotEventPayload<'ONAPPTEST'> {
  return {
    event: 'ONAPPTEST',
    event_handler_id: '306',
    data: { QUERY: { check: 'handler', attempt: '1' }, LANGUAGE_ID: 'en' },
    ts: TS,
    auth: portalAuth({ access: USER_TOKENS.access }, '1', 'imbot,im,user'),
  };
}
