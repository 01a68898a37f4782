import type { BotReply } from './BotReply.js';
import { type AnswerableBotEvent, createBotReply, replyAuthOf } from './createBotReply.js';

const PREFIX = '[bitrix24-imbot-events] createBotReplyRequest';

/**
 * Builds the answer to an event as a Fetch `Request` to the event's own portal: `POST`
 * `client_endpoint` + method, a JSON body of {@link createBotReply}'s params and the event's
 * access token as `auth` (the bot's own bundle where the event has one with a token, else the
 * top-level `auth`). No I/O: `await fetch(createBotReplyRequest(event, 'Hi'))` sends it.
 *
 * Before a token leaves, the address is checked: `client_endpoint` must be `https:`, on the host
 * the event's `auth.domain` names, with no user info, and the same in every auth bundle of the
 * event that has one (a forged body cannot send the token elsewhere: verify the event's
 * application token first, as `createBotEventHandler` does). The token's `expires` is not read
 * (no clock here): an expired token is the portal's to refuse (`expired_token`, 401); refresh it
 * with your app's `client_secret` and call `createBotReply` with your REST client then.
 *
 * @param event The event to answer, as a webhook brought it.
 * @param reply A text, or `{ message, keyboard, attach, menu, system, urlPreview, replyId }`.
 * @returns The request.
 * @throws {TypeError} For an event without an access token (a bot registered through an incoming
 *   webhook, agent or connector traffic, a polled event: use {@link createBotReply} with your REST
 *   client or the incoming webhook), an address that fails the checks, or a reply outside the
 *   limits.
 *
 * @example
 * ```ts
 * const endpoint = createBotEventHandler(
 *   {
 *     ONIMBOTMESSAGEADD: (event, { waitUntil }) => {
 *       waitUntil(() => fetch(createBotReplyRequest(event, `You said: ${event.message.text}`)));
 *     },
 *   },
 *   { applicationToken: process.env.B24_APPLICATION_TOKEN },
 * );
 * // POST https://example.bitrix24.com/rest/imbot.message.add
 * // {"BOT_ID":39,"DIALOG_ID":"chat3100","MESSAGE":"You said: ...","auth":"..."}
 * ```
 *
 * @category Replies
 */
export function createBotReplyRequest(event: AnswerableBotEvent, reply: BotReply): Request {
  const call = createBotReply(event, reply);
  const auth = replyAuthOf(event);
  if (auth === undefined) {
    throw new TypeError(
      `${PREFIX}: the event carries no access token (a bot registered through an incoming webhook, agent or connector traffic, or a polled event): use createBotReply with your REST client or the incoming webhook URL`,
    );
  }
  const endpoint = checkedEndpoint(event, auth.clientEndpoint as string);
  return new Request(new URL(call.method, endpoint), {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ ...call.params, auth: auth.accessToken }),
  });
}

/** The event's `client_endpoint`, checked before a token goes to it. */
function checkedEndpoint(event: AnswerableBotEvent, clientEndpoint: string): URL {
  let url: URL;
  try {
    url = new URL(clientEndpoint);
  } catch {
    throw new TypeError(`${PREFIX}: the event's client_endpoint is not an address`);
  }
  const top = (event as { auth?: { domain?: string; clientEndpoint?: string } }).auth;
  const domain = top?.domain?.toLowerCase();
  if (url.protocol !== 'https:') {
    throw new TypeError(
      `${PREFIX}: the event's client_endpoint is not https; no token is sent over ${url.protocol}`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new TypeError(
      `${PREFIX}: the event's client_endpoint carries user info; no token is sent to it`,
    );
  }
  const [host, port = ''] = (domain ?? '').split(':');
  if (host === '' || url.hostname.toLowerCase() !== host || url.port !== port) {
    throw new TypeError(
      `${PREFIX}: the event's client_endpoint is not on the portal its auth.domain names; no token is sent to it`,
    );
  }
  const endpoints = [
    top?.clientEndpoint,
    (event as { bot?: { auth?: { clientEndpoint?: string } } }).bot?.auth?.clientEndpoint,
    (event as { commands?: readonly { botAuth?: { clientEndpoint?: string } }[] }).commands?.[0]
      ?.botAuth?.clientEndpoint,
  ];
  if (endpoints.some((other) => other !== undefined && other !== clientEndpoint)) {
    throw new TypeError(
      `${PREFIX}: the event's auth bundles name different client endpoints; no token is sent`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  url.search = '';
  url.hash = '';
  return url;
}
