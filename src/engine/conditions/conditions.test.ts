import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileDependencyExpression,
  evaluateDependencyExpression,
  missingTerms,
} from './dependencyExpression';
import {
  emptyTriggerState,
  processTriggerEvent,
  resetTriggerState,
  type TriggerState,
} from './triggerState';
import type { SensorEvent } from '../event';

interface ConditionsVector {
  name: string;
  kind: string;
  input: {
    dependencies: { name: string; eventSourceName: string; eventName: string; filters?: unknown }[];
    events: (
      { id: string; eventSourceName: string; eventName: string; data?: unknown } | { reset: true }
    )[];
  };
  spec: { conditions?: string };
  expected: {
    dependencyExpression?: string;
    setupError?: boolean;
    firings: Record<string, string>[];
  };
}

const vectors = (
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../fixtures/vectors/public.json'), 'utf8'),
  ) as { vectors: ConditionsVector[] }
).vectors.filter((v) => v.kind === 'conditions');

const ev = (id: string, source: string, subject: string, data: unknown = {}): SensorEvent => ({
  context: {
    id,
    source,
    subject,
    type: 'webhook',
    specversion: '1.0',
    time: '2024-07-15T10:00:00Z',
    datacontenttype: 'application/json',
  },
  data: JSON.stringify(data),
});

// The vectors with filters use only simple numeric data filters; this stand-in keeps the test about conditions.
function passes(filters: unknown, event: SensorEvent): boolean {
  const f = (
    filters as
      { data?: { path: string; type: string; value: string[]; comparator?: string }[] } | undefined
  )?.data?.[0];
  if (!f) return true;
  const raw = (JSON.parse(event.data ?? '{}') as Record<string, unknown>)[f.path];
  if (f.type === 'bool') return String(raw) === f.value[0];
  const v = Number(raw ?? 0);
  const want = Number(f.value[0]);
  return f.comparator === '>' ? v > want : f.comparator === '<=' ? v <= want : v === want;
}

describe('conditions vectors', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', (_, v) => {
    const compiled = compileDependencyExpression(
      v.spec.conditions,
      v.input.dependencies.map((d) => d.name),
    );
    if (v.expected.setupError) {
      expect(compiled.ok).toBe(false);
      return;
    }
    if (!compiled.ok) throw new Error(compiled.error);
    expect(compiled.text).toBe(v.expected.dependencyExpression);
    let state: TriggerState = emptyTriggerState();
    const firings: Record<string, string>[] = [];
    for (const e of v.input.events) {
      if ('reset' in e) {
        state = resetTriggerState(state);
        continue;
      }
      const r = processTriggerEvent(
        compiled,
        v.input.dependencies,
        state,
        ev(e.id, e.eventSourceName, e.eventName, e.data),
        0,
        (dep, event) =>
          passes(v.input.dependencies.find((d) => d.name === dep)?.filters, event) ? event : null,
      );
      state = r.state;
      for (const s of r.steps)
        if (s.type === 'fired')
          firings.push(
            Object.fromEntries(Object.entries(s.events).map(([k, x]) => [k, x.context.id])),
          );
    }
    expect(firings).toEqual(v.expected.firings);
  });
});

describe('dependency expression', () => {
  it('treats - and _ as one name and lets the later declaration own it', () => {
    const c = compileDependencyExpression('a_b && c', ['a-b', 'c', 'a_b']);
    expect(c.ok && c.text).toBe('a_b&&c');
    const d = compileDependencyExpression('a_b && c', ['a-b', 'c']);
    expect(d.ok && d.text).toBe('a-b&&c');
  });

  it('binds && tighter than ||', () => {
    const c = compileDependencyExpression('a || b && c', ['a', 'b', 'c']);
    if (!c.ok) throw new Error(c.error);
    expect(evaluateDependencyExpression(c, new Set(['a']))).toEqual({ ok: true, value: true });
    expect(evaluateDependencyExpression(c, new Set(['b']))).toEqual({ ok: true, value: false });
    expect(missingTerms(c, new Set(['b']))).toEqual(['a']);
  });

  it('rejects !, word operators and unknown names with a message', () => {
    for (const text of ['!a', 'a or b', 'a && zz', '   ', 'a b']) {
      const c = compileDependencyExpression(text, ['a', 'b']);
      expect(c.ok).toBe(false);
    }
  });

  // pkg/sensors/listener.go getDependencyExpression: the text is run by expr v1.15.5 over the names.
  it.each([
    ['true', ['a'], 'true', []],
    ['"a" && b', ['a', 'b'], 'a&&b', ['a', 'b']],
    ["( 'a' ) || b", ['a', 'b'], '(a)||b', ['a', 'b']],
    ['dép && b', ['dép', 'b'], 'dép&&b', ['dép', 'b']],
    ['a-b && c', ['a-b', 'c'], 'a-b&&c', ['a-b', 'c']],
    [undefined, ['a', 'b', 'a'], 'a&&b&&a', ['a', 'b']],
  ] as const)('%s → %s', (conditions, names, text, subscribed) => {
    const c = compileDependencyExpression(conditions, names);
    expect(c.ok && { text: c.text, subscribed: c.subscribed }).toEqual({ text, subscribed });
  });

  // Builtins win over the environment in expr's checker; govaluate needs a letter first.
  it.each([
    ['len && b', ['len', 'b']],
    ['in && b', ['in', 'b']],
    ['nil || b', ['nil', 'b']],
    ['_a && b', ['_a', 'b']],
    [undefined, ['_a', 'b']],
    [undefined, ['1a', 'b']],
    ['a.b', ['a.b']],
  ] as const)('%s with %j never starts', (conditions, names) => {
    expect(compileDependencyExpression(conditions, names).ok).toBe(false);
  });

  it('a name that is an expr builtin still works without conditions (no expr rewrite)', () => {
    const c = compileDependencyExpression(undefined, ['len', 'b']);
    expect(c.ok && c.text).toBe('len&&b');
  });
});

