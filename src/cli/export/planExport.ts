import { checkDesign } from '../../engine/checkDesign';
import { basename, dirname, join, normalize } from 'node:path';
import {
  kustomizationFor,
  layoutResources,
  type LayoutResource,
} from '../../domain/bundle/gitLayout';
import type { DesignFile } from '../../domain/design/design';
import { formatScenarioFile, parseScenarioFile } from '../../domain/scenario/scenario';
import { offsetToLineCol } from '../../lib/textPosition';
import type { LoadedDesign } from '../design/loadDesign';
import { finding, fromDiagnostic, type Finding } from '../report/finding';

export interface ExportPlan {
  /** The files to write, in path order, kustomization.yaml and scenarios files included. */
  files: DesignFile[];
  findings: Finding[];
  /** True when nothing may be written (errors, and no --force; or paths that collide). */
  refused: boolean;
}

/**
 * What `eventflow export` writes, decided before anything is written. Errors (YAML or validation)
 * refuse the export unless `force`; two resources that would land in one file refuse it always,
 * naming both; nothing is dropped: every document gets a file, every scenarios file is kept with
 * its design list pointing at the exported files.
 */
export function planExport(design: LoadedDesign, force: boolean): ExportPlan {
  const findings: Finding[] = [];
  // The same checks as validate: export never writes what validate would refuse.
  for (const d of checkDesign(design.files))
    if (d.severity !== 'info') findings.push(fromDiagnostic(d));
  const hasErrors = findings.some((f) => f.severity === 'error');
  if (hasErrors && !force) return { files: [], findings, refused: true };

  const files = design.files.map((f) => ({ path: f.path, text: f.parsed.text }));
  const resources = layoutResources(files);
  const out: DesignFile[] = [];
  const byPath = new Map<string, LayoutResource>();
  let collided = false;
  const where = (r: LayoutResource) => {
    const f = design.files.find((x) => x.path === r.file);
    return f ? offsetToLineCol(f.parsed.lineStarts, r.offset) : { line: 1, col: 1 };
  };
  for (const r of resources) {
    const first = byPath.get(r.path);
    if (!first) {
      byPath.set(r.path, r);
      out.push({ path: r.path, text: r.text });
      continue;
    }
    collided = true;
    const a = where(first);
    const b = where(r);
    findings.push(
      finding(
        'error',
        'export.duplicate-name',
        `${r.kind ?? 'this document'} ${JSON.stringify(r.name ?? '')} would be written to ${r.path}, like the one in ${first.file}:${a.line}:${a.col}; rename one of them`,
        r.file,
        b.line,
        b.col,
      ),
    );
  }
  // A file whose documents could not be read at all (over the document limit, say) still travels,
  // whole, when the export is forced.
  for (const f of design.files)
    if (!resources.some((r) => r.file === f.path) && f.parsed.text.trim() !== '') {
      const path = `other/${basename(f.path).replace(/[^\w.-]+/g, '-')}`;
      if (byPath.has(path) || out.some((o) => o.path === path)) collided = true;
      out.push({ path, text: f.parsed.text });
    }
  if (collided) return { files: [], findings, refused: true };

  out.sort((a, b) => a.path.localeCompare(b.path));
  const kustomization = kustomizationFor(out.map((f) => f.path));
  const scenarios = scenarioFiles(design, resources, findings, force);
  if (scenarios === null) return { files: [], findings, refused: true };
  return { files: [...out, kustomization, ...scenarios], findings, refused: false };
}

/**
 * Every scenarios file, kept: one is `scenarios.yaml`, several keep their names; a design list is
 * rewritten to the exported files of the documents it named, so each runs against what it did.
 */
function scenarioFiles(
  design: LoadedDesign,
  resources: readonly LayoutResource[],
  findings: Finding[],
  force: boolean,
): DesignFile[] | null {
  const out: DesignFile[] = [];
  const taken = new Set<string>();
  let bad = false;
  for (const sf of design.scenarios) {
    const stem = basename(sf.path)
      .replace(/(\.scenarios)?\.(ya?ml|json)$/i, '')
      .replace(/[^\w.-]+/g, '-');
    let path = design.scenarios.length === 1 ? 'scenarios.yaml' : `${stem}.scenarios.yaml`;
    for (let n = 2; taken.has(path); n++) path = `${stem}-${n}.scenarios.yaml`;
    taken.add(path);
    const read = parseScenarioFile(sf.text);
    if (!read.ok) {
      for (const p of read.problems)
        findings.push(finding('error', 'scenario.invalid', p.message, sf.path, p.line, p.col));
      bad = true;
      out.push({ path, text: sf.text });
      continue;
    }
    const dir = dirname(sf.path);
    const listed = read.file.design.map((d) => normalize(join(dir, d)));
    const exported = listed.length
      ? resources.filter((r) => listed.includes(normalize(r.file))).map((r) => r.path)
      : [];
    out.push({
      path,
      text: formatScenarioFile({
        design: [...new Set(exported)].sort(),
        scenarios: read.file.scenarios,
      }),
    });
  }
  return bad && !force ? null : out;
}
