import { createServer } from 'node:http';
import { createApp } from '../../examples/express-text.js';
import { captureConsole, close, describeRecipe, listen, overHttp } from './support.js';

describeRecipe('examples/express-text.ts', async (commands) => {
  const logs = captureConsole();
  const server = createServer(createApp(commands.onCommand));
  const url = await listen(server);
  return overHttp(url, logs.text, () => close(server));
});
