import {
  emptyTriggerState,
  processTriggerEvent,
  resetTriggerState,
} from '../conditions/triggerState';
import { formatRfc3339 } from '../clock/clock';
import { calendarTicks } from '../clock/calendar';
import type { SensorEvent } from '../event';
import { filterEvent } from '../filters/filterEvent';
import { buildEvent } from '../sources/buildEvent';
import { sha1Hex } from '../template/hashes';
import type { Firing, TraceEvent } from '../trace';
import { mergeOutcomes } from '../../domain/scenario/actionOutcome';
import type { InboxItem } from './actionState';
import { formatInstant } from './instant';
import { copyActionState, fireTrigger, outcomesTrace, settle } from './stepActions';
import { isBusy, nextActionDue, runDueActions, type ActionHost } from './actions';
import { applyTransform, type JqLookup } from './transform';
import type { SimDesign, SimSensor, SimTrigger } from './simDesign';
import type { SimInput } from './simInput';
import { triggerKey, withActionFields, type SimState } from './simState';

export interface StepResult {
  state: SimState;
  trace: TraceEvent[];
  firings: Firing[];
}

export interface StepOptions {
  /** Results of jq transforms computed ahead of time (jq runs asynchronously). */
  jq?: JqLookup;
  /**
   * Update `state` in place instead of copying it. Only for callers that own the state (runScenario);
   * it keeps long bursts linear. By default `step` is pure.
   */
  inPlace?: boolean;
}

/**
 * The simulator's pure transition (DESIGN.md §4.5): one input in, the new state and a typed trace
 * out. Effects (what triggers would create or send) are returned as data, never executed.
 */
export function step(
  design: SimDesign,
  state: SimState,
  input: SimInput,
  opts: StepOptions = {},
): StepResult {
  const base = withActionFields(state);
  const out: StepResult = {
    state: opts.inPlace
      ? base === state
        ? state
        : Object.assign(state, base)
      : { ...base, triggers: { ...base.triggers }, ...copyActionState(base) },
    trace: [],
    firings: [],
  };
  const host = actionHost(design, out, opts);
  switch (input.type) {
    case 'set-time':
      // Actions in flight keep their own times: those due before the new time still run.
      if (input.ms > out.state.nowMs) runActions(host, input.ms);
      out.state.nowMs = input.ms;
      out.trace.push({ type: 'clock.set', at: formatRfc3339(input.ms) });
      return out;
    case 'advance':
      advance(design, out, input.ms, opts, host);
      return out;
    case 'settle':
      settle(out, (ms) => advance(design, out, ms, opts, host, true));
      return out;
    case 'set-outcomes':
      out.state.outcomes = mergeOutcomes(input.replace ? [] : out.state.outcomes, input.outcomes);
      out.trace.push(outcomesTrace(input.outcomes));
      return out;
    case 'sensor-event':
      deliver(design, out, input.event, input.namespace ?? '', opts, host);
      return out;
    case 'event': {
      const built = build(
        design,
        out,
        input.source,
        input.eventName,
        input.payload,
        input.namespace ?? '',
      );
      for (const event of built.events)
        deliver(design, out, event, input.namespace ?? '', opts, host, built.notes);
      return out;
    }
  }
}

/** The action runner's view of this step; `resume` feeds a freed trigger the events that waited for it. */
function actionHost(
  design: SimDesign,
  out: StepResult,
  opts: StepOptions,
): ActionHost & { running: boolean } {
  const host: ActionHost & { running: boolean } = {
    design,
    state: out.state,
    trace: out.trace,
    firings: out.firings,
    running: false,
    resume: (sensor, trigger, item) => resumeTrigger(sensor, trigger, item, out, opts, host),
  };
  return host;
}

/** Runs the actions due until `untilMs`; a call from inside the loop leaves the work to it. */
function runActions(host: ActionHost & { running: boolean }, untilMs: number): void {
  if (host.running) return;
  host.running = true;
  try {
    runDueActions(host, untilMs);
  } finally {
    host.running = false;
  }
}

