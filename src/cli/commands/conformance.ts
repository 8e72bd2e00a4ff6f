import { isAbsolute, join } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { Vector, VectorFile } from '../../engine/conformance/vectorTypes';
import { MAX_FILE_BYTES } from '../../domain/yaml/yamlLimits';
import { lineStarts, offsetToLineCol } from '../../lib/textPosition';
import { TIMEOUT_OPTION, type Command, type CommandContext } from '../command';
import { STDIN_NAME } from '../input/inputs';
import { decodeText, readFileBounded, type ReadResult } from '../input/readBounded';
import { finding } from '../report/finding';
import { packageRoot } from '../packageRoot';
import { errorText } from '../../lib/errorText';

/** The public vectors shipped with the package. */
const DEFAULT_VECTORS = 'fixtures/vectors/public.json';

export const conformanceCommand: Command = {
  name: 'conformance',
  summary: 'run Argo Events semantics vectors through the simulator',
  usage: 'conformance [VECTORS.json|-]... [options]',
  details: `
Runs semantics vectors (format argo-events-semantics-vectors/1) through the engine: PASS name or
FAIL name with expected and actual, then N passed, M failed. Without a file, runs the public
vectors shipped with eventflow (${DEFAULT_VECTORS}). Each vector runs under the engine's time and
memory budget.`,
  options: [TIMEOUT_OPTION],
  async run(context) {
    const { report } = context;
    const paths = context.args.positionals;
    const root = packageRoot();
    const files = paths.length
      ? paths.map((p) => ({
          shown: p,
          abs: p === '-' ? '-' : isAbsolute(p) ? p : join(context.io.cwd, p),
        }))
      : [{ shown: DEFAULT_VECTORS, abs: root ? join(root, DEFAULT_VECTORS) : DEFAULT_VECTORS }];
    let passed = 0;
    let failed = 0;
    const results: { file: string; name: string; pass: boolean }[] = [];
    for (const { shown, abs } of files) {
      const loaded = await load(context, shown, abs);
      if (!loaded) continue;
      const starts = lineStarts(loaded.text);
      const tree = parseTree(loaded.text);
      for (const [i, v] of loaded.vectors.entries()) {
        const outcome = await context.engine().vector(v);
        const name = String(v?.name ?? `#${i + 1}`);
        const pass = outcome.ok && outcome.value.pass;
        results.push({ file: shown, name, pass });
        if (pass) {
          passed++;
          report.line(`PASS ${name}`, 'ok', 'detail');
          continue;
        }
        failed++;
        const node = tree ? findNodeAtLocation(tree, ['vectors', i]) : undefined;
        const at = offsetToLineCol(starts, node?.offset ?? 0);
        const detail = outcome.ok
          ? [
              `expected: ${JSON.stringify(outcome.value.expected)}`,
              `actual:   ${JSON.stringify(outcome.value.actual)}`,
            ]
          : [
              `stopped: ${outcome.stop.why === 'time' ? `ran past its ${outcome.stop.detail} budget` : outcome.stop.why === 'memory' ? `used more than ${outcome.stop.detail}` : outcome.stop.detail}`,
            ];
        report.add(
          finding(
            'error',
            'conformance.failed',
            `${name}: ${detail.join('; ')}`,
            shown,
            at.line,
            at.col,
          ),
          [{ text: `FAIL ${name}`, style: 'bad' }, ...detail.map((d) => ({ text: `  ${d}` }))],
        );
      }
    }
    report.counts.passed = passed;
    report.counts.failed = failed;
    report.data.results = results;
    report.line(`${passed} passed, ${failed} failed`, failed ? 'bad' : 'ok');
  },
};

async function load(
  context: CommandContext,
  shown: string,
  abs: string,
): Promise<{ text: string; vectors: Vector[] } | null> {
  const { report } = context;
  let read: ReadResult;
  if (abs === '-') {
    if (!context.io.stdin) {
      report.addUnreadable(finding('error', 'input.unreadable', 'no standard input', STDIN_NAME));
      return null;
    }
    read = await context.io.stdin(MAX_FILE_BYTES);
  } else read = readFileBounded(abs, MAX_FILE_BYTES);
  const text = read.ok ? decodeText(read.bytes) : read;
  const where = abs === '-' ? STDIN_NAME : shown;
  if (!text.ok) {
    report.addUnreadable(finding('error', text.problem.code, text.problem.message, where));
    return null;
  }
  let file: VectorFile;
  try {
    // Checked below by its format tag and vectors list; runVector reports a vector it cannot run.
    file = JSON.parse(text.text) as VectorFile;
  } catch (e) {
    report.add(
      finding('error', 'conformance.not-json', errorText(e).split('\n')[0] ?? 'not JSON', where),
    );
    return null;
  }
  if (
    !file ||
    !Array.isArray(file.vectors) ||
    !String(file.format ?? '').startsWith('argo-events-semantics-vectors/')
  ) {
    report.add(
      finding(
        'error',
        'conformance.not-vectors',
        'not a vectors file (expected "format": "argo-events-semantics-vectors/1" and a "vectors" list)',
        where,
      ),
    );
    return null;
  }
  return { text: text.text, vectors: file.vectors };
}
