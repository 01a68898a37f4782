import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createApp } from '../../examples/hono.js';
import { captureConsole, close, describeRecipe, overHttp } from './support.js';

describeRecipe('examples/hono.ts (through @hono/node-server)', async (commands) => {
  const logs = captureConsole();
  let server: Server | undefined;
  const port = await new Promise<number>((resolve) => {
    server = serve(
      { fetch: createApp(commands.onCommand).fetch, port: 0, hostname: '127.0.0.1' },
      (info) => resolve(info.port),
    ) as Server;
  });
  return overHttp(`http://127.0.0.1:${port}/bot`, logs.text, () => close(server as Server));
});
