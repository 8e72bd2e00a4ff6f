// Part of `npm test`: the production build as `npm start` makes it carries the Content-Security-Policy
// and none of the test hook that browser tests use (`window.__eventflow`, built only with --mode e2e).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';

const root = join(import.meta.dirname, '..');
const outDir = join(root, '.tmp/production-check');
await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const problems = [];
if (!readFileSync(join(outDir, 'index.html'), 'utf8').includes('Content-Security-Policy'))
  problems.push('index.html has no Content-Security-Policy');
for (const f of readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js')))
  if (readFileSync(join(outDir, 'assets', f), 'utf8').includes('__eventflow'))
    problems.push(`assets/${f} contains the test hook (__eventflow)`);
if (problems.length) {
  console.error(`production build: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('production build: CSP present, no test hook');
