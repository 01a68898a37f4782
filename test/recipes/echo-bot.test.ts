import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEchoBot } from '../../examples/echo-bot.js';
import {
  createBotEventBody,
  createBotEventPayload,
  TEST_APPLICATION_TOKEN,
} from '../../src/index.js';
import { close, FORM_TYPE, listen } from './support.js';

// The echo bot of docs/first-bot.md: started on 127.0.0.1, triggered with the builders' bodies,
// and the reply request it builds checked (its send is a fake portal).

const sent: Request[] = [];
let delivered: () => void = () => {};
const server = createEchoBot({
  applicationToken: TEST_APPLICATION_TOKEN,
  send: async (request) => {
    sent.push(request);
    delivered();
    return Response.json({ result: 1 });
  },
});
let url = '';
beforeAll(async () => {
  url = await listen(server);
});
afterAll(() => close(server));

/** Posts a body and waits for the reply it causes. */
async function trigger(body: string, type = FORM_TYPE): Promise<[number, Request]> {
  sent.length = 0;
  const replied = new Promise<void>((resolve) => {
    delivered = resolve;
  });
  const response = await fetch(url, { method: 'POST', body, headers: { 'content-type': type } });
  await response.arrayBuffer();
  await replied;
  return [response.status, sent[0] as Request];
}

describe('examples/echo-bot.ts', () => {
  it('answers an API 1.0 message in its chat, with the bot token, after the 200', async () => {
    const payload = createBotEventPayload('ONIMBOTMESSAGEADD', {
      data: { PARAMS: { MESSAGE: 'hello' } },
    });
    const [status, request] = await trigger(
      createBotEventBody('ONIMBOTMESSAGEADD', {
        data: { PARAMS: { MESSAGE: 'hello' } },
      }),
    );
    expect(status).toBe(200);
    const bot = Object.values(payload.data.BOT)[0] as {
      BOT_ID: string;
      access_token: string;
      client_endpoint: string;
    };
    expect(request.url).toBe(`${bot.client_endpoint}imbot.message.add`);
    expect(await request.json()).toEqual({
      BOT_ID: Number(bot.BOT_ID),
      DIALOG_ID: payload.data.PARAMS.DIALOG_ID,
      MESSAGE: 'You said: hello',
      auth: bot.access_token,
    });
  });

  it('answers an API 2.0 message as a reply, and a command with its parameters', async () => {
    const [, v2] = await trigger(
      createBotEventBody('ONIMBOTV2MESSAGEADD', { data: { message: { text: 'hi', id: '5150' } } }),
    );
    expect(new URL(v2.url).pathname).toBe('/rest/imbot.v2.Chat.Message.send');
    expect(await v2.json()).toMatchObject({ fields: { message: 'You said: hi', replyId: 5150 } });
    const [, command] = await trigger(createBotEventBody('ONIMCOMMANDADD'), FORM_TYPE);
    expect(new URL(command.url).pathname).toBe('/rest/imbot.command.answer');
    expect(await command.json()).toMatchObject({ COMMAND_ID: 99, MESSAGE: '/echo test' });
  });

  it('refuses a forged event: no reply', async () => {
    const forged = createBotEventBody('ONIMBOTMESSAGEADD', {
      auth: { application_token: 'forged' },
    });
    sent.length = 0;
    const response = await fetch(url, {
      method: 'POST',
      body: forged,
      headers: { 'content-type': FORM_TYPE },
    });
    expect(response.status).toBe(401);
    expect(sent).toEqual([]);
  });
});
