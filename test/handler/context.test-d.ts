import { describe, expectTypeOf, it } from 'vitest';
import {
  type BotEventContext,
  type BotEventEndpoint,
  createBotEventHandler,
  type EventPortal,
  type ImCommandAddEvent,
} from '../../src/index.js';
import { createNodeMiddleware } from '../../src/node.js';

interface Env {
  readonly B24_APPLICATION_TOKEN: string;
}
interface Ctx {
  waitUntil(promise: Promise<unknown>): void;
}

describe('the handlers context, typed by the platform arguments', () => {
  it('types context.args, the lookup arguments and the endpoint from one parameter', () => {
    const endpoint = createBotEventHandler<[Env, Ctx]>(
      {
        ONIMCOMMANDADD: (event, context) => {
          expectTypeOf(event).toEqualTypeOf<ImCommandAddEvent>();
          expectTypeOf(context).toEqualTypeOf<BotEventContext<[Env, Ctx]>>();
          expectTypeOf(context.args).toEqualTypeOf<[Env, Ctx]>();
          expectTypeOf(context.request).toEqualTypeOf<Request>();
          expectTypeOf(context.waitUntil)
            .parameter(0)
            .toEqualTypeOf<PromiseLike<unknown> | (() => unknown)>();
        },
      },
      {
        applicationToken: (portal, env) => {
          expectTypeOf(portal).toEqualTypeOf<EventPortal>();
          expectTypeOf(env).toEqualTypeOf<Env>();
          return env.B24_APPLICATION_TOKEN;
        },
      },
    );
    expectTypeOf(endpoint).toEqualTypeOf<BotEventEndpoint<[Env, Ctx]>>();
    expectTypeOf(endpoint).parameters.toEqualTypeOf<[Request, Env, Ctx]>();
    // Calling it without the Worker's arguments is a type error.
    // @ts-expect-error env and ctx are missing
    void endpoint(new Request('http://127.0.0.1/'));
  });

  it('accepts process.env as it is (undefined fails at run time), and false', () => {
    createBotEventHandler({}, { applicationToken: process.env.B24_APPLICATION_TOKEN });
    createBotEventHandler({}, { applicationToken: false });
    // @ts-expect-error true is not a way to turn verification on or off
    createBotEventHandler({}, { applicationToken: true });
  });

  it('lets createNodeMiddleware take an endpoint of no arguments, not one of other arguments', () => {
    createNodeMiddleware(createBotEventHandler({}, { applicationToken: false }));
    const worker = createBotEventHandler<[Env, Ctx]>({}, { applicationToken: false });
    // @ts-expect-error a Worker endpoint needs env and ctx, which node:http does not pass
    createNodeMiddleware(worker);
  });
});
