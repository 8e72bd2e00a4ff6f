import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * fengari (the Lua VM) reaches for Node modules only when `process` exists, which it never does in
 * the browser or a worker. Resolve those imports to an empty module so they are not bundled.
 */
function fengariNodeStubs(): Plugin {
  const STUB = '\0eventflow-node-stub';
  const NODE_ONLY = new Set(['fs', 'path', 'os', 'crypto', 'child_process', 'tmp', 'readline-sync']);
  return {
    name: 'eventflow-fengari-node-stubs',
    enforce: 'pre',
    resolveId(id, importer) {
      if (NODE_ONLY.has(id) && importer && /[\\/]node_modules[\\/](fengari|tmp|readline-sync)[\\/]/.test(importer)) return STUB;
      return null;
    },
    load(id) {
      return id === STUB ? 'export default {};' : null;
    },
  };
}

export default defineConfig({
  plugins: [react(), fengariNodeStubs()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4096,
  },
  worker: { format: 'es', plugins: () => [fengariNodeStubs()] },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
