import { buildApp } from '../../examples/fastify.js';
import { captureConsole, describeRecipe, overHttp } from './support.js';

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
