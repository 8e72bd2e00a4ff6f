import { isAbsolute, join } from 'node:path';
import { parseDuration } from '../../domain/cron/goDuration';
import { MAX_EVENT_BYTES } from '../../engine/sources/buildEvent';
import type { SimInput } from '../../engine/simulate/simInput';
import { readOutcomes, type OutcomeEntry } from '../../domain/scenario/actionOutcome';
import { isPlainObject } from '../../lib/deepEqual';
import { lastOption, UsageError, type ParsedArgs } from '../args';
import {
  EXCLUDE_OPTION,
  readCommandInputs,
  reportInputs,
  requirePaths,
  TIMEOUT_OPTION,
  type Command,
  type CommandContext,
} from '../command';
import { loadDesign, yamlFindings, type LoadedDesign } from '../design/loadDesign';
import { stopFinding } from '../engine/stopFinding';
import { printTrace } from '../explain/simulateReport';
import { explainFirings, firingJson } from '../explain/firingJson';
import { readFileBounded, type ReadResult } from '../input/readBounded';
import { finding } from '../report/finding';
import type { Report } from '../report/report';
import {
  readRequestOptions,
  REQUEST_OPTIONS,
  warnBodyIgnored,
  warnRequestIgnored,
  type RequestOptions,
} from './requestOptions';

/** Default start time, so runs are reproducible in CI. */
const DEFAULT_START = '2026-01-01T00:00:00Z';

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'send events through the sensors and explain what fires, with what, and why not',
  usage:
    'simulate FILE|DIR|-... --event SOURCE/EVENT=BODY... [--outcome SENSOR/TRIGGER=OUTCOME...] [--advance DURATION] [--at ISO-TIME] [options]',
  details: `
Sends events through the design's sensors. BODY is JSON text, @file, or @- for standard input:
what the source receives (a webhook's HTTP body); the engine wraps it as that EventSource type
does. Events of HTTP sources (webhook, GitHub, GitLab, Slack…) arrive as a request with
Content-Type: application/json and the event's method; --header 'Name: value' (repeatable) adds
headers to every event sent, e.g. X-GitHub-Event and X-Hub-Signature-256 for a GitHub source with
a webhookSecret (the signature is not checked: the Secret is not in the design), and --method
sends them with another method (a webhook source reads a GET's URL query, not its body: a body
given for a GET event is dropped, with a warning). Sources that take no HTTP request ignore
both, with a warning. For each firing it shows the rendered parameter values, the resource or request in brief and
the Workflow's predicted output; for each trigger that does not fire, why (filters, conditions, a
dataKey that is not in the event, with the closest path that is). The clock starts at --at
(default ${DEFAULT_START}); --advance moves it afterwards, firing calendar sources and
conditionsReset crons. Then the clock moves on until no trigger action is pending: retries after
their backoff, firings delayed by a rateLimit, dead-letter triggers. Each firing says when its
action ran and how many attempts it took.

--outcome says how a trigger's action turns out on every attempt: error, error:MESSAGE, timeout,
timeout:DURATION, status:CODE (an HTTP-like answer: a failure only where a policy.status.allow
refuses it, or an API error of 400 and up for other types), labels:never or labels:N (policy.k8s
labels match at poll N), success; several, comma-separated, for successive attempts (the last one
repeats). A dead-letter trigger is named by its own template name. Each step runs under a time
and memory budget: a script, jq program or template that does not end is stopped and named.

Exit 1 when a trigger fails, an event is refused or a step is stopped; 0 otherwise, whether or not
anything fired.`,
  options: [
    {
      name: 'event',
      short: 'e',
      value: 'SOURCE/EVENT=BODY',
      help: 'send an event (repeatable, in order)',
    },
    {
      name: 'namespace',
      value: 'NS',
      help: 'namespace the events are sent in (default: the EventSource’s)',
    },
    {
      name: 'outcome',
      value: 'SENSOR/TRIGGER=OUTCOME',
      help: 'how a trigger’s action turns out: error, timeout, status:CODE, … (repeatable)',
    },
    { name: 'at', value: 'ISO-TIME', help: `virtual clock start (default ${DEFAULT_START})` },
    {
      name: 'advance',
      value: 'DURATION',
      help: 'move the clock after the events, e.g. 90s, 15m, 24h',
    },
    ...REQUEST_OPTIONS,
    TIMEOUT_OPTION,
    EXCLUDE_OPTION,
  ],
  async run(context) {
    const { args, report } = context;
    const plan = readPlan(args);
    const inputs = await readCommandInputs(context, requirePaths(args));
    if (!reportInputs(report, inputs)) return;
    const design = loadDesign(inputs.files);
    for (const s of design.skipped) report.add(s);
    const broken = yamlFindings(design.files);
    for (const f of broken) report.add(f);
    if (broken.length) return;
    if (!design.entries.some((e) => e.kind === 'Sensor')) {
      report.add(finding('error', 'simulate.no-sensor', 'the design has no Sensor to simulate'));
      return;
    }
    const steps: SimInput[] = [];
    if (plan.outcomes.length) {
      steps.push({ type: 'set-outcomes', outcomes: plan.outcomes });
      for (const o of plan.outcomes) warnUnknownTrigger(design, report, o.trigger);
    }
    for (const e of plan.events) {
      const body = await readBody(e.body, context);
      if (!body.ok) {
        report.addUnreadable(finding('error', body.code, body.message, body.path));
        return;
      }
      const namespace = lastOption(args, 'namespace') ?? namespaceOf(design, report, e.source);
      warnRequestIgnored(design, report, args, e.source, e.eventName);
      warnBodyIgnored(design, report, plan.request, { ...e, body: body.text });
      steps.push({
        type: 'event',
        source: e.source,
        eventName: e.eventName,
        ...(namespace ? { namespace } : {}),
        payload: {
          ...(plan.request.method !== undefined ? { method: plan.request.method } : {}),
          headers: { ...plan.request.headers },
          ...(body.text !== '' ? { body: body.text } : {}),
        },
      });
    }
    if (plan.advance !== null) steps.push({ type: 'advance', ms: plan.advance });
    steps.push({ type: 'settle' });

    const outcome = await context.engine().run(design.manifests, steps, plan.startMs);
    if (!outcome.ok) {
      report.add(
        stopFinding(outcome.stop, {
          files: design.files,
          entries: design.entries,
          inputs: steps,
          subject: 'the simulation',
        }),
      );
      return;
    }
    const { trace, firings } = outcome.value;
    const explained = explainFirings(design.entries, firings);
    const byId = new Map(explained.map((x) => [x.f.id, x]));
    for (const t of trace) printTrace(report, design, t, trace, byId);
    const failed = firings.filter((f) => f.result === 'failed').length;
    report.counts.firings = firings.length;
    report.counts.failedFirings = failed;
    report.data.firings = explained.map(firingJson);
    report.data.trace = trace;
    report.line(`${firings.length} trigger firing(s)${failed ? `, ${failed} failed` : ''}.`);
  },
};

