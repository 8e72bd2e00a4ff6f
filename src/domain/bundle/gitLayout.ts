import { parseDocument } from 'yaml';
import { listManifests, parseDesign, type DesignFile } from '../design/design';

const FOLDER: Record<string, string> = {
  EventBus: 'eventbus',
  EventSource: 'event-sources',
  Sensor: 'sensors',
};

/**
 * The design laid out for Git: one file per resource under `eventbus/`, `event-sources/`, `sensors/`
 * (anything else under `other/`), a `kustomization.yaml` listing them, and the scenarios file. Each
 * resource file is its document's text exactly as written, so an unchanged resource gives an
 * unchanged file and Git diffs stay minimal. Names are `<name>.yaml` (`<namespace>.<name>.yaml` with a
 * namespace), so they are stable across exports.
 */
export function gitLayout(files: readonly DesignFile[], scenariosYaml?: string): DesignFile[] {
  const parsed = parseDesign(files);
  const out: DesignFile[] = [];
  const taken = new Set<string>();
  parsed.forEach((f) => {
    f.parsed.documents.forEach((doc, di) => {
      const body = f.parsed.text.slice(doc.range[0], doc.range[1]).replace(/^---[^\n]*\n/, '');
      if (body.trim() === '' || /^(\s*#.*\n?|\s*\n)*$/.test(body)) return;
      const m = listManifests([f]).find((x) => x.documentIndex === di);
      const folder = (m && FOLDER[m.kind]) ?? 'other';
      const base =
        `${doc.namespace ? `${doc.namespace}.` : ''}${doc.name ?? `document-${di + 1}`}`.replace(
          /[^\w.-]+/g,
          '-',
        );
      let path = `${folder}/${base}.yaml`;
      for (let n = 2; taken.has(path); n++) path = `${folder}/${base}-${n}.yaml`;
      taken.add(path);
      out.push({ path, text: body.endsWith('\n') ? body : `${body}\n` });
    });
  });
  out.sort((a, b) => a.path.localeCompare(b.path));
  const resources = out.map((f) => `  - ${f.path}`).join('\n');
  out.push({
    path: 'kustomization.yaml',
    text: `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${resources}\n`,
  });
  if (scenariosYaml) out.push({ path: 'scenarios.yaml', text: scenariosYaml });
  return out;
}

export interface ImportedBundle {
  files: DesignFile[];
  /** Scenarios files found (kind: Scenarios), as text. */
  scenarios: string[];
  problems: string[];
}

/**
 * Reads a set of files as one design: a `kustomization.yaml` decides which files are resources (in
 * its order); scenarios files are set apart; everything else YAML/JSON is a resource file.
 */
export function readBundle(entries: readonly DesignFile[]): ImportedBundle {
  const problems: string[] = [];
  const scenarios: string[] = [];
  const isScenarios = (t: string) => /^kind:\s*Scenarios\s*$/m.test(t);
  const kustomization = entries.find((e) => /(^|\/)kustomization\.ya?ml$/.test(e.path));
  let resources = entries.filter((e) => e !== kustomization && /\.(ya?ml|json)$/i.test(e.path));
  for (const e of resources) if (isScenarios(e.text)) scenarios.push(e.text);
  resources = resources.filter((e) => !isScenarios(e.text));
  if (kustomization) {
    const dir = kustomization.path.includes('/')
      ? kustomization.path.slice(0, kustomization.path.lastIndexOf('/') + 1)
      : '';
    let listed: unknown;
    try {
      listed = (parseDocument(kustomization.text).toJS() as { resources?: unknown } | null)
        ?.resources;
    } catch {
      listed = undefined;
    }
    if (Array.isArray(listed)) {
      const ordered: DesignFile[] = [];
      for (const r of listed) {
        const want = normalize(dir + String(r));
        const hit = resources.find((e) => normalize(e.path) === want);
        if (hit) ordered.push(hit);
        else problems.push(`${kustomization.path}: resource ${String(r)} is not among the files`);
      }
      resources = ordered;
    } else problems.push(`${kustomization.path}: no resources list; every YAML file was read`);
  }
  return { files: resources.map((e) => ({ path: e.path, text: e.text })), scenarios, problems };
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return parts.join('/');
}