function nextId(out: StepResult): string {
  out.state.seq += 1;
  return sha1Hex(`eventflow:${out.state.seq}:${out.state.nowMs}`).slice(0, 32);
}

/** What the EventSource publishes for one input (none, one, or several events), with its notes. */
function build(
  design: SimDesign,
  out: StepResult,
  source: string,
  eventName: string,
  payload: Parameters<typeof buildEvent>[0]['payload'],
  namespace: string,
): { events: SensorEvent[]; notes: string[] } {
  const none = { events: [], notes: [] };
  const es = design.sources.find((s) => s.name === source && s.namespace === namespace);
  const ev = es?.events.find((e) => e.name === eventName);
  if (es && !ev) {
    out.trace.push({
      type: 'event.rejected',
      source,
      subject: eventName,
      reason: `EventSource ${source} has no event ${JSON.stringify(eventName)}`,
    });
    return none;
  }
  const built = buildEvent({
    eventSourceName: source,
    sourceType: ev?.sourceType ?? 'webhook',
    eventName,
    eventConfig: ev?.config ?? { method: payload.method ?? 'POST' },
    payload,
    id: nextId(out),
    nextId: () => nextId(out),
    nowMs: out.state.nowMs,
    startMs: out.state.startMs ?? out.state.nowMs,
  });
  for (const d of built.dropped)
    out.trace.push({
      type: 'event.filtered',
      source,
      subject: eventName,
      reason: d.reason,
      ...(d.expression !== undefined ? { expression: d.expression } : {}),
      ...(d.error !== undefined ? { error: d.error } : {}),
      ...(d.data !== null ? { data: d.data } : {}),
    });
  if (!built.ok) {
    if (built.stage === 'refused')
      out.trace.push({ type: 'event.rejected', source, subject: eventName, reason: built.error });
    return { events: [], notes: built.notes };
  }
  return { events: built.events, notes: built.notes };
}

function deliver(
  design: SimDesign,
  out: StepResult,
  event: SensorEvent,
  namespace: string,
  opts: StepOptions,
  host: ActionHost & { running: boolean },
  notes: string[] = [],
): void {
  const c = event.context;
  out.trace.push({
    type: 'event.received',
    eventId: c.id,
    source: c.source,
    subject: c.subject,
    sourceType: c.type,
    time: c.time,
    data: event.data,
    ...(notes.length > 0 ? { notes } : {}),
  });
  const sourceBus =
    design.sources.find((s) => s.name === c.source && s.namespace === namespace)?.bus ?? 'default';
  let matched = false;
  for (const sensor of design.sensors) {
    if (sensor.namespace !== namespace) continue;
    const deps = sensor.dependencies.filter(
      (d) => d.eventSourceName === c.source && d.eventName === c.subject,
    );
    if (deps.length === 0) continue;
    matched = true;
    if (sensor.bus !== sourceBus) {
      out.trace.push({
        type: 'event.unmatched',
        eventId: c.id,
        reason: `sensor ${sensor.name} listens on EventBus ${sensor.bus}, but ${c.source} publishes to ${sourceBus}`,
      });
      continue;
    }
    deliverToSensor(sensor, out, event, opts, host);
  }
  if (!matched)
    out.trace.push({
      type: 'event.unmatched',
      eventId: c.id,
      reason: `no sensor has a dependency on ${c.source}/${c.subject}`,
    });
}

