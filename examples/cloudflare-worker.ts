/**
 * Recipe: a Bitrix24 bot endpoint as a Cloudflare Worker.
 *
 * Deploy:   npx wrangler secret put B24_APPLICATION_TOKEN   then   npx wrangler deploy
 *
 * A Worker gets a Fetch API `Request` with its `env` and `ctx`, which the bot's endpoint
 * (examples/bot.ts) takes as they are: byte limit, content type (form or JSON), token, parsing,
 * answer. The endpoint is made once; each request's `env` and `ctx` reach the token lookup and the
 * handler (`context.args`), and `ctx.waitUntil` keeps the Worker alive for the slow work after
 * the answer (`context.waitUntil` finds it).
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

/** What a Worker's `fetch` gets after the request. */
export type WorkerArgs = [env: Env, ctx: WorkerContext];

/** The token from the Worker's secret; a missing secret fails loudly (a 500, and a log line). */
function tokenOf(env: Env): string {
  const token = env.B24_APPLICATION_TOKEN;
  if (token === undefined || token === '') {
    throw new Error(
      'B24_APPLICATION_TOKEN is not set: npx wrangler secret put B24_APPLICATION_TOKEN',
    );
  }
  return token;
}

/** Creates the Worker: the bot at `/bot`, 404 elsewhere. */
export function createWorker(onCommand?: OnCommand<WorkerArgs>) {
  const bot = createBot<WorkerArgs>({
    applicationToken: (_portal, env) => tokenOf(env),
    onCommand,
  });
  return {
    async fetch(request: Request, env: Env, ctx: WorkerContext): Promise<Response> {
      if (new URL(request.url).pathname !== '/bot') return new Response(null, { status: 404 });
      return bot(request, env, ctx);
    },
  };
}

export default createWorker();
