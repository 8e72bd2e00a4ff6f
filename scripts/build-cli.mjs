// Bundles the `eventflow` CLI into one JavaScript file (dist/cli/eventflow.mjs) with esbuild, so the
// installed package needs no TypeScript tooling and no dependencies at run time. Runs at `prepare`
// (npm ci, npm pack, installs from a git URL) and from `npm run build:cli`. Writes the licences of
// everything bundled beside it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = process.env.EVENTFLOW_CLI_OUT ?? join(root, 'dist/cli');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/bin.ts'],
  outfile: join(outDir, 'eventflow.mjs'),
  bundle: true,
  platform: 'node',
  // ESM builds where packages have them: jsonc-parser's UMD main requires its own files at run time.
  mainFields: ['module', 'main'],
  format: 'esm',
  target: 'node20',
  // Smaller text parses faster at start-up; names stay readable in error messages.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // Bundled CommonJS packages call require() for Node's own modules (fengari, ajv's runtime), and
  // jq's Emscripten loader reads __filename/__dirname.
  banner: {
    js: [
      "import { createRequire as __eventflowCreateRequire } from 'node:module';",
      "import { fileURLToPath as __eventflowFileURLToPath } from 'node:url';",
      "import { dirname as __eventflowDirname } from 'node:path';",
      'const require = __eventflowCreateRequire(import.meta.url);',
      'const __filename = __eventflowFileURLToPath(import.meta.url);',
      'const __dirname = __eventflowDirname(__filename);',
    ].join('\n'),
  },
});

writeFileSync(
  join(outDir, 'THIRD_PARTY_NOTICES.txt'),
  notices(Object.keys(result.metafile.inputs)),
);
const size = readFileSync(join(outDir, 'eventflow.mjs')).length;
console.log(
  `build-cli: ${relative(root, outDir)}/eventflow.mjs (${(size / 1024 / 1024).toFixed(1)} MB)`,
);

/** The licence text of every package (and the Argo Events schema) that went into the bundle. */
function notices(inputs) {
  const packages = new Set();
  for (const input of inputs) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[0].replace(/^\//, ''));
  }
  const sections = [];
  for (const dir of [...packages].sort()) {
    const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
    const files = readdirSync(join(root, dir)).filter((f) =>
      /^(licen[cs]e|copying|notice)/i.test(f),
    );
    const texts = files.map((f) => readFileSync(join(root, dir, f), 'utf8').trim());
    sections.push(
      `${pkg.name} ${pkg.version} (${pkg.license ?? 'see below'})\n\n${texts.join('\n\n') || `License: ${pkg.license}`}`,
    );
  }
  const argo = join(root, 'third_party/argo-events/LICENSE');
  if (existsSync(argo))
    sections.push(
      `Argo Events JSON schema and CRDs (Apache-2.0), from which the validators are generated\n\n${readFileSync(argo, 'utf8').trim()}`,
    );
  return `The eventflow CLI bundle (eventflow.mjs) includes the following third-party software.\n\n${sections.join(`\n\n${'-'.repeat(72)}\n\n`)}\n`;
}
