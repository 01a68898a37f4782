import { describeRuntime, findDeno } from './support.js';

// Deno runs dist/ with read access to the repository only (fixtures, dist, node_modules/valibot),
// and examples/deno.ts with examples/deno.json (the package name mapped to src/). --no-lock keeps
// it from writing a deno.lock.
describeRuntime(findDeno(), (script) => ['run', '--no-lock', '--allow-read=.', script], [
  'run',
  '--no-lock',
  '--allow-net=127.0.0.1',
  '--allow-env=B24_APPLICATION_TOKEN,PORT,HOST',
  'examples/deno.ts',
]);
