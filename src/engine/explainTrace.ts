import type { FilterCheck, Firing, TraceEvent } from './trace';
import { asRecord } from '../lib/jsonValue';

/**
 * The trace in plain words, one line per fact, indented under the event it concerns. Used by
 * `eventflow simulate` and by the simulator panel's text view.
 */
export function explainTrace(trace: readonly TraceEvent[]): string[] {
  const lines: string[] = [];
  for (const t of trace) {
    switch (t.type) {
      case 'clock.set':
        lines.push(`Clock set to ${t.at}.`);
        break;
      case 'clock.advanced':
        lines.push(`Clock moved from ${t.from} to ${t.to}.`);
        break;
      case 'event.received':
        lines.push(
          `Event ${t.source}/${t.subject} (${t.sourceType}, id ${t.eventId.slice(0, 8)}) at ${t.time}.`,
          ...(t.notes ?? []).map((n) => `  Not simulated: ${n}.`),
        );
        break;
      case 'event.rejected':
        lines.push(`Event ${t.source}/${t.subject} was not published: ${t.reason}.`);
        break;
      case 'event.filtered':
        lines.push(`Event ${t.source}/${t.subject} was not published: ${t.reason}.`);
        break;
      case 'event.unmatched':
        lines.push(`  Nobody acted on it: ${t.reason}.`);
        break;
      case 'dependency.evaluated':
        if (t.transform && !t.transform.ok)
          lines.push(
            `  ${t.sensor}/${t.dependency}: the ${t.transform.kind} transform failed (${t.transform.error ?? ''}), so the event is dropped.`,
          );
        else if (t.pass) lines.push(`  ${t.sensor}/${t.dependency}: passed (${t.reason}).`);
        else
          lines.push(
            `  ${t.sensor}/${t.dependency}: dropped: ${t.error ? `an error always drops the event (${t.error})` : t.reason}.`,
            ...t.families.flatMap((f) =>
              f.checks.filter((c) => !c.result).map((c) => `    ${describeCheck(c)}`),
            ),
          );
        break;
      case 'trigger.setup-failed':
        lines.push(`  Trigger ${t.sensor}/${t.trigger} never starts: ${t.error}.`);
        break;
      case 'trigger.duplicate':
        lines.push(
          `  Trigger ${t.sensor}/${t.trigger} ignored event ${t.eventId.slice(0, 8)}: same id seen within 60 s.`,
        );
        break;
      case 'trigger.held':
        lines.push(
          `  Trigger ${t.sensor}/${t.trigger} is waiting (${t.expression}): holds ${t.dependency}${t.replaced ? ` (replacing ${t.replaced.slice(0, 8)})` : ''}; still missing ${t.missing.join(', ') || 'nothing'}.`,
        );
        break;
      case 'trigger.fired': {
        const f = t.firing;
        const what = f.resource
          ? `${f.operation ?? 'create'} ${kindOf(f.resource)}`
          : f.request
            ? `${f.request.method ? `${f.request.method} ` : ''}${f.request.url ?? f.request.target ?? ''}`
            : f.log
              ? `log ${f.log.length} line(s)`
              : f.triggerType;
        lines.push(
          `  Trigger ${t.sensor}/${t.trigger} FIRED (${f.triggerType})${whenAndHow(f)}: ${what}${f.notExecuted ? ' (not executed)' : ''}.`,
        );
        break;
      }
      case 'trigger.failed': {
        const f = t.firing;
        const after = f && f.attempts !== 1 ? ` after ${f.attempts} attempt(s)` : '';
        const dlq = f?.handedTo ? `; its events go to the dlqTrigger ${f.handedTo}` : '';
        const of = f?.dlqOf ? ` (dead-letter trigger of ${f.dlqOf})` : '';
        lines.push(`  Trigger ${t.sensor}/${t.trigger}${of} FAILED${after}: ${t.error}${dlq}.`);
        break;
      }
      case 'trigger.attempt': {
        const a = t.attempt;
        lines.push(
          `  Trigger ${t.sensor}/${t.trigger} attempt ${a.n} at ${a.at}${a.endedAt ? ` (answer at ${a.endedAt})` : ''} failed: ${a.error ?? 'failed'}${a.detail ? ` (${a.detail})` : ''}.`,
        );
        break;
      }
      case 'trigger.retry':
        lines.push(
          `  Trigger ${t.sensor}/${t.trigger} retries: attempt ${t.attempt} at ${t.at}, after the backoff wait${t.window.from === t.window.to ? '' : ` (jitter puts it between ${t.window.from} and ${t.window.to}; the simulator takes the start)`}.`,
        );
        break;
      case 'trigger.rate-limited':
        lines.push(
          `  Trigger ${t.sensor}/${t.trigger} waits for its rate limit (${t.limit}): attempt ${t.attempt}, asked at ${t.requestedAt}, runs at ${t.at}.`,
        );
        break;
      case 'trigger.dead-letter':
        lines.push(
          `  Trigger ${t.sensor}/${t.trigger} gave up at ${t.at}: its events go to the dlqTrigger ${t.dlq}.`,
        );
        break;
      case 'trigger.queued':
        lines.push(
          `  Trigger ${t.sensor}/${t.trigger} is still running an atLeastOnce action${t.busyUntil ? ` (next step at ${t.busyUntil})` : ''}: event ${t.eventId.slice(0, 8)} waits on the bus.`,
        );
        break;
      case 'outcomes.set':
        for (const o of t.outcomes)
          lines.push(
            `From now on the action of ${o.trigger} ${o.outcome ? `${o.outcome}${o.outcome.includes(', then ') ? ' (the last one repeats)' : ''}` : 'succeeds'}.`,
          );
        break;
      case 'trigger.resumed':
        lines.push(
          `  Trigger ${t.sensor}/${t.trigger} is free again and takes event ${t.eventId.slice(0, 8)}, which waited since ${t.waitedSince}:`,
        );
        break;
      case 'actions.settled':
        lines.push(
          `Clock moves on from ${t.from} to ${t.to} to finish the pending trigger actions${t.pending ? ` (${t.pending} still pending after that)` : ''}:`,
        );
        break;
      case 'conditions.reset':
        lines.push(
          `  conditionsReset at ${t.at} cleared ${t.dropped.length} held event(s) of ${t.sensor}/${t.trigger}.`,
        );
        break;
    }
  }
  return lines;
}

