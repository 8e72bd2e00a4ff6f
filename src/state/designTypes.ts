import type { DesignFile } from '../domain/design/design';
import type { Scenario } from '../domain/scenario/scenario';

export interface XY {
  x: number;
  y: number;
}

/** A named test payload kept with the design, for the simulator to send again. */
export interface SavedEvent {
  name: string;
  /** `SOURCE/EVENT`. */
  event: string;
  body: string;
  headers: string;
  method?: string;
}

/**
 * What undo and redo restore: everything the user made of the design (its text, where its nodes
 * were put, the scenarios and saved events kept with it).
 */
export interface DesignDocument {
  files: DesignFile[];
  positions: Record<string, XY>;
  scenarios: Scenario[];
  savedEvents: SavedEvent[];
}

/** Which saved design this is (null for a design not kept in the browser, e.g. a shared link). */
export interface DesignMeta {
  id: string;
  name: string;
  /** Revision of the saved record this content is based on. */
  revision: number;
  /** Text as last exported or opened from a file: closing with other text warns. */
  baseline: string;
  /** The lesson file this design is graded against (workshop mode). */
  lesson?: string;
}

/** A request to show a place in the YAML panel (from the problems list or the canvas). */
export interface RevealRequest {
  file: string;
  line: number;
  col: number;
  /** Increments so the same location can be revealed twice. */
  seq: number;
}

/** The selected nodes: one source for the canvas, the inspector, commands and the keyboard. */
export interface Selection {
  ids: readonly string[];
  /** The node the inspector shows (the last one picked); null when nothing is selected. */
  primary: string | null;
}
