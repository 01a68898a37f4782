import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { buildApp } from '../../examples/fastify.js';
import { ANSWER, captureConsole, describeRecipe, overHttp, post, TOKEN } from './support.js';

describeRecipe('examples/fastify.ts', async (commands) => {
  const consoleLogs = captureConsole();
  const lines: string[] = [];
  const app = buildApp(
    { logger: { level: 'info', stream: { write: (line: string) => lines.push(line) } } },
    commands.onCommand,
  );
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  return overHttp(
    `${address}/bot`,
    () => [...lines, consoleLogs.text()].join('\n'),
    () => app.close(),
  );
});

it('examples/fastify.ts streams a JSON body too, past 1 MiB answers 413; other routes keep their parsers', async () => {
  captureConsole();
  const previous = process.env.B24_APPLICATION_TOKEN;
  process.env.B24_APPLICATION_TOKEN = TOKEN;
  const app = buildApp({}, () => {});
  // A route outside the bot's scope: Fastify's own JSON parser still runs for it.
  app.post('/echo', async (request) => ({ parsed: request.body }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const json = readFileSync(
      new URL('../../fixtures/onimcommandadd/en-group.json', import.meta.url),
      'utf8',
    );
    const answer = await post(`${address}/bot`, json, 'application/json');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual(ANSWER);

    const big = await post(`${address}/bot`, 'a'.repeat(1024 * 1024 + 1));
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: 'body_too_large' });

    const echo = await post(`${address}/echo`, '{"a":1}', 'application/json');
    expect(await echo.json()).toEqual({ parsed: { a: 1 } });
  } finally {
    await app.close();
    if (previous === undefined) delete process.env.B24_APPLICATION_TOKEN;
    else process.env.B24_APPLICATION_TOKEN = previous;
  }
});
