import { roundtripFiles } from '../../domain/design/roundtrip';
import { parseManifests } from '../../domain/yaml/parseManifests';
import {
  EXCLUDE_OPTION,
  readCommandInputs,
  reportInputs,
  requirePaths,
  type Command,
} from '../command';
import { finding } from '../report/finding';

export const roundtripCommand: Command = {
  name: 'roundtrip',
  summary: 'import files into the model, rebuild them from it and compare the bytes',
  usage: 'roundtrip FILE|DIR|-... [--exclude GLOB]... [options]',
  details: `
For each file: imports it into the design model, builds the manifests back, writes them out and
compares bytes. One line per file (PASS path, or FAIL path:line:col code message at the first
difference), then N passed, M failed.`,
  options: [EXCLUDE_OPTION],
  async run(context) {
    const { report } = context;
    const inputs = await readCommandInputs(context, requirePaths(context.args));
    reportInputs(report, inputs);
    let passed = 0;
    let failed = inputs.problems.length;
    const results: { file: string; pass: boolean }[] = [];
    for (const file of inputs.files) {
      const parsed = parseManifests(file.text);
      const problem = parsed.problems[0] ?? parsed.documents.flatMap((d) => d.problems)[0];
      const [result] = problem ? [] : roundtripFiles([file]);
      if (!problem && result?.ok) {
        passed++;
        results.push({ file: file.path, pass: true });
        report.line(`PASS ${file.path}`, 'ok', 'detail');
        continue;
      }
      failed++;
      results.push({ file: file.path, pass: false });
      const f = problem
        ? finding('error', problem.code, problem.message, file.path, problem.line, problem.col)
        : finding(
            'error',
            'roundtrip.changed',
            'output differs from the input here',
            file.path,
            result?.firstDifference?.line ?? 1,
            result?.firstDifference?.col ?? 1,
          );
      report.add(f, [
        { text: `FAIL ${file.path}:${f.line}:${f.col} ${f.code} ${f.message}`, style: 'bad' },
      ]);
    }
    report.counts.passed = passed;
    report.counts.failed = failed;
    report.data.results = results;
    report.line(`${passed} passed, ${failed} failed`, failed ? 'bad' : 'ok');
  },
};
