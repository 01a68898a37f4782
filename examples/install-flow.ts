/**
 * Recipe: the install flow of a Bitrix24 app that serves many portals.
 *
 * ONAPPINSTALL brings a portal's application token: store it per `member_id`. Every later event
 * is verified against the stored token (the lookup form of `applicationToken`), before it is even
 * validated. ONAPPUNINSTALL says when to forget the portal. See docs/install-flow.md.
 */
import {
  type AppInstallEvent,
  type BotEventHandlers,
  createBotEventHandler,
} from 'bitrix24-imbot-events';

/** Where the tokens live; a Map here, a database table in a real app. */
export interface TokenStore {
  get(memberId: string): string | undefined | Promise<string | undefined>;
  set(memberId: string, token: string): unknown;
  delete(memberId: string): unknown;
}

/** Options of {@link createInstallFlow}. */
export interface InstallFlowOptions {
  /**
   * Confirms an install before its token is stored (closes the trust-on-first-use gap: see
   * docs/install-flow.md), e.g. by a REST call of your own to the portal. Default: trust it.
   */
  readonly confirmInstall?: (event: AppInstallEvent) => boolean | Promise<boolean>;
}

/**
 * The app's endpoint: the install flow, plus the bot's own handlers.
 *
 * @param store The token store.
 * @param bot The bot's handlers (ONIMBOTMESSAGEADD, ONIMCOMMANDADD, ...).
 * @param options How an install is confirmed.
 * @returns The Fetch handler.
 */
export function createInstallFlow(
  store: TokenStore,
  bot: Omit<BotEventHandlers, 'ONAPPINSTALL' | 'ONAPPUNINSTALL'>,
  options: InstallFlowOptions = {},
): (request: Request) => Promise<Response> {
  return createBotEventHandler(
    {
      ...bot,
      async ONAPPINSTALL(event) {
        // Reached with a matching token for a known portal, or for a portal not known yet.
        if (options.confirmInstall && !(await options.confirmInstall(event))) {
          return new Response(null, { status: 403 });
        }
        await store.set(event.auth.memberId, event.auth.applicationToken);
        return undefined;
      },
      async ONAPPUNINSTALL(event) {
        await store.delete(event.auth.memberId); // and the portal's data, when event.clean
      },
    },
    { applicationToken: (portal) => store.get(portal.memberId) },
  );
}
