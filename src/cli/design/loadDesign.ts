import { fileShape } from '../../domain/design/documentShape';
import {
  listManifests,
  parseDesign,
  type ManifestEntry,
  type ParsedDesignFile,
} from '../../domain/design/design';
import type { SimManifest } from '../../engine/simulate/simDesign';
import type { InputFile } from '../input/inputs';
import { finding, type Finding } from '../report/finding';

export const isScenarioText = (text: string) => /^kind:\s*Scenarios\s*$/m.test(text);
const isKustomizationPath = (path: string) => /(^|[\\/])kustomization\.ya?ml$/.test(path);

/** A design as the commands use it: parsed manifest files, scenarios files set apart. */
export interface LoadedDesign {
  files: ParsedDesignFile[];
  scenarios: InputFile[];
  /** Files a folder walk found that are not Kubernetes manifests (GitHub workflows, Helm values). */
  skipped: Finding[];
  entries: ManifestEntry[];
  manifests: SimManifest[];
}

/**
 * Parses the manifest files of the inputs. A file found by walking a folder whose documents all
 * lack `apiVersion` or `kind` (a GitHub workflow, Helm `values.yaml`, `package.json`) is not a
 * manifest: it is skipped with one info line. Files named on the command line are always checked.
 */
export function loadDesign(inputs: readonly InputFile[]): LoadedDesign {
  const scenarios = inputs.filter((f) => isScenarioText(f.text));
  const candidates = inputs.filter((f) => !isScenarioText(f.text) && !isKustomizationPath(f.path));
  const parsed = parseDesign(candidates);
  const files: ParsedDesignFile[] = [];
  const skipped: Finding[] = [];
  parsed.forEach((f, i) => {
    if (!candidates[i]!.explicit && fileShape(f.parsed) === 'not-kubernetes') {
      skipped.push(
        finding(
          'info',
          'input.not-kubernetes',
          'not a Kubernetes manifest (no document has apiVersion and kind), so it is not part of the design',
          f.path,
        ),
      );
    } else files.push(f);
  });
  const entries = listManifests(files);
  return {
    files,
    scenarios,
    skipped,
    entries,
    manifests: entries.map((m) => ({ kind: m.kind, value: m.value })),
  };
}

/** YAML problems of the files (syntax, limits), as findings: a design with any cannot be simulated. */
export function yamlFindings(files: readonly ParsedDesignFile[]): Finding[] {
  return files.flatMap((f) =>
    [...f.parsed.problems, ...f.parsed.documents.flatMap((d) => d.problems)].map((p) =>
      finding('error', p.code, p.message, f.path, p.line, p.col),
    ),
  );
}
