import { writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { zipFiles } from '../../domain/bundle/zipBundle';
import { lastOption, UsageError } from '../args';
import {
  EXCLUDE_OPTION,
  readCommandInputs,
  reportInputs,
  requirePaths,
  type Command,
} from '../command';
import { loadDesign } from '../design/loadDesign';
import { planExport } from '../export/planExport';
import { EXPORT_MANIFEST, ExportWriteError, writeExport } from '../export/writeExport';
import { finding } from '../report/finding';
import { errorText } from '../../lib/errorText';

export const exportCommand: Command = {
  name: 'export',
  summary: 'lay a design out for Git: eventbus/, event-sources/, sensors/, kustomization.yaml',
  usage: 'export FILE|DIR|-... (--out DIR [--clean] | --zip FILE) [--force] [options]',
  details: `
Writes one file per resource under eventbus/, event-sources/, sensors/ and other/ (each its
document's text as written, so unchanged resources give unchanged files), a kustomization.yaml
listing them, and every scenarios file (one becomes scenarios.yaml; several keep their names, their
design lists pointing at the exported files). The same design always gives the same bytes.

A design with YAML or validation errors is refused (nothing is written) unless --force. Two
resources that would be written to one file are always refused, naming both. --out writes
${EXPORT_MANIFEST} beside the files; the next export into the folder removes the files it
no longer writes. --clean also removes the layout's YAML files that no manifest lists (a folder
exported by the app or by hand).`,
  options: [
    { name: 'out', value: 'DIR', help: 'write the files into DIR' },
    { name: 'zip', value: 'FILE', help: 'write them into a zip file instead' },
    { name: 'clean', help: 'remove every layout YAML file in DIR that this export does not write' },
    { name: 'force', help: 'export even when the design has errors' },
    EXCLUDE_OPTION,
  ],
  async run(context) {
    const { args, report, io } = context;
    const out = lastOption(args, 'out');
    const zip = lastOption(args, 'zip');
    if (!out === !zip) throw new UsageError('give exactly one of --out DIR or --zip FILE');
    if (zip && args.options.has('clean')) throw new UsageError('--clean goes with --out');
    const abs = (p: string) => (isAbsolute(p) ? p : join(io.cwd, p));
    const inputs = await readCommandInputs(context, requirePaths(args));
    if (!reportInputs(report, inputs)) return;
    // An earlier export into a folder inside the design is output, not input.
    if (out) {
      const target = resolve(abs(out));
      inputs.files = inputs.files.filter(
        (f) => f.explicit || !resolve(abs(f.path)).startsWith(`${target}${sep}`),
      );
    }
    const design = loadDesign(inputs.files);
    for (const s of design.skipped) report.add(s);
    const force = args.options.has('force');
    const plan = planExport(design, force);
    for (const f of plan.findings)
      report.add(
        force && f.severity === 'error' && f.code !== 'export.duplicate-name'
          ? { ...f, severity: 'warning' }
          : f,
      );
    if (plan.refused) {
      report.line(
        `export refused: ${report.count('error')} error(s); nothing was written${force ? '' : ' (fix them, or pass --force)'}`,
        'bad',
      );
      return;
    }
    let written: string[];
    let removed: string[] = [];
    try {
      if (zip) {
        writeFileSync(abs(zip), zipFiles(plan.files));
        written = plan.files.map((f) => f.path);
      } else ({ written, removed } = writeExport(abs(out!), plan.files, args.options.has('clean')));
    } catch (e) {
      const message = e instanceof ExportWriteError ? e.message : `cannot write: ${errorText(e)}`;
      report.addUnreadable(finding('error', 'export.write-failed', message, zip ?? out ?? null));
      return;
    }
    for (const p of removed) report.line(`removed ${join(out!, p)}`, undefined, 'detail');
    for (const p of written) report.line(zip ? p : join(out!, p), undefined, 'detail');
    report.counts.written = written.length;
    report.counts.removed = removed.length;
    report.data.written = written;
    report.data.removed = removed;
    report.line(
      `${zip ?? out}: ${written.length} file(s) written${removed.length ? `, ${removed.length} removed` : ''}`,
      'ok',
    );
  },
};
