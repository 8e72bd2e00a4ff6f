import { adaptWorker, type WorkerPort } from './workerPort';
import type { DesignFile } from '../domain/design/design';
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
      const parts: Partial<Pick<DesignAnalysis, 'graph' | 'diagnostics'>> = {};
      const receive = (m: AnalysisMessage) => {
        if (m.id !== id || !settle) return;
        if (m.type === 'progress') return onProgress(m.done, m.total);
        if (m.type === 'graph') return void (parts.graph = m.graph);
        if (m.type === 'diagnostics') return void (parts.diagnostics = m.diagnostics);
        const done = settle;
        settle = null;
        worker?.terminate();
        if (m.type === 'error') done.reject(new Error(m.message));
        else if (!parts.graph || !parts.diagnostics)
          done.reject(new Error('the design could not be read (the analysis arrived incomplete)'));
        else done.resolve({ graph: parts.graph, diagnostics: parts.diagnostics, ...m.rest });
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
