import { createDesignerStore, type DesignerStore } from '../createDesignerStore';
import type { SavedDesign } from '../designLibrary';

function storeFor(design: SavedDesign): DesignerStore {
  return createDesignerStore(
    design.files,
    design.positions,
    {
      id: design.id,
      name: design.name,
      revision: design.revision,
      baseline: design.baseline,
      ...(design.lesson ? { lesson: design.lesson } : {}),
    },
    design.scenarios ?? [],
    false,
    design.savedEvents ?? [],
  );
}

/** A store for the design, which becomes the open one (address and last-opened). */
export function remember(design: SavedDesign): DesignerStore {
  // The address names the open design, so a reload reopens it and `?new` does not create another.
  history.replaceState(null, '', `?design=${encodeURIComponent(design.id)}`);
  localStorage.setItem('eventflow:last-design', design.id);
  return storeFor(design);
}
