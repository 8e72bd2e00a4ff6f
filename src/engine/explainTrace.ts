import type { FilterCheck, TraceEvent } from './trace';

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
          `  Trigger ${t.sensor}/${t.trigger} FIRED (${f.triggerType}): ${what}${f.notExecuted ? ' (not executed)' : ''}.`,
        );
        break;
      }
      case 'trigger.failed':
        lines.push(`  Trigger ${t.sensor}/${t.trigger} FAILED: ${t.error}.`);
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

function describeCheck(c: FilterCheck): string {
  const found = c.found !== undefined ? ` found ${JSON.stringify(c.found)}` : '';
  const expected =
    c.expected !== undefined
      ? `, wanted ${c.comparator ?? ''} ${c.expected}`.replace(/ {2}/g, ' ')
      : '';
  return `${c.family} ${c.subject}:${found}${expected}${c.error ? ` — error: ${c.error}` : c.note ? ` — ${c.note}` : ''}`;
}

function kindOf(resource: unknown): string {
  const r = resource as { kind?: unknown; metadata?: { name?: unknown; generateName?: unknown } };
  const name =
    typeof r.metadata?.name === 'string'
      ? r.metadata.name
      : typeof r.metadata?.generateName === 'string'
        ? `${r.metadata.generateName}…`
        : '';
  return `${typeof r.kind === 'string' ? r.kind : 'resource'} ${name}`.trim();
}
