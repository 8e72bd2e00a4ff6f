import type { TraceEvent } from '../trace';

/** What happened at one node of the design during one simulator input. */
export type NodeOutcome = 'received' | 'rejected' | 'pass' | 'drop' | 'held' | 'fire' | 'fail';

/**
 * Per-node outcomes of a trace, keyed `event:SOURCE/EVENT`, `dependency:SENSOR/DEP`,
 * `trigger:SENSOR/TRIGGER` (the canvas maps its nodes to these keys). The strongest outcome wins
 * when a node is touched twice (fire over held, drop over pass).
 */
export function traceOutcomes(trace: readonly TraceEvent[]): Record<string, NodeOutcome> {
  const out: Record<string, NodeOutcome> = {};
  const rank: Record<NodeOutcome, number> = {
    received: 0,
    pass: 1,
    held: 2,
    rejected: 3,
    drop: 3,
    fail: 4,
    fire: 5,
  };
  for (const t of trace) {
    const at = outcomeAt(t);
    if (!at) continue;
    const old = out[at.key];
    if (!old || rank[at.outcome] >= rank[old]) out[at.key] = at.outcome;
  }
  return out;
}

/**
 * How many times each node had each outcome in a trace: every firing, every event received or
 * dropped counts (a calendar source firing 24 times in one step fires its trigger 24 times). Keys
 * as in `traceOutcomes`; a null-prototype map, since keys hold user names.
 */
export function traceOutcomeCounts(
  trace: readonly TraceEvent[],
): Record<string, Partial<Record<NodeOutcome, number>>> {
  const out = Object.create(null) as Record<string, Partial<Record<NodeOutcome, number>>>;
  for (const t of trace) {
    const at = outcomeAt(t);
    if (!at) continue;
    const c = (out[at.key] ??= {});
    c[at.outcome] = (c[at.outcome] ?? 0) + 1;
  }
  return out;
}

/** The node a trace entry is about and what happened there, or null for entries about no node. */
function outcomeAt(t: TraceEvent): { key: string; outcome: NodeOutcome } | null {
  if (t.type === 'event.received')
    return { key: `event:${t.source}/${t.subject}`, outcome: 'received' };
  if (t.type === 'event.rejected' || t.type === 'event.filtered')
    return { key: `event:${t.source}/${t.subject}`, outcome: 'rejected' };
  if (t.type === 'dependency.evaluated')
    return { key: `dependency:${t.sensor}/${t.dependency}`, outcome: t.pass ? 'pass' : 'drop' };
  if (
    t.type === 'trigger.held' ||
    t.type === 'trigger.retry' ||
    t.type === 'trigger.rate-limited' ||
    t.type === 'trigger.queued'
  )
    return { key: `trigger:${t.sensor}/${t.trigger}`, outcome: 'held' };
  if (t.type === 'trigger.fired')
    return { key: `trigger:${t.sensor}/${t.trigger}`, outcome: 'fire' };
  if (t.type === 'trigger.failed' || t.type === 'trigger.setup-failed')
    return { key: `trigger:${t.sensor}/${t.trigger}`, outcome: 'fail' };
  return null;
}

/** One line for the timeline: what the input led to. */
export function summarizeTrace(trace: readonly TraceEvent[]): string {
  const done: string[] = [];
  // The last wait of each trigger, unless it ended later in the same step.
  const waits = new Map<string, string>();
  for (const t of trace) {
    if (t.type === 'trigger.fired') {
      waits.delete(`${t.sensor}/${t.trigger}`);
      done.push(
        `${t.firing.dlqOf ? `dead-letter ${t.trigger} fired for ${t.firing.dlqOf}` : `fired ${t.trigger}`}${t.firing.attempts > 1 ? ` on attempt ${t.firing.attempts}` : ''}`,
      );
    } else if (t.type === 'trigger.failed' && t.firing) {
      waits.delete(`${t.sensor}/${t.trigger}`);
      done.push(
        `${t.trigger} failed${t.firing.attempts > 1 ? ` after ${t.firing.attempts} attempts` : ''}: ${t.error}`,
      );
    } else if (t.type === 'trigger.retry')
      waits.set(`${t.sensor}/${t.trigger}`, `${t.trigger} waits to retry at ${t.at}`);
    else if (t.type === 'trigger.rate-limited')
      waits.set(`${t.sensor}/${t.trigger}`, `${t.trigger} waits for its rate limit until ${t.at}`);
    else if (t.type === 'trigger.queued')
      waits.set(`${t.sensor}/${t.trigger}`, `${t.trigger} waits for its running action`);
  }
  if (done.length || waits.size) return [...done, ...waits.values()].join('; ');
  const set = trace.find((t) => t.type === 'outcomes.set');
  if (set?.type === 'outcomes.set')
    return set.outcomes.map((o) => `${o.trigger} ${o.outcome || 'succeeds'}`).join('; ');
  const rejected = trace.find((t) => t.type === 'event.rejected' || t.type === 'event.filtered');
  if (rejected?.type === 'event.rejected' || rejected?.type === 'event.filtered')
    return `not published: ${rejected.reason}`;
  const held = trace.filter((t) => t.type === 'trigger.held');
  if (held.length)
    return held
      .map((h) =>
        h.type === 'trigger.held' ? `${h.trigger} waits for ${h.missing.join(', ')}` : '',
      )
      .join('; ');
  const failed = trace.find((t) => t.type === 'trigger.failed');
  if (failed?.type === 'trigger.failed') return `${failed.trigger} failed: ${failed.error}`;
  const deps = trace.filter((t) => t.type === 'dependency.evaluated');
  if (deps.length && deps.every((d) => d.type === 'dependency.evaluated' && !d.pass))
    return 'dropped by the filters';
  if (trace.some((t) => t.type === 'event.unmatched')) return 'no dependency listens to it';
  if (trace.some((t) => t.type === 'clock.advanced' || t.type === 'clock.set'))
    return 'clock moved';
  return 'nothing happened';
}