function deliverToSensor(
  sensor: SimSensor,
  out: StepResult,
  event: SensorEvent,
  opts: StepOptions,
  host: ActionHost & { running: boolean },
  only?: SimTrigger,
): void {
  const evaluated = new Map<string, SensorEvent | null>();
  const accept = (depName: string, e: SensorEvent): SensorEvent | null => {
    if (evaluated.has(depName)) return evaluated.get(depName) ?? null;
    const dep = sensor.dependencies.filter((d) => d.name === depName).pop();
    let bound: SensorEvent | null = e;
    let transform:
      { kind: 'jq' | 'script'; ok: boolean; error?: string; output?: string } | undefined;
    if (dep?.transform) {
      const t = applyTransform(dep.transform, e, opts.jq);
      if (t) {
        transform = t.ok
          ? { kind: t.kind, ok: true, output: t.event.data ?? '' }
          : { kind: t.kind, ok: false, error: t.error };
        bound = t.ok ? t.event : null;
      }
    }
    if (bound) {
      const f = filterEvent(dep?.filters, dep?.filtersLogicalOperator, bound, out.state.nowMs);
      out.trace.push({
        type: 'dependency.evaluated',
        sensor: sensor.name,
        dependency: depName,
        eventId: e.context.id,
        ...(transform ? { transform } : {}),
        families: f.families,
        operator: f.operator,
        pass: f.pass,
        ...(f.error ? { error: f.error } : {}),
        reason: f.reason,
      });
      if (!f.pass) bound = null;
    } else {
      out.trace.push({
        type: 'dependency.evaluated',
        sensor: sensor.name,
        dependency: depName,
        eventId: e.context.id,
        ...(transform ? { transform } : {}),
        families: [],
        operator: 'and',
        pass: false,
        error: transform?.error,
        reason: `transform failed: ${transform?.error ?? ''}`,
      });
    }
    evaluated.set(depName, bound);
    return bound;
  };
  for (const trigger of only ? [only] : sensor.triggers) {
    const key = triggerKey(sensor.namespace, sensor.name, trigger.name);
    if (!trigger.compiled.ok) {
      if (
        sensor.dependencies.some(
          (d) =>
            d.eventSourceName === event.context.source && d.eventName === event.context.subject,
        )
      ) {
        out.trace.push({
          type: 'trigger.setup-failed',
          sensor: sensor.name,
          trigger: trigger.name,
          error: trigger.compiled.error,
        });
      }
      continue;
    }
    if (!only && isBusy(out.state, key) && subscribes(trigger, sensor, event)) {
      // An atLeastOnce action is running: the trigger's message loop takes this event when it ends.
      out.state.inbox.push({ key, kind: 'event', event, atMs: out.state.nowMs });
      const due = nextActionDue(out.state, key);
      out.trace.push({
        type: 'trigger.queued',
        sensor: sensor.name,
        trigger: trigger.name,
        eventId: event.context.id,
        busyUntil: due === null ? null : formatRfc3339(due),
      });
      continue;
    }
    const r = processTriggerEvent(
      trigger.compiled,
      sensor.dependencies,
      out.state.triggers[key] ?? emptyTriggerState(),
      event,
      out.state.nowMs,
      accept,
      opts.inPlace === true,
      sensor.busKind === 'kafka' ? 0 : undefined,
    );
    out.state.triggers[key] = r.state;
    for (const s of r.steps) {
      if (s.type === 'duplicate')
        out.trace.push({
          type: 'trigger.duplicate',
          sensor: sensor.name,
          trigger: trigger.name,
          eventId: s.eventId,
        });
      if (s.type === 'held')
        out.trace.push({
          type: 'trigger.held',
          sensor: sensor.name,
          trigger: trigger.name,
          dependency: s.dependency,
          eventId: event.context.id,
          replaced: s.replaced,
          missing: s.missing,
          expression: trigger.compiled.text,
        });
      if (s.type === 'fired') fireTrigger(host, sensor, trigger, s.dependency, s.events);
    }
    runActions(host, out.state.nowMs);
  }
}

/** Whether the trigger listens to the event's subject at all (else it never sees the event). */
function subscribes(trigger: SimTrigger, sensor: SimSensor, event: SensorEvent): boolean {
  if (!trigger.compiled.ok) return false;
  const names = new Set(trigger.compiled.subscribed);
  return sensor.dependencies.some(
    (d) =>
      names.has(d.name) &&
      d.eventSourceName === event.context.source &&
      d.eventName === event.context.subject,
  );
}

