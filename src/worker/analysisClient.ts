import { adaptWorker, type WorkerPort } from './workerPort';
import type { DesignFile } from '../domain/design/design';
import type { SimManifest } from '../engine/simulate/simDesign';
import { readManifests } from './manifestsText';
import {
  handleAnalysis,
  type AnalysisMessage,
  type AnalysisRequest,
  type DesignAnalysis,
} from './designAnalysis';

export type AnalysisWorkerLike = WorkerPort<AnalysisRequest, AnalysisMessage>;

/** One analysis under way: its result, and a way to stop it (the worker is then ended). */
export interface AnalysisRun {
  result: Promise<DesignAnalysis>;
  cancel: () => void;
}

export class AnalysisCancelled extends Error {}

function defaultWorker(): AnalysisWorkerLike | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), {
      type: 'module',
    });
    return adaptWorker<AnalysisRequest, AnalysisMessage>(worker);
  } catch {
    return null;
  }
}

/**
 * Analyses big designs in a Web Worker, so opening a 10 MB file never blocks the page; progress
 * arrives per file, and cancelling ends the worker at once (a fresh one serves the next request).
 * Without Worker support the same handler runs on the page.
 */
export function createAnalysisClient(
  createWorker: () => AnalysisWorkerLike | null = defaultWorker,
) {
  let seq = 0;
  return {
    analyze(
      files: DesignFile[],
      onProgress: (done: number, total: number) => void = () => undefined,
    ): AnalysisRun {
      const id = ++seq;
      const worker = createWorker();
      let settle: { resolve: (a: DesignAnalysis) => void; reject: (e: Error) => void } | null =
        null;
      const result = new Promise<DesignAnalysis>(
        (resolve, reject) => (settle = { resolve, reject }),
      );
      // The lists come in slices (see handleAnalysis), each added as it comes.
      const nodes: DesignAnalysis['graph']['nodes'] = [];
      const edges: DesignAnalysis['graph']['edges'] = [];
      const diagnostics: DesignAnalysis['diagnostics'] = [];
      const ranges: DesignAnalysis['ranges'] = new Map();
      const receive = (m: AnalysisMessage) => {
        if (m.id !== id || !settle) return;
        if (m.type === 'progress') return onProgress(m.done, m.total);
        if (m.type === 'nodes') return void append(nodes, m.items);
        if (m.type === 'edges') return void append(edges, m.items);
        if (m.type === 'diagnostics') return void append(diagnostics, m.items);
        if (m.type === 'ranges') return void m.items.forEach(([k, v]) => ranges.set(k, v));
        const done = settle;
        settle = null;
        worker?.terminate();
        if (m.type === 'error') return done.reject(new Error(m.message));
        const { files: paths, counts, manifests, manifestsText, parses } = m.rest;
        const got = [nodes.length, edges.length, diagnostics.length, ranges.size];
        if (got.some((n, i) => n !== counts[i]))
          return done.reject(
            new Error('the design could not be read (the analysis arrived incomplete)'),
          );
        const analysis: DesignAnalysis = {
          graph: { nodes, edges, ...(paths ? { files: paths } : {}) },
          diagnostics,
          ranges,
          manifests: manifests ?? [],
          parses,
        };
        if (manifestsText !== undefined) readOnFirstUse(analysis, manifestsText);
        // In a task of its own: what the new analysis sets off (the store, the first render) does
        // not run in the task that received the message.
        setTimeout(() => done.resolve(analysis), 0);
      };
      if (worker) {
        worker.onmessage = (e) => receive(e.data);
        worker.onerror = () =>
          receive({ id, type: 'error', message: 'the design could not be read (worker error)' });
        worker.postMessage({ id, files });
      } else queueMicrotask(() => handleAnalysis({ id, files }, receive));
      return {
        result,
        cancel: () => {
          if (!settle) return;
          const done = settle;
          settle = null;
          worker?.terminate();
          done.reject(new AnalysisCancelled('reading the design was stopped'));
        },
      };
    },
  };
}

export type AnalysisClient = ReturnType<typeof createAnalysisClient>;

/**
 * Parses the manifests when something first reads them (the simulator, a lesson check), not as
 * the design opens: most opens never need them, and a 10 MiB design's take a long task to read.
 */
function readOnFirstUse(analysis: DesignAnalysis, text: string): void {
  let manifests: SimManifest[] | null = null;
  analysis.manifestsText = text;
  Object.defineProperty(analysis, 'manifests', {
    enumerable: true,
    get: (): SimManifest[] => (manifests ??= readManifests(text)),
  });
}

function append<T>(to: T[], items: readonly T[]): void {
  for (const item of items) to.push(item);
}
