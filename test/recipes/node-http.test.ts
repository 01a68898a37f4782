import { expect, it } from 'vitest';
import { createBotServer } from '../../examples/node-http.js';
import {
  captureConsole,
  close,
  describeRecipe,
  FORM_TYPE,
  listen,
  overHttp,
  TOKEN,
} from './support.js';

describeRecipe('examples/node-http.ts', async (commands) => {
  const logs = captureConsole();
  const server = createBotServer(commands.onCommand);
  const url = await listen(server);
  return overHttp(url, logs.text, () => close(server));
});

it('examples/node-http.ts answers 413 to a body over 1 MiB, and 404 elsewhere', async () => {
  captureConsole();
  const previous = process.env.B24_APPLICATION_TOKEN;
  delete process.env.B24_APPLICATION_TOKEN;
  // An unset variable fails at once, with a message that says what to do.
  expect(() => createBotServer()).toThrow(/environment variable .* set/);
  process.env.B24_APPLICATION_TOKEN = TOKEN;
  const server = createBotServer(() => {});
  if (previous === undefined) delete process.env.B24_APPLICATION_TOKEN;
  else process.env.B24_APPLICATION_TOKEN = previous;
  const url = await listen(server);
  try {
    const big = await fetch(url, {
      method: 'POST',
      body: 'a'.repeat(1024 * 1024 + 1),
      headers: { 'content-type': FORM_TYPE },
    });
    expect(big.status).toBe(413);
    await big.arrayBuffer();
    const elsewhere = await fetch(new URL('/other', url), { method: 'POST', body: 'a=b' });
    expect(elsewhere.status).toBe(404);
    await elsewhere.arrayBuffer();
  } finally {
    await close(server);
  }
});
