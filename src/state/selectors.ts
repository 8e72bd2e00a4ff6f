import type { DesignFile } from '../domain/design/design';
import type { DesignGraph } from '../domain/graph/designGraph';
import type { Diagnostic, SourceRange } from '../domain/validation/diagnostic';
import type { SimManifest } from '../engine/simulate/simDesign';
import type { SimManifestsInput } from '../worker/manifestsText';
import type { DesignerState } from './createDesignerStore';

// The store keeps the analyses (see createDesignerStore); selectors only pick what each view needs.

/** The canvas shows the last design whose YAML parses, so a typo does not wipe it. */
export const selectGraph = (s: DesignerState): DesignGraph => s.goodAnalysis.graph;
export const selectDiagnostics = (s: DesignerState): Diagnostic[] => s.analysis.diagnostics;
export const selectActiveFile = (s: DesignerState): DesignFile | undefined =>
  s.files.find((f) => f.path === s.activeFile) ?? s.files[0];

/** Where each node's YAML is (in the last design that parses). */
export const selectNodeRanges = (
  s: DesignerState,
): Map<string, { file: string; range: SourceRange }> => s.goodAnalysis.ranges;

/** The manifests the simulator runs (of the last design that parses). */
export const selectSimManifests = (s: DesignerState): SimManifest[] => s.goodAnalysis.manifests;

/**
 * The same, as the simulation worker takes them: the JSON text the analysis worker wrote, when it
 * did, so the page neither reads a big design's manifests nor copies them into a message as data.
 */
export const selectSimManifestsInput = (s: DesignerState): SimManifestsInput =>
  s.goodAnalysis.manifestsText ?? s.goodAnalysis.manifests;
