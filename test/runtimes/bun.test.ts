import { describeRuntime, findBun } from './support.js';

// Bun runs dist/ as it is, and examples/bun.ts directly (it reads the paths mapping of
// examples/tsconfig.json, so the recipe's import of the package name resolves to src/).
describeRuntime(findBun(), (script) => [script], ['examples/bun.ts']);