/** When and how a firing ran, when that is not simply "at once": after retries, a wait, a hand-off. */
function whenAndHow(f: Firing): string {
  const parts: string[] = [];
  if (f.dlqOf) parts.push(`as the dlqTrigger of ${f.dlqOf}`);
  if (f.triggeredAt || f.attempts > 1 || f.dlqOf) parts.push(`at ${f.time}`);
  if (f.attempts > 1) parts.push(`on attempt ${f.attempts}`);
  return parts.length ? ` ${parts.join(' ')}` : '';
}

function describeCheck(c: FilterCheck): string {
  const found = c.found !== undefined ? ` found ${JSON.stringify(c.found)}` : '';
  const expected =
    c.expected !== undefined
      ? `, wanted ${c.comparator ?? ''} ${c.expected}`.replace(/ {2}/g, ' ')
      : '';
  return `${c.family} ${c.subject}:${found}${expected}${c.error ? ` — error: ${c.error}` : c.note ? ` — ${c.note}` : ''}`;
}

function kindOf(resource: unknown): string {
  const r = asRecord(resource);
  const metadata = asRecord(r?.metadata);
  const name =
    typeof metadata?.name === 'string'
      ? metadata.name
      : typeof metadata?.generateName === 'string'
        ? `${metadata.generateName}…`
        : '';
  return `${typeof r?.kind === 'string' ? r.kind : 'resource'} ${name}`.trim();
}
