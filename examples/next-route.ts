/**
 * Recipe: a Bitrix24 bot endpoint as a Next.js App Router route handler.
 *
 * Put it at `app/bot/route.ts` (the URL is then `/bot`), with examples/bot.ts beside it. A route
 * handler gets a Fetch API `Request` and a context (`{ params }`), which the bot's endpoint takes
 * as they are: byte limit, content type (form or JSON), token, parsing, answer; the context
 * reaches the handlers as `context.args[0]`. Next.js answers `405` to the methods a route does not
 * export. This file uses nothing from `next` itself.
 */
import type { BotEventEndpoint } from 'bitrix24-imbot-events';
import { createBot, type OnCommand } from './bot.js';

/** What Next.js passes a route handler after the request (a dynamic route's params). */
export type RouteArgs = [context: { readonly params: Promise<Record<string, string | string[]>> }];

/**
 * Creates the route's POST handler.
 *
 * @param waitUntil On Next.js 15 and later, `after` from 'next/server', which keeps the function
 *   alive until the slow work ends; without it the work starts once the answer is built.
 * @param onCommand The slow work.
 */
export function createRoute(
  waitUntil?: (promise: Promise<unknown>) => void,
  onCommand?: OnCommand<RouteArgs>,
): BotEventEndpoint<RouteArgs> {
  return createBot<RouteArgs>({
    applicationToken: process.env.B24_APPLICATION_TOKEN,
    waitUntil,
    onCommand,
  });
}

// import { after } from 'next/server';   export const POST = createRoute(after);
export const POST = createRoute();
