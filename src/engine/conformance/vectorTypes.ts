import type { EventContext } from '../event';

/** The vectors file format "argo-events-semantics-vectors/1" (see fixtures/vectors/FORMAT.md). */
export interface VectorFile {
  format: string;
  set?: string;
  count?: number;
  vectors: Vector[];
}

export interface VectorEvent {
  context: EventContext;
  data?: unknown;
  dataRaw?: string;
}

export type Vector =
  | {
      name: string;
      kind:
        'dataFilter' | 'exprFilter' | 'contextFilter' | 'timeFilter' | 'scriptFilter' | 'filters';
      input: { event: VectorEvent };
      spec: { filters: unknown; filtersLogicalOperator?: string };
      expected: { pass: boolean; error: boolean };
    }
  | {
      name: string;
      kind: 'conditions';
      input: {
        dependencies: {
          name: string;
          eventSourceName: string;
          eventName: string;
          filters?: unknown;
          filtersLogicalOperator?: string;
        }[];
        events: (
          | {
              id: string;
              eventSourceName: string;
              eventName: string;
              data?: unknown;
              dataRaw?: string;
              time?: string;
            }
          | { reset: true }
        )[];
      };
      spec: { conditions?: string };
      expected: {
        dependencyExpression?: string;
        setupError?: boolean;
        firings: Record<string, string>[];
      };
    }
  | {
      name: string;
      kind: 'parameter';
      input: { events: Record<string, VectorEvent> };
      spec: { parameters?: unknown[]; resource?: unknown; payload?: unknown[]; src?: unknown };
      expected: Record<string, unknown>;
    };

export interface VectorOutcome {
  name: string;
  pass: boolean;
  expected: unknown;
  actual: unknown;
}
