import { explainTrace } from '../../engine/explainTrace';
import type { Firing, TraceEvent } from '../../engine/trace';
import type { LoadedDesign } from '../design/loadDesign';
import { locateTrigger } from '../design/locate';
import { finding } from '../report/finding';
import type { Report } from '../report/report';
import { firingLines, type FiringExplanation } from './firingDetails';
import { unresolvedKeys } from './unresolved';

type Explained = ReadonlyMap<string, { f: Firing; e: FiringExplanation }>;

/** A firing in `-o json`: what it did, when its action ran, how many attempts it took and how it ended. */
/** One trace entry as report lines: firings with their details, failures as located findings. */
export function printTrace(
  report: Report,
  design: LoadedDesign,
  t: TraceEvent,
  trace: readonly TraceEvent[],
  explained: Explained,
): void {
  const lines = explainTrace([t]);
  if (t.type === 'trigger.fired') {
    const x = explained.get(t.firing.id);
    report.line(lines[0] ?? '', 'ok');
    if (x) for (const l of firingLines(x.e, x.f.notes)) report.line(l);
    return;
  }
  if (t.type === 'trigger.failed' || t.type === 'trigger.setup-failed') {
    const at = locateTrigger(design.files, design.entries, t.sensor, t.trigger);
    const why = t.type === 'trigger.failed' ? unresolvedKeys(t, trace, design.entries) : [];
    const x = t.type === 'trigger.failed' && t.firing ? explained.get(t.firing.id) : undefined;
    const tries =
      t.type === 'trigger.failed' && t.firing && t.firing.attempts > 1
        ? ` after ${t.firing.attempts} attempts`
        : '';
    report.add(
      finding(
        'error',
        t.type === 'trigger.failed' ? 'simulate.trigger-failed' : 'simulate.trigger-setup-failed',
        `trigger ${t.sensor}/${t.trigger} ${t.type === 'trigger.failed' ? `failed${tries}` : 'never starts'}: ${t.error}${why.length ? ` (${why.join('; ')})` : ''}`,
        at?.file ?? null,
        at?.line ?? 1,
        at?.col ?? 1,
      ),
      [
        ...lines.map((text) => ({ text, style: 'bad' as const })),
        ...why.map((w) => ({ text: `    ${w}`, style: 'bad' as const })),
        ...(x && (x.f.resource !== undefined || x.f.request !== undefined)
          ? firingLines(x.e, x.f.notes).map((text) => ({ text }))
          : []),
      ],
    );
    return;
  }
  if (t.type === 'event.rejected') {
    report.add(
      finding(
        'error',
        'simulate.event-refused',
        `event ${t.source}/${t.subject} was not published: ${t.reason}`,
      ),
      lines.map((text) => ({ text, style: 'bad' as const })),
    );
    return;
  }
  for (const l of lines)
    report.line(
      l,
      t.type === 'trigger.attempt' ? 'bad' : undefined,
      t.type === 'dependency.evaluated' ? 'detail' : 'result',
    );
}
