import { defineConfig } from 'tsup';

// The package ships modules, not one bundle: ESM is every source file transpiled on its own
// (dist/**/*.js), so that a bundler keeps only the modules an import reaches. CommonJS is one
// bundle per entry (require() cannot tree-shake anyway). Declarations are bundled per entry
// (Deno reads a local .d.ts's imports as .js files, so per-file declarations would not do); the
// types-only entry's import nothing, valibot included. `npm run build` empties dist/ first.
export default defineConfig([
  {
    entry: ['src/**/*.ts'],
    format: ['esm'],
    bundle: false,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['esm'],
    dts: { only: true },
  },
  {
    entry: { index: 'src/index.ts' },
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
    sourcemap: true,
  },
  {
    // The Node adapter: its own entry, so that the core never imports node: modules.
    entry: { node: 'src/node.ts' },
    format: ['esm'],
    dts: { only: true },
  },
  {
    entry: { node: 'src/node.ts' },
    format: ['cjs'],
    dts: true,
    target: 'es2022',
    platform: 'node',
    sourcemap: true,
  },
  {
    entry: { types: 'src/types.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    target: 'es2022',
    platform: 'neutral',
  },
]);
