import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';

/**
 * fengari (the Lua VM) reaches for Node modules only when `process` exists, which it never does in
 * the browser or a worker. Resolve those imports to an empty module so they are not bundled.
 */
function fengariNodeStubs(): Plugin {
  const STUB = '\0eventflow-node-stub';
  const NODE_ONLY = new Set([
    'fs',
    'path',
    'os',
    'crypto',
    'child_process',
    'tmp',
    'readline-sync',
  ]);
  return {
    name: 'eventflow-fengari-node-stubs',
    enforce: 'pre',
    resolveId(id, importer) {
      if (
        NODE_ONLY.has(id) &&
        importer &&
        /[\\/]node_modules[\\/](fengari|tmp|readline-sync)[\\/]/.test(importer)
      )
        return STUB;
      return null;
    },
    load(id) {
      return id === STUB ? 'export default {};' : null;
    },
  };
}

/**
 * The built app's Content-Security-Policy: scripts only from the app's own origin (no inline scripts, no
 * `unsafe-eval`: the schema validators are precompiled), WebAssembly for the jq build, no remote origins
 * at all, and WebSockets to loopback addresses only (the live EventBus tap). Inline *style attributes* stay allowed: React Flow and Monaco position elements with them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // `eventflow tap --serve` on this machine, and nothing else (the app connects only to a pasted link).
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Puts the policy into the built index.html only: the dev server injects an inline HMR preamble. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'eventflow-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [react(), fengariNodeStubs(), contentSecurityPolicy()],
  // `vite preview` serves the build with the same policy as a header (which also forbids framing).
  preview: {
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
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