describe('JetStream trigger state', () => {
  const deps = [
    { name: 'a', eventSourceName: 'es', eventName: 'a' },
    { name: 'b', eventSourceName: 'es', eventName: 'b' },
    { name: 'c', eventSourceName: 'es', eventName: 'c' },
  ];
  const accept = (_: string, e: SensorEvent) => e;

  it('(a && b) || c fires on c with the held a riding along', () => {
    const c = compileDependencyExpression('(a && b) || c', ['a', 'b', 'c']);
    if (!c.ok) throw new Error(c.error);
    let s = processTriggerEvent(c, deps, emptyTriggerState(), ev('1', 'es', 'a'), 0, accept);
    s = processTriggerEvent(c, deps, s.state, ev('2', 'es', 'c'), 1, accept);
    const fired = s.steps.find((x) => x.type === 'fired');
    expect(fired && fired.type === 'fired' && Object.keys(fired.events).sort()).toEqual(['a', 'c']);
    expect(s.state.held).toEqual({});
  });

  // trigger_conn.go: only subscribed subjects reach the trigger, so only they are remembered.
  it('an id seen on a subject the trigger does not subscribe to is not a duplicate later', () => {
    const c = compileDependencyExpression('a', ['a', 'b']);
    if (!c.ok) throw new Error(c.error);
    const s = processTriggerEvent(c, deps, emptyTriggerState(), ev('1', 'es', 'b'), 0, accept);
    expect(s.steps).toEqual([{ type: 'not-subscribed' }]);
    const t = processTriggerEvent(c, deps, s.state, ev('1', 'es', 'a'), 1, accept);
    expect(t.steps[0]?.type).toBe('fired');
  });

  it('a later dependency with the same name replaces the earlier one (depMapping)', () => {
    const twice = [
      { name: 'a', eventSourceName: 'es', eventName: 'old' },
      { name: 'a', eventSourceName: 'es', eventName: 'new' },
    ];
    const c = compileDependencyExpression(undefined, ['a', 'a']);
    if (!c.ok) throw new Error(c.error);
    const old = processTriggerEvent(c, twice, emptyTriggerState(), ev('1', 'es', 'old'), 0, accept);
    expect(old.steps).toEqual([{ type: 'not-subscribed' }]);
    const hit = processTriggerEvent(c, twice, old.state, ev('2', 'es', 'new'), 1, accept);
    expect(hit.steps[0]?.type).toBe('fired');
  });

  it('keeps names such as __proto__ and constructor as plain keys', () => {
    const odd = [
      { name: '__proto__', eventSourceName: 'es', eventName: 'p' },
      { name: 'constructor', eventSourceName: 'es', eventName: 'c' },
    ];
    const c = compileDependencyExpression('[constructor] && toString', ['constructor', 'toString']);
    expect(c.ok).toBe(false);
    const d = compileDependencyExpression(undefined, ['constructor', 'hasOwnProperty']);
    if (!d.ok) throw new Error(d.error);
    const s = processTriggerEvent(
      d,
      odd,
      emptyTriggerState(),
      ev('constructor', 'es', 'c'),
      0,
      accept,
    );
    expect(s.steps[0]).toMatchObject({ type: 'held', dependency: 'constructor' });
  });

  it('a newer event replaces the held one, and redeliveries within 60 s are dropped', () => {
    const c = compileDependencyExpression(undefined, ['a', 'b']);
    if (!c.ok) throw new Error(c.error);
    let s = processTriggerEvent(c, deps, emptyTriggerState(), ev('1', 'es', 'a'), 0, accept);
    s = processTriggerEvent(c, deps, s.state, ev('2', 'es', 'a'), 1000, accept);
    expect(s.steps).toEqual([{ type: 'held', dependency: 'a', replaced: '1', missing: ['b'] }]);
    const dup = processTriggerEvent(c, deps, s.state, ev('2', 'es', 'a'), 2000, accept);
    expect(dup.steps).toEqual([{ type: 'duplicate', eventId: '2' }]);
    const later = processTriggerEvent(c, deps, s.state, ev('2', 'es', 'a'), 1000 + 60_000, accept);
    expect(later.steps[0]?.type).toBe('held');
  });
});
