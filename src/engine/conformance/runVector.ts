import { toSensorEvent, type SensorEvent } from '../event';
import { filterEvent } from '../filters/filterEvent';
import { compileDependencyExpression } from '../conditions/dependencyExpression';
import {
  emptyTriggerState,
  processTriggerEvent,
  resetTriggerState,
} from '../conditions/triggerState';
import { applyParameters, constructPayload, resolveParameter } from '../params/parameters';
import { deepEqual } from '../../lib/deepEqual';
import type { Vector, VectorEvent, VectorOutcome } from './vectorTypes';
import { parseJson } from '../../lib/jsonValue';

/**
 * The vectors are JSON read by Go's encoding/json, which turns a lone surrogate into U+FFFD:
 * those are the bytes the sensor saw, so `dataRaw` text gets the same replacement.
 */
function wellFormed(s: string): string {
  return s.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
}

function event(e: VectorEvent): SensorEvent {
  return toSensorEvent(e.dataRaw === undefined ? e : { ...e, dataRaw: wellFormed(e.dataRaw) });
}

/** Runs one semantics vector through the engine and compares with the expected result. */
export function runVector(v: Vector): VectorOutcome {
  const actual = actualOf(v);
  return {
    name: v.name,
    pass: deepEqual(normalise(actual), normalise(v.expected)),
    expected: v.expected,
    actual,
  };
}

function normalise(x: unknown): unknown {
  return parseJson(JSON.stringify(x ?? null));
}

function actualOf(v: Vector): unknown {
  switch (v.kind) {
    case 'conditions':
      return runConditions(v);
    case 'parameter':
      return runParameter(v);
    default: {
      const r = filterEvent(v.spec.filters, v.spec.filtersLogicalOperator, event(v.input.event));
      return { pass: r.pass, error: r.error !== undefined };
    }
  }
}

function runConditions(v: Extract<Vector, { kind: 'conditions' }>): unknown {
  const deps = v.input.dependencies;
  const compiled = compileDependencyExpression(
    v.spec.conditions,
    deps.map((d) => d.name),
  );
  if (!compiled.ok) return { setupError: true, firings: [] };
  let state = emptyTriggerState();
  const firings: Record<string, string>[] = [];
  let clock = 0;
  for (const e of v.input.events) {
    if ('reset' in e) {
      state = resetTriggerState(state);
      continue;
    }
    const ev = toSensorEvent({
      context: {
        id: e.id,
        source: e.eventSourceName,
        subject: e.eventName,
        type: 'webhook',
        specversion: '1.0',
        time: e.time ?? '2024-07-15T10:00:00Z',
        datacontenttype: 'application/json',
      },
      ...(e.dataRaw !== undefined
        ? { dataRaw: wellFormed(e.dataRaw) }
        : e.data !== undefined
          ? { data: e.data }
          : {}),
    });
    const r = processTriggerEvent(compiled, deps, state, ev, clock++, (name, x) => {
      // listenEvents keys dependencies by name: a later one with the same name wins.
      const d = deps.filter((dep) => dep.name === name).pop();
      return filterEvent(d?.filters, d?.filtersLogicalOperator, x).pass ? x : null;
    });
    state = r.state;
    for (const s of r.steps)
      if (s.type === 'fired')
        firings.push(
          Object.fromEntries(Object.entries(s.events).map(([k, x]) => [k, x.context.id])),
        );
  }
  return { dependencyExpression: compiled.text, firings };
}

function runParameter(v: Extract<Vector, { kind: 'parameter' }>): unknown {
  // Keyed by dependency name: null-prototype, so `toString` is found only when the vector has it.
  const events = Object.create(null) as Record<string, SensorEvent>;
  for (const [k, e] of Object.entries(v.input.events)) events[k] = event(e);
  if (v.spec.src !== undefined) {
    const r = resolveParameter(v.spec.src, events, 0);
    if (!r.ok) return { error: true };
    return { value: r.value, type: r.type };
  }
  if (v.spec.payload !== undefined) {
    const r = constructPayload(v.spec.payload, events, 0);
    if (r.kind === 'panic') return { panic: true };
    if (r.kind === 'error') return { error: true };
    return { payloadRaw: r.payload };
  }
  const r = applyParameters(v.spec.resource, v.spec.parameters ?? [], events, 0);
  if (!r.ok) return { error: true };
  return { result: r.value };
}
