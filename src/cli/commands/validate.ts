import { checkDesign } from '../../engine/checkDesign';
import type { ParsedDesignFile } from '../../domain/design/design';
import {
  EXCLUDE_OPTION,
  readCommandInputs,
  reportInputs,
  requirePaths,
  type Command,
} from '../command';
import { loadDesign } from '../design/loadDesign';
import { fromDiagnostic } from '../report/finding';
import type { Report } from '../report/report';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check manifests against the schema, the controller rules and each other',
  usage: 'validate FILE|DIR|-... [--each] [--exclude GLOB]... [options]',
  details: `
Checks all files as one design: YAML, the Argo Events schema, the controller's rules and the
references between resources. Prints path:line:col severity code message per problem, then a
summary. With --each, every file is checked as a design of its own (a folder of independent
examples). - reads standard input, e.g. helm template ./chart | eventflow validate -

Folders are walked as people have them: hidden folders (.git, .github), node_modules and lock files
are passed by, as is anything matched by --exclude or a .eventflowignore file (gitignore syntax);
.yaml, .yml and .json files are read; a kustomization.yaml decides which files belong; YAML/JSON
that is not a Kubernetes manifest (no apiVersion and kind) is skipped with one info line.`,
  options: [
    { name: 'each', help: 'check every file on its own instead of all files as one design' },
    EXCLUDE_OPTION,
  ],
  async run(context) {
    const { report } = context;
    const inputs = await readCommandInputs(context, requirePaths(context.args));
    reportInputs(report, inputs);
    const design = loadDesign(inputs.files);
    for (const s of design.skipped) report.add(s);
    const groups = context.args.options.has('each') ? design.files.map((f) => [f]) : [design.files];
    for (const files of groups) check(report, files);
    const files = design.files.length;
    report.counts.files = files;
    report.counts.skipped = design.skipped.length;
    report.line(
      `${files} file(s) checked${design.skipped.length ? ` (${design.skipped.length} skipped)` : ''}: ${report.count('error')} error(s), ${report.count('warning')} warning(s)`,
      report.count('error') ? 'bad' : undefined,
    );
  },
};

function check(report: Report, files: readonly ParsedDesignFile[]): void {
  for (const d of checkDesign(files)) report.add(fromDiagnostic(d));
}
