import { parseDocument } from 'yaml';
import { listManifests, parseDesign, type DesignFile } from '../design/design';
import { isJsonObject } from '../manifest/jsonValue';

/** The export's folder for each Argo Events kind (other kinds go to `other/`). */
export const LAYOUT_FOLDER: Readonly<Record<string, string>> = {
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
      const folder = (m && LAYOUT_FOLDER[m.kind]) ?? 'other';
      const kindPart = !m && doc.kind ? `${doc.kind.toLowerCase()}-` : '';
      const base = layoutBaseName(
        doc.namespace,
        `${kindPart}${doc.name ?? `${stem}${di ? `-${di + 1}` : ''}`}`,
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

/** A resource's file name in the layout, without `.yaml`: `<namespace>.<name>`, or `<name>`. */
export function layoutBaseName(namespace: string | null, name: string): string {
  return `${namespace ? `${namespace}.` : ''}${name}`.replace(/[^\w.-]+/g, '-');
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
 * Reads a set of files as one design. Folder paths are kept as given, so `sensors/aws-sns.yaml` and
 * `event-sources/aws-sns.yaml` stay two files; two files with the very same path (two zips, a zip
 * beside its unpacked folder) are both kept, the second under a numbered name, and the problems
 * say so. A `kustomization.yaml` (the top-most one) decides which files are resources, in its
 * order, following `resources` entries that name a folder with a kustomization of its own;
 * scenarios files are set apart; everything else YAML/JSON is a resource file.
 */
export function readBundle(input: readonly DesignFile[]): ImportedBundle {
  const problems: string[] = [];
  const scenarios: string[] = [];
  const entries = distinctPaths(input, problems);
  const isScenarios = (t: string) => /^kind:\s*Scenarios\s*$/m.test(t);
  const isKustomization = (p: string) => /(^|\/)kustomization\.ya?ml$/.test(p);
  const depth = (p: string) => p.split('/').length;
  const kustomizations = entries
    .filter((e) => isKustomization(e.path))
    .sort((a, b) => depth(a.path) - depth(b.path));
  let resources = entries.filter(
    (e) => !isKustomization(e.path) && /\.(ya?ml|json)$/i.test(e.path),
  );
  for (const e of resources) if (isScenarios(e.text)) scenarios.push(e.text);
  resources = resources.filter((e) => !isScenarios(e.text));
  const top = kustomizations[0];
  if (top) {
    const byPath = new Map(resources.map((e) => [normalize(e.path), e]));
    const kByDir = new Map(kustomizations.map((k) => [normalize(dirOf(k.path)), k]));
    const ordered: DesignFile[] = [];
    const seen = new Set<DesignFile>();
    const visit = (k: DesignFile, trail: ReadonlySet<string>) => {
      let listed: unknown;
      try {
        const value: unknown = parseDocument(k.text).toJS();
        listed = isJsonObject(value) ? value.resources : undefined;
      } catch {
        listed = undefined;
      }
      if (!Array.isArray(listed)) {
        problems.push(`${k.path}: no resources list; every YAML file was read`);
        return false;
      }
      for (const r of listed) {
        const want = normalize(dirOf(k.path) + String(r));
        const hit = byPath.get(want);
        const nested = kByDir.get(want);
        if (hit) {
          if (!seen.has(hit)) ordered.push(hit);
          seen.add(hit);
        } else if (nested && !trail.has(nested.path))
          visit(nested, new Set([...trail, nested.path]));
        else problems.push(`${k.path}: resource ${String(r)} is not among the files`);
      }
      return true;
    };
    if (visit(top, new Set([top.path]))) resources = ordered;
  }
  return { files: resources.map((e) => ({ path: e.path, text: e.text })), scenarios, problems };
}

/**
 * The files with every path made distinct: a path seen before gets `-2`, `-3`… (never a path in
 * use), and the problems say which file was renamed, so nothing is merged or overwritten silently.
 */
function distinctPaths(files: readonly DesignFile[], problems: string[]): DesignFile[] {
  const all = new Set(files.map((f) => f.path));
  const taken = new Set<string>();
  return files.map((f) => {
    if (!taken.has(f.path)) {
      taken.add(f.path);
      return f;
    }
    let path = f.path;
    for (let n = 2; taken.has(path) || all.has(path); n++)
      path = f.path.replace(/(\.[^./]+)?$/, `-${n}$1`);
    taken.add(path);
    problems.push(`${f.path}: two files have this path; the second one opened as ${path}`);
    return { ...f, path };
  });
}

function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
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