/** A trigger whose atLeastOnce action ended takes what waited for it: an event, or a conditionsReset. */
function resumeTrigger(
  sensor: SimSensor,
  trigger: SimTrigger,
  item: InboxItem,
  out: StepResult,
  opts: StepOptions,
  host: ActionHost & { running: boolean },
): void {
  if (item.kind === 'reset') return resetTrigger(out, sensor, trigger, out.state.nowMs);
  out.trace.push({
    type: 'trigger.resumed',
    sensor: sensor.name,
    trigger: trigger.name,
    eventId: item.event.context.id,
    waitedSince: formatInstant(item.atMs),
  });
  deliverToSensor(sensor, out, item.event, opts, host, trigger);
}

function resetTrigger(out: StepResult, sensor: SimSensor, trigger: SimTrigger, at: number): void {
  const key = triggerKey(sensor.namespace, sensor.name, trigger.name);
  const held = out.state.triggers[key];
  const dropped = held ? Object.values(held.held).map((e) => e.context.id) : [];
  if (held) out.state.triggers[key] = resetTriggerState(held);
  out.trace.push({
    type: 'conditions.reset',
    sensor: sensor.name,
    trigger: trigger.name,
    dropped,
    at: formatRfc3339(at),
  });
}

/** Moves the clock, firing calendar events and conditionsReset crons in time order. */
function advance(
  design: SimDesign,
  out: StepResult,
  ms: number,
  opts: StepOptions,
  host: ActionHost & { running: boolean },
  quiet = false,
): void {
  const from = out.state.nowMs;
  const to = from + Math.max(0, ms);
  type Due = { at: number; order: number; run: () => void };
  const due: Due[] = [];
  for (const es of design.sources) {
    for (const ev of es.events) {
      if (ev.sourceType !== 'calendar') continue;
      const ticks = calendarTicks(ev.config ?? {}, from, to, out.state.startMs ?? from);
      if (!ticks.ok) {
        out.trace.push({
          type: 'event.rejected',
          source: es.name,
          subject: ev.name,
          reason: `the calendar source cannot start, so it never fires: ${ticks.error}`,
        });
        continue;
      }
      for (const at of ticks.ticks) {
        due.push({
          at,
          order: 1,
          run: () => {
            const built = build(design, out, es.name, ev.name, {}, es.namespace);
            for (const event of built.events)
              deliver(design, out, event, es.namespace, opts, host, built.notes);
          },
        });
      }
    }
  }
  for (const sensor of design.sensors) {
    for (const trigger of sensor.triggers) {
      for (const reset of trigger.resets) {
        if (!reset.spec.ok) continue;
        let t = reset.spec.next(from);
        let guard = 0;
        while (t !== null && t <= to && guard++ < 10_000) {
          const at = t;
          due.push({
            at,
            order: 0,
            run: () => {
              const key = triggerKey(sensor.namespace, sensor.name, trigger.name);
              // A busy trigger's message loop reads the reset channel only when its action ends.
              if (isBusy(out.state, key)) out.state.inbox.push({ key, kind: 'reset', atMs: at });
              else resetTrigger(out, sensor, trigger, at);
            },
          });
          t = reset.spec.next(t);
        }
      }
    }
  }
  due.sort((a, b) => a.at - b.at || a.order - b.order);
  // Trigger actions due on the way run in time order with the ticks: after a reset, before an event.
  for (let i = 0; ;) {
    const d = due[i];
    const a = nextActionDue(out.state);
    if (a !== null && a <= to && (!d || a < d.at || (a === d.at && d.order > 0))) {
      runActions(host, a);
      continue;
    }
    if (!d) break;
    out.state.nowMs = Math.max(out.state.nowMs, d.at);
    d.run();
    i++;
  }
  out.state.nowMs = to;
  if (!quiet)
    out.trace.push({ type: 'clock.advanced', from: formatRfc3339(from), to: formatRfc3339(to) });
}
