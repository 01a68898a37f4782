/**
 * An echo bot: the whole loop from an event to the answer, on plain `node:http`.
 *
 * Run it from a clone (the tsconfig maps the package name to src/):
 *           B24_APPLICATION_TOKEN=... npx tsx --tsconfig examples/tsconfig.json examples/echo-bot.ts
 *           PORT (default 3000) and HOST (default 127.0.0.1) say where it listens.
 * Try it:   npx bitrix24-imbot-events trigger ONIMBOTMESSAGEADD --to http://127.0.0.1:3000/bot \
 *             --token "$B24_APPLICATION_TOKEN" --set data.PARAMS.MESSAGE=hello
 *
 * For each message (API 1.0 or 2.0) it answers "You said: ..." in the same chat, and each command
 * with its parameters, through the REST API of the portal the event came from: the answer is
 * built by `createBotReplyRequest` (the event's `client_endpoint` and the bot's access token) and
 * sent after Bitrix24 got its `200`, through `waitUntil`. `send` is injectable so that the tests
 * can check the request without a portal.
 */
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import {
  type AnswerableBotEvent,
  type BotEventContextBase,
  type BotReply,
  createBotEventHandler,
  createBotReplyRequest,
} from 'bitrix24-imbot-events';
import { createNodeMiddleware } from 'bitrix24-imbot-events/node';

/** Sends a request to the portal; `fetch` by default. */
export type Send = (request: Request) => Promise<Response>;

/** Options of {@link createEchoBot}. */
export interface EchoBotOptions {
  /** The application token stored at install time; `process.env.B24_APPLICATION_TOKEN` by default. */
  readonly applicationToken?: string | undefined;
  /** How the answer goes out. @default fetch */
  readonly send?: Send | undefined;
}

/** Creates the echo bot's server; `server.listen(...)` is up to the caller. */
export function createEchoBot({
  applicationToken = process.env.B24_APPLICATION_TOKEN,
  send = fetch,
}: EchoBotOptions = {}): Server {
  /** Answers after the 200: a failed answer is logged by the endpoint as work_failed. */
  const answer = (event: AnswerableBotEvent, reply: BotReply, context: BotEventContextBase) => {
    context.waitUntil(async () => {
      const response = await send(createBotReplyRequest(event, reply));
      if (!response.ok) throw new Error(`the portal answered ${response.status}`);
    });
  };
  const endpoint = createBotEventHandler(
    {
      ONIMBOTMESSAGEADD: (event, context) =>
        answer(event, `You said: ${event.message.text}`, context),
      ONIMBOTV2MESSAGEADD: (event, context) =>
        answer(
          event,
          { message: `You said: ${event.message.text}`, replyId: event.message.id },
          context,
        ),
      ONIMCOMMANDADD: (event, context) =>
        answer(event, `/${event.commands[0].command} ${event.commands[0].params}`.trim(), context),
      ONIMBOTJOINCHAT: (event, context) =>
        answer(
          event,
          { message: 'Hi! I repeat what you say.', keyboard: [{ text: 'Help', command: 'help' }] },
          context,
        ),
    },
    { applicationToken },
  );
  const middleware = createNodeMiddleware(endpoint);
  return createServer((request, response) => {
    if (request.url === '/bot') void middleware(request, response);
    else response.writeHead(404).end();
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const server = createEchoBot().listen(
    Number(process.env.PORT ?? 3000),
    process.env.HOST ?? '127.0.0.1',
    () => console.info('listening on', server.address()),
  );
}
