import { expect, it } from 'vitest';
import { createBotServer } from '../../examples/node-http.js';
import { captureConsole, close, describeRecipe, FORM_TYPE, listen, overHttp } from './support.js';

describeRecipe('examples/node-http.ts', async (commands) => {
  const logs = captureConsole();
  const server = createBotServer(commands.onCommand);
  const url = await listen(server);
  return overHttp(url, logs.text, () => close(server));
});

it('examples/node-http.ts answers 413 to a body over 1 MiB, and 404 elsewhere', async () => {
  captureConsole();
  const server = createBotServer(() => {});
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
