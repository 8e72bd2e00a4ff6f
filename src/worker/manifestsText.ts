import type { SimManifest } from '../engine/simulate/simDesign';

/**
 * A design's manifests as the simulation worker takes them: the list, or the JSON text of it that
 * the analysis worker wrote. Text goes to the worker as one copy and is read there, so a 10 MiB
 * design's manifests are neither parsed on the page nor cloned into a message as data.
 */
export type SimManifestsInput = SimManifest[] | string;

/** The manifests written as text, checked for their shape as they are read back. */
function manifestList(v: unknown): SimManifest[] {
  if (!Array.isArray(v)) return [];
  return v.filter(
    (m: unknown): m is SimManifest =>
      typeof m === 'object' &&
      m !== null &&
      'kind' in m &&
      typeof m.kind === 'string' &&
      'value' in m &&
      typeof m.value === 'object' &&
      m.value !== null,
  );
}

export function readManifests(input: SimManifestsInput): SimManifest[] {
  if (typeof input !== 'string') return input;
  const parsed: unknown = JSON.parse(input);
  return manifestList(parsed);
}
