import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, isAbsolute } from 'node:path';
import { MAX_FILE_BYTES } from '../domain/yaml/yamlLimits';
import type { DesignFile } from '../domain/design/design';

const YAML_EXTENSIONS = new Set(['.yaml', '.yml']);

/** A file that could not be read as text, reported as `path:1:1 error code message`. */
export interface InputProblem {
  path: string;
  code: string;
  message: string;
}

export interface Inputs {
  files: DesignFile[];
  problems: InputProblem[];
}

/**
 * Expands FILE|DIR arguments (directories recursively, `.yaml`/`.yml` only, sorted) and reads each file
 * as UTF-8. Oversized, binary or non-UTF-8 files become problems instead of being parsed.
 */
export function readInputs(args: readonly string[], cwd: string): Inputs {
  const files: DesignFile[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    const abs = isAbsolute(arg) ? arg : join(cwd, arg);
    let isDir: boolean;
    try {
      isDir = statSync(abs).isDirectory();
    } catch {
      problems.push({ path: arg, code: 'input.not-found', message: 'no such file or directory' });
      continue;
    }
    const paths = isDir ? listYaml(abs).map((p) => join(arg, relative(abs, p))) : [arg];
    if (isDir && paths.length === 0)
      problems.push({
        path: arg,
        code: 'input.empty-directory',
        message: 'no .yaml or .yml files in this directory',
      });
    for (const p of paths) readOne(p, isAbsolute(p) ? p : join(cwd, p), files, problems);
  }
  return { files, problems };
}

function listYaml(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : 1,
  )) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(p));
    else if (YAML_EXTENSIONS.has(extname(entry.name).toLowerCase())) out.push(p);
  }
  return out;
}

function readOne(path: string, abs: string, files: DesignFile[], problems: InputProblem[]): void {
  try {
    const size = statSync(abs).size;
    if (size > MAX_FILE_BYTES) {
      problems.push({
        path,
        code: 'input.too-large',
        message: `file is ${mb(size)}; the limit is ${mb(MAX_FILE_BYTES)}`,
      });
      return;
    }
    const bytes = readFileSync(abs);
    if (bytes.includes(0)) {
      problems.push({
        path,
        code: 'input.binary',
        message: 'file holds binary data (NUL bytes), not YAML text',
      });
      return;
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    files.push({ path, text: text.startsWith('\uFEFF') ? text.slice(1) : text });
  } catch (e) {
    const code = e instanceof TypeError ? 'input.not-utf8' : 'input.unreadable';
    const message =
      e instanceof TypeError
        ? 'file is not UTF-8 text'
        : `cannot read file: ${(e as Error).message}`;
    problems.push({ path, code, message });
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
