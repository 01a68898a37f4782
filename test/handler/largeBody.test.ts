import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotEvent, createBotEventHandler, parseBotEvent } from '../../src/index.js';
import { createNodeMiddleware } from '../../src/node.js';
import { close, FORM_TYPE, listen, post, TOKEN } from '../recipes/support.js';
import { fixtureText } from '../support/php.js';

// Both endpoint paths decode a large form body's long values straight from its bytes
// (src/decode/largeForm.ts): the event they hand on is the one parseBotEvent makes of the text.

const body = fixtureText('bench/long-cyrillic.form.txt');
const seen: BotEvent[] = [];
const endpoint = createBotEventHandler(
  {
    ONIMCOMMANDADD: (event) => {
      seen.push(event);
    },
  },
  { applicationToken: TOKEN, onError: false },
);
const server = createServer(createNodeMiddleware(endpoint));
let url = '';
beforeAll(async () => {
  url = await listen(server);
});
afterAll(() => close(server));

describe('a 300 KB form body through the endpoint', () => {
  const expected = parseBotEvent(body, { applicationToken: TOKEN });

  it('gives the Fetch handler the event parseBotEvent makes of the text', async () => {
    seen.length = 0;
    const response = await endpoint(
      new Request('http://localhost/bot', {
        method: 'POST',
        body: new TextEncoder().encode(body),
        headers: { 'content-type': FORM_TYPE },
      }),
    );
    expect(response.status).toBe(200);
    expect(seen).toEqual([expected]);
  });

  it('gives createNodeMiddleware the same event', async () => {
    seen.length = 0;
    const response = await post(url, body);
    expect(response.status).toBe(200);
    expect(seen).toEqual([expected]);
    expect(Buffer.byteLength(body)).toBeGreaterThan(256 * 1024);
  });
});
