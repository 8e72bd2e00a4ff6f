import { statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../../domain/yaml/yamlLimits';
import type { DesignFile } from '../../domain/design/design';
import { finding, type Finding } from '../report/finding';
import { decodeText, readFileBounded, refuseNonRegular, type ReadResult } from './readBounded';
import { kustomizationIn, readKustomization } from './kustomization';
import { Walker } from './walk';

/** Name standard input goes by in messages. */
export const STDIN_NAME = '<stdin>';

export interface InputFile extends DesignFile {
  /** Named on the command line (or standard input), not found by walking a folder. */
  explicit: boolean;
}

export interface Inputs {
  files: InputFile[];
  /** Paths that could not be read as text: the command exits 2. */
  problems: Finding[];
  /** What the walk decided not to read, and kustomization remarks (info and warning findings). */
  notes: Finding[];
}

export interface InputContext {
  cwd: string;
  /** Reads standard input (bounded); absent when the command has none to give. */
  stdin?: (limit: number) => Promise<ReadResult>;
  /** gitignore-style patterns, relative to each folder argument. */
  exclude?: readonly string[];
  /** Per-file byte limit (default: the YAML file limit shared with the app). */
  limit?: number;
}

const isScenarioText = (text: string) => /^kind:\s*Scenarios\s*$/m.test(text);

/**
 * Expands FILE|DIR|- arguments into files read as UTF-8 text. Folders are walked as people have them:
 * hidden entries, `node_modules` and lock files are passed by, `--exclude` and `.eventflowignore`
 * apply, and a `kustomization.yaml` decides which manifests belong (scenarios files always come
 * along). Every read is bounded and refuses devices, FIFOs and sockets.
 */
export async function readInputs(args: readonly string[], ctx: InputContext): Promise<Inputs> {
  const out: Inputs = { files: [], problems: [], notes: [] };
  const limit = ctx.limit ?? MAX_FILE_BYTES;
  const seen = new Set<string>();
  const read = (shown: string, abs: string, explicit: boolean, onlyScenarios = false) => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const r = readFileBounded(abs, limit);
    const text = r.ok ? decodeText(r.bytes) : r;
    if (!text.ok) {
      out.problems.push(finding('error', text.problem.code, text.problem.message, shown));
      return;
    }
    if (onlyScenarios && !isScenarioText(text.text)) return;
    out.files.push({ path: shown, text: text.text, explicit });
  };
  for (const arg of args) {
    if (arg === '-') {
      if (!ctx.stdin) {
        out.problems.push(finding('error', 'input.unreadable', 'no standard input', STDIN_NAME));
        continue;
      }
      const r = await ctx.stdin(limit);
      const text = r.ok ? decodeText(r.bytes) : r;
      if (text.ok) out.files.push({ path: STDIN_NAME, text: text.text, explicit: true });
      else out.problems.push(finding('error', text.problem.code, text.problem.message, STDIN_NAME));
      continue;
    }
    const abs = isAbsolute(arg) ? arg : join(ctx.cwd, arg);
    let isDir: boolean;
    try {
      const st = statSync(abs);
      isDir = st.isDirectory();
      if (!isDir && !st.isFile()) {
        out.problems.push(finding('error', 'input.not-regular', refuseNonRegular(st).message, arg));
        continue;
      }
    } catch {
      out.problems.push(finding('error', 'input.not-found', 'no such file or directory', arg));
      continue;
    }
    if (!isDir && !/^kustomization\.ya?ml$|^Kustomization$/.test(basename(abs))) {
      read(arg, abs, true);
      continue;
    }
    const root = isDir ? abs : dirname(abs);
    const shownRoot = isDir ? arg : dirname(arg);
    const show = (p: string) => {
      const rel = relative(root, p);
      return rel.startsWith('..') || isAbsolute(rel)
        ? relative(ctx.cwd, p) || p
        : join(shownRoot, rel);
    };
    const walker = new Walker(root, ctx.exclude ?? []);
    const all = walker.walk(root);
    const members = membership(root, walker, out.notes, show);
    const before = out.files.length;
    const problemsBefore = out.problems.length;
    for (const p of members ?? all) read(show(p), p, false);
    if (members) {
      const memberSet = new Set(members.map((p) => resolve(p)));
      const outside = all.filter(
        (p) => !memberSet.has(resolve(p)) && !/(^|[\\/])kustomization\.ya?ml$/.test(p),
      );
      const scenariosBefore = out.files.length;
      for (const p of outside) read(show(p), p, false, true);
      const notRead = outside.length - (out.files.length - scenariosBefore);
      if (notRead > 0) {
        const names = outside
          .filter((p) => !out.files.some((f) => f.path === show(p)))
          .map(show)
          .slice(0, 5);
        out.notes.push(
          finding(
            'info',
            'input.not-in-kustomization',
            `${notRead} YAML/JSON file(s) in this folder are not among the kustomization's resources, so they are not part of the design: ${names.join(', ')}${notRead > names.length ? ', …' : ''}`,
            show(kustomizationIn(root) ?? join(root, 'kustomization.yaml')),
          ),
        );
      }
    }
    for (const p of walker.problems)
      out.problems.push(finding('error', p.code, p.message, show(p.path)));
    if (out.files.length === before && out.problems.length === problemsBefore)
      out.problems.push(
        finding('error', 'input.empty-directory', 'no .yaml, .yml or .json files here', arg),
      );
  }
  return out;
}

/**
 * The files a kustomization makes part of the design, starting at `dir`; null when no kustomization
 * governs `dir` (then every file the walk found belongs). Listed folders follow their own
 * kustomization, or contribute all their files.
 */
function membership(
  dir: string,
  walker: Walker,
  notes: Finding[],
  show: (p: string) => string,
): string[] | null {
  if (!kustomizationIn(dir)) return null;
  const seen = new Set<string>();
  const visit = (d: string): string[] => {
    const real = resolve(d);
    if (seen.has(real)) return [];
    seen.add(real);
    const k = kustomizationIn(d);
    if (!k) {
      const { files, dirs } = walker.list(d);
      return [...files, ...dirs.flatMap(visit)];
    }
    const read = readKustomization(k);
    for (const n of read.notes) notes.push({ ...n, file: show(k) });
    if (!read.resources) {
      const { files, dirs } = walker.list(d);
      return [...files, ...dirs.flatMap(visit)];
    }
    const out: string[] = [];
    for (const r of read.resources) {
      const p = resolve(d, r.path);
      let st;
      try {
        st = statSync(p);
      } catch {
        notes.push(
          finding(
            'warning',
            'input.kustomization-missing',
            `resource ${JSON.stringify(r.path)} is not there (kustomize would fail to build)`,
            show(k),
            r.line,
            r.col,
          ),
        );
        continue;
      }
      if (st.isDirectory()) out.push(...visit(p));
      else out.push(p);
    }
    return out;
  };
  return visit(dir);
}
