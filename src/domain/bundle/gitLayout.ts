import { parseDocument } from 'yaml';
import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isJsonObject } from '../manifest/jsonValue';

const FOLDER: Record<string, string> = {
  EventBus: 'eventbus',
  EventSource: 'event-sources',
  Sensor: 'sensors',
};

/** One resource file of the Git layout, with the document it comes from. */
export interface LayoutResource {
  path: string;
  text: string;
  /** The design file and the index of the document in it. */
  file: string;
  documentIndex: number;
  kind: string | null;
  name: string | null;
  /** Offset of the document in its file, for locating it. */
  offset: number;
}

/**
 * Where each document of a design goes in the Git layout: one file per resource under `eventbus/`,
 * `event-sources/`, `sensors/` and `other/` (other kinds named `<kind>-<name>.yaml`, so a Service and
 * an Ingress of the same name do not meet), `<namespace>.<name>.yaml` with a namespace, the file's name
 * for a document without one. Each file is
 * its document's text exactly as written, so an unchanged resource gives an unchanged file. Two
 * documents may get the same path; callers decide (the app numbers them, the CLI refuses).
 */
export function layoutResources(files: readonly DesignFile[]): LayoutResource[] {
  const out: LayoutResource[] = [];
  parseDesign(files).forEach((f) => {
    const manifests = listManifests([f]);
    const stem = (f.path.split('/').pop() ?? 'document').replace(/\.(ya?ml|json)$/i, '');
    f.parsed.documents.forEach((doc, di) => {
      const body = f.parsed.text.slice(doc.range[0], doc.range[1]).replace(/^---[^\n]*\n/, '');
      if (body.trim() === '' || /^(\s*#.*\n?|\s*\n)*$/.test(body)) return;
      const m = manifests.find((x) => x.documentIndex === di);
      const folder = (m && FOLDER[m.kind]) ?? 'other';
      const kindPart = !m && doc.kind ? `${doc.kind.toLowerCase()}-` : '';
      const base =
        `${doc.namespace ? `${doc.namespace}.` : ''}${kindPart}${doc.name ?? `${stem}${di ? `-${di + 1}` : ''}`}`.replace(
          /[^\w.-]+/g,
          '-',
        );
      out.push({
        path: `${folder}/${base}.yaml`,
        text: body.endsWith('\n') ? body : `${body}\n`,
        file: f.path,
        documentIndex: di,
        kind: doc.kind,
        name: doc.name,
        offset: doc.range[0],
      });
    });
  });
  return out;
}

/** The `kustomization.yaml` listing the resource files, in path order. */
export function kustomizationFor(paths: readonly string[]): DesignFile {
  const resources = [...paths]
    .sort((a, b) => a.localeCompare(b))
    .map((p) => `  - ${p}`)
    .join('\n');
  return {
    path: 'kustomization.yaml',
    text: `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${resources}\n`,
  };
}

/**
 * The design laid out for Git (see `layoutResources`), a `kustomization.yaml` listing the files,
 * and the scenarios file. Two resources that would share a path are numbered (`-2`).
 */
export function gitLayout(files: readonly DesignFile[], scenariosYaml?: string): DesignFile[] {
  const taken = new Set<string>();
  const out: DesignFile[] = layoutResources(files).map((r) => {
    const base = r.path.replace(/\.yaml$/, '');
    let path = r.path;
    for (let n = 2; taken.has(path); n++) path = `${base}-${n}.yaml`;
    taken.add(path);
    return { path, text: r.text };
  });
  out.sort((a, b) => a.path.localeCompare(b.path));
  out.push(kustomizationFor(out.map((f) => f.path)));
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
      const value: unknown = parseDocument(kustomization.text).toJS();
      listed = isJsonObject(value) ? value.resources : undefined;
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
