import fengari from 'fengari/src/fengari.js';

/**
 * Loads fengari's main module before anything imports one of its internal modules: fengari's
 * CommonJS modules require each other in a cycle that only resolves when entered from the main
 * module (bundlers may otherwise start the cycle at lobject.js and find its exports half-built).
 */
export const FENGARI_VERSION: string = fengari.FENGARI_VERSION;
