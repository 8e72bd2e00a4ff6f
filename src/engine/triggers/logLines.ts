import { base64Encode, utf8Encode } from '../../lib/utf8';
import type { SensorEvent } from '../event';
import { formatInstant } from '../simulate/instant';

/**
 * The lines a log trigger prints (pkg/sensors/triggers/log/log.go Execute): for each dependency one
 * zap production JSON line: level, ts (RFC 3339 with nanoseconds, as the sensor's logger is set up
 * in pkg/shared/logging), logger, caller, msg (the event data: as text for application/json and
 * text/plain, else base64), then the fields of the trigger's logger (sensorName, triggerName,
 * triggerType) and the call's (dependencyName, eventContext as its String()).
 */
export function logLines(
  sensor: string,
  trigger: string,
  events: Readonly<Record<string, SensorEvent>>,
  nowMs: number,
): string[] {
  const head = `{"level":"info","ts":${zapString(formatInstant(nowMs))},"logger":"argo-events.sensor","caller":"log/log.go:45","msg":`;
  const who = `,"sensorName":${zapString(sensor)},"triggerName":${zapString(trigger)},"triggerType":"Log","dependencyName":`;
  return Object.entries(events).map(([dep, e]) => {
    const text = eventText(e);
    return `${head}${text.msg}${who}${zapString(dep)},"eventContext":${text.context}}`;
  });
}

/** The event's parts of a line, escaped: the same event is logged by every firing it is part of. */
function eventText(e: SensorEvent): { msg: string; context: string } {
  let t = TEXT.get(e);
  if (!t) {
    t = { msg: zapString(dataString(e)), context: zapString(contextString(e)) };
    TEXT.set(e, t);
  }
  return t;
}

const TEXT = new WeakMap<SensorEvent, { msg: string; context: string }>();

/** v1alpha1.Event.DataString: the media type (parameters dropped, case folded) decides text or base64. */
function dataString(e: SensorEvent): string {
  if (e.data === null) return '';
  const media = e.context.datacontenttype.split(';')[0]!.trim().toLowerCase();
  if (media === 'application/json' || media === 'text/plain') return e.data;
  return base64Encode(utf8Encode(e.data));
}

/** v1alpha1.EventContext.String(), whose time prints as Go's time.Time.String(). */
function contextString(e: SensorEvent): string {
  const c = e.context;
  return `{"id": "${c.id}", "source": "${c.source}", "specversion": "${c.specversion}", "type": "${c.type}", "datacontenttype": "${c.datacontenttype}", "subject": "${c.subject}", "time": "${goTimeString(c.time)}"}`;
}

/** `2026-01-01 09:00:00 +0000 UTC`, with the fraction Go keeps (trailing zeros dropped). */
function goTimeString(rfc3339: string): string {
  const m = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.exec(rfc3339);
  if (!m) return '0001-01-01 00:00:00 +0000 UTC';
  const frac = (m[3] ?? '').replace(/0+$/, '');
  const zone =
    m[4]!.toUpperCase() === 'Z'
      ? '+0000 UTC'
      : `${m[4]!.replace(':', '')} ${m[4]!.replace(':', '')}`;
  return `${m[1]} ${m[2]}${frac === '.' ? '' : frac} ${zone}`;
}

/** zapcore's JSON string escaping: `\` and `"`, \n \r \t, other bytes below 0x20 as \u00XX; nothing else. */
function zapString(s: string): string {
  let out = '"';
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c !== 0x22 && c !== 0x5c && (c < 0xd800 || c > 0xdfff)) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += s.slice(last, i) + escapeUnit(c);
    last = i + 1;
  }
  return `${out}${s.slice(last)}"`;
}

function escapeUnit(c: number): string {
  if (c === 0x22) return '\\"';
  if (c === 0x5c) return '\\\\';
  if (c === 0x0a) return '\\n';
  if (c === 0x0d) return '\\r';
  if (c === 0x09) return '\\t';
  // A lone surrogate is invalid UTF-8 in Go: zap writes the replacement character.
  if (c >= 0xd800) return '\\ufffd';
  return `\\u00${c.toString(16).padStart(2, '0')}`;
}