interface Plan {
  events: { source: string; eventName: string; body: string }[];
  request: RequestOptions;
  outcomes: OutcomeEntry[];
  advance: number | null;
  startMs: number;
}

function readPlan(args: ParsedArgs): Plan {
  const at = lastOption(args, 'at') ?? DEFAULT_START;
  const startMs = Date.parse(at);
  if (Number.isNaN(startMs))
    throw new UsageError(
      `--at ${JSON.stringify(at)} is not an ISO time such as 2026-03-01T09:30:00Z`,
    );
  const advanceText = lastOption(args, 'advance');
  const advance = advanceText === undefined ? null : parseDuration(advanceText);
  if (advanceText !== undefined && (advance === null || advance < 0))
    throw new UsageError(
      `--advance ${JSON.stringify(advanceText)} is not a duration such as 90s, 15m or 2h`,
    );
  const events = (args.options.get('event') ?? []).map((spec) => {
    const m = /^([^/=]+)\/([^=]+)=([\s\S]*)$/.exec(spec);
    if (!m)
      throw new UsageError(`--event ${JSON.stringify(spec)} must look like SOURCE/EVENT=BODY`);
    return { source: m[1]!, eventName: m[2]!, body: m[3]! };
  });
  if (
    events.filter((e) => e.body === '@-').length > 1 ||
    (events.some((e) => e.body === '@-') && args.positionals.includes('-'))
  )
    throw new UsageError('standard input can be read only once (one @- or one -)');
  if (events.length === 0 && advance === null)
    throw new UsageError('give at least one --event or an --advance');
  return {
    events,
    request: readRequestOptions(args),
    outcomes: readOutcomeOptions(args),
    advance,
    startMs,
  };
}

