import { basename } from 'node:path';
import { encodeShareFragment } from '../../domain/share/shareLink';
import {
  formatScenarioFile,
  parseScenarioFile,
  type Scenario,
} from '../../domain/scenario/scenario';
import { lastOption } from '../args';
import {
  EXCLUDE_OPTION,
  readCommandInputs,
  reportInputs,
  requirePaths,
  type Command,
} from '../command';
import { loadDesign } from '../design/loadDesign';
import { finding } from '../report/finding';

export const DEFAULT_BASE = 'http://127.0.0.1:4173/';

export const shareCommand: Command = {
  name: 'share',
  summary: 'print a share link that opens the design in the app',
  usage: 'share FILE|DIR|-... [--name NAME] [--base URL] [options]',
  details: `
Prints the link the app's "Copy share link" makes for these files and their scenarios (all
scenarios files merged): the design, deflated, in the URL fragment, which browsers never send to a
server. Links are limited to 60 KB (about 300–600 KB of YAML); a bigger design is refused with
exit 1. The default base is ${DEFAULT_BASE}.`,
  options: [
    {
      name: 'name',
      value: 'NAME',
      help: 'the design name shown in the app (default: the first file)',
    },
    { name: 'base', value: 'URL', help: `the app's address (default ${DEFAULT_BASE})` },
    EXCLUDE_OPTION,
  ],
  async run(context) {
    const { args, report } = context;
    const paths = requirePaths(args);
    const inputs = await readCommandInputs(context, paths);
    if (!reportInputs(report, inputs)) return;
    const design = loadDesign(inputs.files);
    for (const s of design.skipped) report.add(s);
    const name =
      lastOption(args, 'name') ??
      basename(paths[0]!)
        .replace(/\.(ya?ml|json)$/i, '')
        .replace(/^-$/, 'design');
    const scenarios: Scenario[] = [];
    for (const sf of design.scenarios) {
      const read = parseScenarioFile(sf.text);
      if (read.ok) scenarios.push(...read.file.scenarios);
      else
        for (const p of read.problems)
          report.add(finding('error', 'scenario.invalid', p.message, sf.path, p.line, p.col));
    }
    if (report.count('error')) return;
    const used = new Set<string>();
    const files = design.files.map((f) => {
      // The app keeps one folder level of names; two files of one name keep their relative paths.
      const short = basename(f.path);
      const path = used.has(short) ? f.path : short;
      used.add(path);
      return { path, text: f.parsed.text };
    });
    const enc = encodeShareFragment({
      name,
      files,
      // One scenarios file travels as written; several are merged into one.
      ...(design.scenarios.length === 1
        ? { scenarios: design.scenarios[0]!.text }
        : scenarios.length
          ? { scenarios: formatScenarioFile({ design: [], scenarios }) }
          : {}),
    });
    if (!enc.ok) {
      report.add(finding('error', 'share.too-large', enc.message));
      return;
    }
    const link = `${lastOption(args, 'base') ?? DEFAULT_BASE}#${enc.fragment}`;
    report.data.link = link;
    report.line(link);
  },
};
