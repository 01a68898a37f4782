/**
 * Recipe: a Bitrix24 bot endpoint as a Cloudflare Worker.
 *
 * Deploy:   npx wrangler secret put B24_APPLICATION_TOKEN   then   npx wrangler deploy
 *
 * A Worker gets a Fetch API `Request`, which the bot's handler (examples/bot.ts) takes as it is:
 * byte limit, content type (form or JSON), token, parsing, answer. The token comes from the
 * Worker's `env` (a secret), not from `process.env`, and `ctx.waitUntil` keeps the Worker alive
 * for the slow work after the answer; both come with each request, so the bot is made per
 * request (cheap: nothing is read or parsed until then).
 */
import { createBot, type OnCommand } from './bot.js';

/** The Worker's bindings (`wrangler secret put B24_APPLICATION_TOKEN`). */
export interface Env {
  readonly B24_APPLICATION_TOKEN?: string;
}

/** The part of the Workers `ExecutionContext` used here (`@cloudflare/workers-types` has it all). */
export interface WorkerContext {
  waitUntil(promise: Promise<unknown>): void;
}

/** Creates the Worker: the bot at `/bot`, 404 elsewhere. */
export function createWorker(onCommand?: OnCommand) {
  return {
    async fetch(request: Request, env: Env, ctx: WorkerContext): Promise<Response> {
      if (new URL(request.url).pathname !== '/bot') return new Response(null, { status: 404 });
      const applicationToken = env.B24_APPLICATION_TOKEN ?? '';
      return createBot({ applicationToken, onCommand, later: (work) => ctx.waitUntil(work()) })(
        request,
      );
    },
  };
}

export default createWorker();
