import { createServer } from 'node:http';
import express from 'express';
import { expect, it } from 'vitest';
import { createApp } from '../../examples/express-urlencoded.js';
import {
  captureConsole,
  close,
  describeRecipe,
  FORM,
  FORM_TYPE,
  listen,
  overHttp,
} from './support.js';

describeRecipe('examples/express-urlencoded.ts', async (commands) => {
  const logs = captureConsole();
  const server = createServer(createApp(commands.onCommand));
  const url = await listen(server);
  return overHttp(url, logs.text, () => close(server));
});

it('express.urlencoded({ extended: true }) really loses the id 99 the recipe answers with', async () => {
  const app = express();
  app.use(express.urlencoded({ extended: true, limit: '1mb', parameterLimit: 10_000 }));
  app.post('/bot', (req, res) => {
    const commands = (req.body as { data: { COMMAND: unknown } }).data.COMMAND;
    res.json({ isArray: Array.isArray(commands), keys: Object.keys(commands as object) });
  });
  const server = createServer(app);
  const url = await listen(server);
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: FORM,
      headers: { 'content-type': FORM_TYPE },
    });
    expect(await response.json()).toEqual({ isArray: true, keys: ['0'] });
  } finally {
    await close(server);
  }
});
