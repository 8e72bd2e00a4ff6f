#!/usr/bin/env node
// The installed package runs the bundle built when it was packed (dist/cli/eventflow.mjs: one
// JavaScript file, no TypeScript tooling). In a checkout, where the sources are, it runs them
// through tsx so they are always current (`npm run build:cli` makes the bundle).
import { existsSync } from 'node:fs';

const sources = new URL('../src/cli/bin.ts', import.meta.url);
if (existsSync(sources)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(sources.href);
} else {
  await import('../dist/cli/eventflow.mjs');
}
