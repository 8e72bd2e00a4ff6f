import { dirname, join } from 'node:path';
import { stepInput } from '../../engine/scenario/checkScenario';
import { parseScenarioFile } from '../../domain/scenario/scenario';
import { UsageError } from '../args';
import {
  EXCLUDE_OPTION,
  readCommandInputs,
  reportInputs,
  requirePaths,
  TIMEOUT_OPTION,
  type Command,
} from '../command';
import { isScenarioText, loadDesign, yamlFindings } from '../design/loadDesign';
import { yamlLocator } from '../design/yamlLocator';
import { stopFinding } from '../engine/stopFinding';
import { finding } from '../report/finding';

export const testCommand: Command = {
  name: 'test',
  summary: 'run test scenarios (events, clock moves, expected firings) and report pass/fail',
  usage: 'test FILE|DIR|-... [--timeout DURATION] [options]',
  details: `
Runs scenarios files (kind: Scenarios, given or found in the folders). Each scenario sends events
and moves the virtual clock, then compares the firings in order with its expect list. The manifests
are the files the scenarios file lists under design:, else every other manifest in its folder and
below. One line per scenario (✓ or ✗ with the reasons), then N passed, M failed. Each step runs
under a time and memory budget; a step that runs past it fails its scenario and names the code.`,
  options: [TIMEOUT_OPTION, EXCLUDE_OPTION],
  async run(context) {
    const { report } = context;
    const inputs = await readCommandInputs(
      context,
      requirePaths(context.args, 'scenarios FILE or DIR'),
    );
    if (!reportInputs(report, inputs)) return;
    const scenarioFiles = inputs.files.filter((f) => isScenarioText(f.text));
    if (scenarioFiles.length === 0)
      throw new UsageError('no scenarios file (kind: Scenarios) among the inputs');
    let passed = 0;
    let failed = 0;
    const results: { file: string; scenario: string; pass: boolean; failures: string[] }[] = [];
    for (const sf of scenarioFiles) {
      const read = parseScenarioFile(sf.text);
      if (!read.ok) {
        for (const p of read.problems)
          report.add(finding('error', 'scenario.invalid', p.message, sf.path, p.line, p.col));
        continue;
      }
      const dir = dirname(sf.path);
      const manifestInputs = await readCommandInputs(
        context,
        read.file.design.length ? read.file.design.map((d) => join(dir, d)) : [dir],
      );
      if (!reportInputs(report, manifestInputs)) continue;
      const design = loadDesign(manifestInputs.files);
      const broken = yamlFindings(design.files);
      for (const f of broken) report.add(f);
      if (broken.length) continue;
      const at = yamlLocator(sf.text);
      report.line(sf.path, 'bold');
      for (const [i, scenario] of read.file.scenarios.entries()) {
        const where = at(['scenarios', i, 'name']);
        const outcome = await context.engine().check(design.manifests, scenario);
        const failures = outcome.ok
          ? outcome.value.failures
          : [
              stopFinding(outcome.stop, {
                files: design.files,
                entries: design.entries,
                inputs: scenario.steps.map(stepInput),
                subject: 'the scenario',
                stepAt: (j) => ({ file: sf.path, ...at(['scenarios', i, 'steps', j]) }),
              }),
            ].map((f) => `${f.file ? `${f.file}:${f.line}:${f.col}: ` : ''}${f.message}`);
        const pass = outcome.ok && outcome.value.pass;
        results.push({ file: sf.path, scenario: scenario.name, pass, failures });
        if (pass) {
          passed++;
          report.line(`  ✓ ${scenario.name}`, 'ok', 'detail');
          continue;
        }
        failed++;
        report.add(
          finding(
            'error',
            outcome.ok ? 'scenario.failed' : 'scenario.stopped',
            `scenario ${JSON.stringify(scenario.name)} failed: ${failures.join('; ')}`,
            sf.path,
            where.line,
            where.col,
          ),
          [
            { text: `  ✗ ${scenario.name}`, style: 'bad' },
            ...failures.map((text) => ({ text: `      ${text}` })),
          ],
        );
      }
    }
    report.counts.passed = passed;
    report.counts.failed = failed;
    report.data.results = results;
    report.line(`${passed} passed, ${failed} failed`, failed ? 'bad' : 'ok');
  },
};
