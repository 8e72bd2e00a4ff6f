import type { DesignFile, ParsedDesignFile } from '../domain/design/design';
import { parseDesignCached } from './parseCache';
import type { DesignGraph } from '../domain/graph/designGraph';
import { manifestsToGraph } from '../domain/graph/manifestsToGraph';
import { nodeRanges } from '../domain/graph/nodeRanges';
import type { SourceRange } from '../domain/validation/diagnostic';
import type { Diagnostic } from '../domain/validation/diagnostic';
import { validateDesign } from '../domain/validation/validate';
import { compareDiagnostics } from '../domain/validation/diagnostic';
import { dataKeyAdvice } from '../engine/advice/dataKeyAdvice';
import type { DesignerState } from './createDesignerStore';
import type { SimManifest } from '../engine/simulate/simDesign';
import { listManifests } from '../domain/design/design';

interface Derived {
  parsed: ParsedDesignFile[];
  graph: DesignGraph;
  diagnostics: Diagnostic[];
  ranges?: Map<string, { file: string; range: SourceRange }>;
  manifests?: SimManifest[];
}

// Keyed by the files array itself: every edit makes a new array, so stale entries are collected.
const cache = new WeakMap<DesignFile[], Derived>();

function derive(files: DesignFile[]): Derived {
  let d = cache.get(files);
  if (!d) {
    const parsed = parseDesignCached(files);
    d = {
      parsed,
      graph: manifestsToGraph(parsed),
      diagnostics: [...validateDesign(parsed), ...dataKeyAdvice(parsed)].sort(compareDiagnostics),
    };
    cache.set(files, d);
  }
  return d;
}

export const selectFiles = (s: DesignerState): DesignFile[] => s.files;
/** The canvas shows the last design whose YAML parses, so a typo does not wipe it. */
export const selectGraph = (s: DesignerState): DesignGraph => derive(s.lastGood).graph;
export const selectDiagnostics = (s: DesignerState): Diagnostic[] => derive(s.files).diagnostics;
export const selectActiveFile = (s: DesignerState): DesignFile | undefined =>
  s.files.find((f) => f.path === s.activeFile) ?? s.files[0];

/** Where each node's YAML is (in the last design that parses). */
export const selectNodeRanges = (
  s: DesignerState,
): Map<string, { file: string; range: SourceRange }> => {
  const d = derive(s.lastGood);
  d.ranges ??= nodeRanges(d.parsed, d.graph);
  return d.ranges;
};

/** The graph the canvas shows, for commands that run outside React. */
export const derivedGraph = selectGraph;

/** The manifests the simulator runs (of the last design that parses). */
export const selectSimManifests = (s: DesignerState): SimManifest[] => {
  const d = derive(s.lastGood);
  d.manifests ??= listManifests(d.parsed).map((m) => ({ kind: m.kind, value: m.value }));
  return d.manifests;
};