/** `--outcome SENSOR/TRIGGER=OUTCOME`, repeatable; a later one for the same trigger wins. */
function readOutcomeOptions(args: ParsedArgs): OutcomeEntry[] {
  const out = new Map<string, OutcomeEntry>();
  for (const spec of args.options.get('outcome') ?? []) {
    const m = /^([^/=]+\/[^/=]+)=([\s\S]+)$/.exec(spec);
    if (!m)
      throw new UsageError(
        `--outcome ${JSON.stringify(spec)} must look like SENSOR/TRIGGER=error (or timeout, status:CODE, …)`,
      );
    const r = readOutcomes(m[2]!);
    if (!r.ok) throw new UsageError(`--outcome ${JSON.stringify(spec)}: ${r.error}`);
    out.set(m[1]!, { trigger: m[1]!, outcomes: r.outcomes });
  }
  return [...out.values()];
}

/** An outcome for a trigger the design does not have (a typo?) is said, not silently ignored. */
function warnUnknownTrigger(design: LoadedDesign, report: Report, key: string): void {
  const [sensor = '', trigger = ''] = key.split('/');
  const s = design.entries.find((e) => e.kind === 'Sensor' && e.name === sensor);
  const triggers =
    isPlainObject(s?.value.spec) && Array.isArray(s.value.spec.triggers)
      ? s.value.spec.triggers
      : [];
  const names = triggers.flatMap((t: unknown) => {
    if (!isPlainObject(t)) return [];
    const main = isPlainObject(t.template) ? [String(t.template.name)] : [];
    const dlq =
      isPlainObject(t.dlqTrigger) && isPlainObject(t.dlqTrigger.template)
        ? [String(t.dlqTrigger.template.name)]
        : [];
    return [...main, ...dlq];
  });
  if (!names.includes(trigger))
    report.add(
      finding(
        'warning',
        'simulate.unknown-trigger',
        `--outcome names ${JSON.stringify(key)}, but ${s ? `Sensor ${sensor} has no trigger ${JSON.stringify(trigger)}${names.length ? ` (it has ${names.map((n) => JSON.stringify(n)).join(', ')})` : ''}` : `the design has no Sensor ${JSON.stringify(sensor)}`}`,
      ),
    );
}

type Body = { ok: true; text: string } | { ok: false; code: string; message: string; path: string };

/** An event body: inline text, `@file` or `@-`, read up to the engine's event limit. */
async function readBody(spec: string, context: CommandContext): Promise<Body> {
  if (!spec.startsWith('@')) return { ok: true, text: spec };
  const path = spec.slice(1);
  let read: ReadResult;
  if (path === '-') {
    if (!context.io.stdin)
      return { ok: false, code: 'input.unreadable', message: 'no standard input', path: '<stdin>' };
    read = await context.io.stdin(MAX_EVENT_BYTES);
  } else
    read = readFileBounded(isAbsolute(path) ? path : join(context.io.cwd, path), MAX_EVENT_BYTES);
  const shown = path === '-' ? '<stdin>' : path;
  if (!read.ok) return { ok: false, ...read.problem, path: shown };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(read.bytes) };
  } catch {
    return {
      ok: false,
      code: 'input.not-utf8',
      message: 'the event body is not UTF-8 text',
      path: shown,
    };
  }
}

/**
 * The namespace an event is sent in: its EventSource's. An EventSource that is not in the design is
 * said as such (the engine then builds the event as a webhook would), in the namespace of the
 * sensors that wait for it.
 */
function namespaceOf(design: LoadedDesign, report: Report, source: string): string {
  const sources = design.entries.filter((e) => e.kind === 'EventSource' && e.name === source);
  if (sources.length) return sources[0]!.namespace ?? '';
  const names = design.entries.filter((e) => e.kind === 'EventSource').map((e) => e.name);
  const said = report.findings.some(
    (f) =>
      f.code === 'simulate.unknown-event-source' &&
      f.message.startsWith(`EventSource ${JSON.stringify(source)} `),
  );
  if (!said)
    report.add(
      finding(
        'warning',
        'simulate.unknown-event-source',
        `EventSource ${JSON.stringify(source)} is not in the design${names.length ? ` (it has ${names.map((n) => JSON.stringify(n)).join(', ')})` : ''}; the event is built as a webhook would receive it`,
      ),
    );
  const waiting = design.entries.find((e) => {
    const deps = isPlainObject(e.value.spec) ? e.value.spec.dependencies : undefined;
    return (
      e.kind === 'Sensor' &&
      Array.isArray(deps) &&
      deps.some((d) => isPlainObject(d) && d.eventSourceName === source)
    );
  });
  return waiting?.namespace ?? '';
}
