import type { ManifestEntry } from '../../domain/design/design';
import type { SensorEvent } from '../../engine/event';
import { explainTrace } from '../../engine/explainTrace';
import type { TraceEvent } from '../../engine/trace';
import { firingLines } from '../explain/firingDetails';
import { explainFirings, firingJson } from '../explain/firingJson';
import { unresolvedKeys } from '../explain/unresolved';
import type { CliIo } from '../io';
import { safeJsonLine } from '../report/escape';
import { JSON_FORMAT, type Report, type Style } from '../report/report';
import type { BusMessageIn } from './busClient';
import type { SessionOutcome } from './tapSession';

/** Counts the tap keeps for its last line. */
export interface TapCounts {
  events: number;
  bad: number;
  firings: number;
  stopped: number;
}

/**
 * What the tap prints as things happen: text lines through the report (escaped, coloured, `-q`
 * leaves out details), or with `-o json` one JSON object per line, each with a `type`.
 */
export class TapPrinter {
  readonly counts: TapCounts = { events: 0, bad: 0, firings: 0, stopped: 0 };

  constructor(
    private readonly report: Report,
    private readonly io: CliIo,
    private readonly entries: readonly ManifestEntry[],
  ) {}

  get json(): boolean {
    return this.report.format === 'json';
  }

  /** One JSON object on its own line (JSON output only). */
  object(type: string, fields: Record<string, unknown>): void {
    if (this.json) this.io.out(`${safeJsonLine({ type, ...fields })}\n`);
  }

  line(text: string, style?: Style, kind: 'result' | 'detail' = 'result'): void {
    this.report.line(text, style, kind);
  }

  /** A note about the tap itself (connection, consumer): a line, or a `note` object. */
  note(message: string, style: Style = 'dim'): void {
    if (this.json) this.object('note', { message });
    else this.line(message, style);
  }

  event(m: BusMessageIn, event: SensorEvent, extensions: object, outcome: SessionOutcome): void {
    this.counts.events++;
    const head = `#${this.counts.events} ${m.subject} · stream seq ${m.streamSeq} · stored ${new Date(m.storedMs).toISOString()} · ${m.data.length} B`;
    const base = {
      n: this.counts.events,
      subject: m.subject,
      streamSeq: m.streamSeq,
      msgId: m.msgId,
      storedAt: new Date(m.storedMs).toISOString(),
      receivedAt: new Date(m.receivedMs).toISOString(),
      bytes: m.data.length,
      event,
      ...(Object.keys(extensions).length ? { extensions } : {}),
    };
    if (!outcome.ok) {
      this.counts.stopped++;
      const why = `the engine was stopped on this event (${outcome.stop.why}: ${outcome.stop.detail}${outcome.stop.jq ? `, running jq \`${outcome.stop.jq}\`` : ''}); the waiting state is left as it was`;
      if (this.json)
        this.object('event', { ...base, stopped: outcome.stop, trace: [], firings: [] });
      else {
        this.line(head, 'bold');
        this.line(`  ${why}`, 'bad');
      }
      return;
    }
    const trace = outcome.trace.filter((t) => t.type !== 'clock.advanced');
    const explained = explainFirings(this.entries, outcome.firings);
    this.counts.firings += explained.length;
    if (this.json) {
      this.object('event', { ...base, trace, firings: explained.map(firingJson) });
      return;
    }
    this.line(head, 'bold');
    let next = 0;
    for (const t of trace) this.traceLines(t, trace, () => explained[next++]);
  }

  private traceLines(
    t: TraceEvent,
    trace: readonly TraceEvent[],
    nextFiring: () => ReturnType<typeof explainFirings>[number] | undefined,
  ): void {
    const lines = explainTrace([t]);
    if (t.type === 'trigger.fired') {
      const x = nextFiring();
      this.line(lines[0] ?? '', 'ok');
      if (x) for (const l of firingLines(x.e, x.f.notes)) this.line(l, undefined, 'detail');
      return;
    }
    if (t.type === 'trigger.failed') {
      for (const l of lines) this.line(l, 'bad');
      for (const w of unresolvedKeys(t, trace, this.entries)) this.line(`    ${w}`, 'bad');
      return;
    }
    const style: Style | undefined =
      t.type === 'trigger.setup-failed' || t.type === 'event.rejected'
        ? 'bad'
        : t.type === 'trigger.held'
          ? 'warn'
          : undefined;
    for (const l of lines)
      this.line(l, style, t.type === 'dependency.evaluated' && t.pass ? 'detail' : 'result');
  }

  bad(m: BusMessageIn, kind: string, reason: string): void {
    this.counts.bad++;
    if (this.json)
      this.object('bad-message', {
        subject: m.subject,
        streamSeq: m.streamSeq,
        msgId: m.msgId,
        bytes: m.data.length,
        kind,
        reason,
      });
    else
      this.line(
        `bad message on ${m.subject} (stream seq ${m.streamSeq}, ${m.data.length} B): ${kind}: ${reason}; the sensor discards it, and so does the tap`,
        'bad',
      );
  }

  /** The last line: how much was followed (JSON: a `summary` object shaped like the JSON report). */
  summary(exitCode: number): void {
    if (this.json) {
      this.object('summary', {
        format: JSON_FORMAT,
        command: 'tap',
        exitCode,
        summary: {
          errors: this.report.count('error'),
          warnings: this.report.count('warning'),
          infos: this.report.count('info'),
          ...this.counts,
        },
        findings: this.report.findings,
      });
      return;
    }
    const c = this.counts;
    this.line(
      `${c.events} event(s) followed, ${c.firings} trigger firing(s), ${c.bad} bad message(s)${c.stopped ? `, ${c.stopped} stopped by the watchdog` : ''}.`,
    );
  }
}
