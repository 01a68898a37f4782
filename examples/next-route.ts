/**
 * Recipe: a Bitrix24 bot endpoint as a Next.js App Router route handler.
 *
 * Put it at `app/bot/route.ts` (the URL is then `/bot`), with examples/bot.ts beside it. A route
 * handler gets a Fetch API `Request`, which the bot's handler takes as it is: byte limit, content
 * type (form or JSON), token, parsing, answer. Next.js answers `405` to the methods a route does
 * not export. This file uses nothing from `next` itself.
 */
import { createBot } from './bot.js';

export const POST = createBot({
  applicationToken: process.env.B24_APPLICATION_TOKEN ?? '',
  // On Next.js 15 and later, run the slow work with `after` from 'next/server', which keeps the
  // function alive until it ends: `later: after`. A queue does as well.
});
