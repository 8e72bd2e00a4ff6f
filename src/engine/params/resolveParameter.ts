import type { SensorEvent } from '../event';
import { renderEventDataAsJson } from '../eventData';
import { gjsonGet, gjsonParse, resultString, resultValue, type GjsonType } from '../json/gjson';
import { goMarshalString } from '../json/goJson';
import { renderTemplate } from '../template/goTemplate';
import { fromJson } from '../template/values';
import { base64Encode, utf8Encode } from '../../lib/utf8';
import { asRecord } from '../../lib/jsonValue';

type ParamType = GjsonType;

export type Resolved =
  | { ok: true; value: string | null; type: ParamType; via: string }
  | { ok: false; error: string; budget?: true };

interface ParamSource {
  dependencyName?: unknown;
  contextKey?: unknown;
  contextTemplate?: unknown;
  dataKey?: unknown;
  dataTemplate?: unknown;
  value?: unknown;
  useRawData?: unknown;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/**
 * ResolveParamValue (SEMANTICS §4.2): dataTemplate > dataKey > value, contextTemplate > contextKey
 * > value; data selectors beat context ones. A dependency that did not fire gives its `value` or
 * nothing (`value: null`: the parameter is skipped). `now` feeds sprig's `now`.
 */
export function resolveParameter(
  srcRaw: unknown,
  events: Readonly<Record<string, SensorEvent>>,
  now: number,
): Resolved {
  const src: ParamSource = asRecord(srcRaw) ?? {};
  const fallback = typeof src.value === 'string' ? src.value : null;
  const event = events[str(src.dependencyName)];
  if (!event)
    return {
      ok: true,
      value: fallback,
      type: 'String',
      via:
        fallback === null
          ? 'skipped: the dependency has no event in this firing'
          : 'value (the dependency has no event in this firing)',
    };
  const dataKey = str(src.dataKey);
  const dataTemplate = str(src.dataTemplate);
  const contextKey = str(src.contextKey);
  const contextTemplate = str(src.contextTemplate);
  if (!dataKey && !dataTemplate && !contextKey && !contextTemplate) {
    if (fallback !== null) return { ok: true, value: fallback, type: 'String', via: 'value' };
    return {
      ok: true,
      value: wholeEventJson(event),
      type: 'String',
      via: 'the whole event (no key or template set)',
    };
  }
  let json: string;
  let templateFailure = '';
  let template: string;
  let key: string;
  let what: string;
  if (dataKey || dataTemplate) {
    const rendered = renderEventDataAsJson(event);
    if (!rendered.ok) {
      if (fallback !== null)
        return { ok: true, value: fallback, type: 'String', via: `value (${rendered.error})` };
      return { ok: false, error: rendered.error };
    }
    json = rendered.json;
    template = dataTemplate;
    key = dataKey;
    what = 'data';
  } else {
    json = contextJson(event);
    template = contextTemplate;
    key = contextKey;
    what = 'context';
  }
  if (template) {
    // getValueWithTemplate: .Input is gjson.ParseBytes(payload).Value(), whatever JSON it holds.
    const input = resultValue(gjsonParse(json));
    const out = renderTemplate(template, { Input: fromJson(input) }, { now });
    if (out.ok && out.output !== '' && out.output !== '<no value>')
      return { ok: true, value: out.output, type: 'String', via: `${what}Template` };
    // Go would have finished the template; falling back to the key or value would be a guess.
    if (!out.ok && out.budget)
      return {
        ok: false,
        error: `${what}Template of '${str(src.dependencyName)}': ${out.error}`,
        budget: true,
      };
    templateFailure = out.ok
      ? `the template gave ${JSON.stringify(out.output)}`
      : `the template failed: ${out.error}`;
  }
  if (key) {
    const r = gjsonGet(json, key);
    if (r.exists)
      return {
        ok: true,
        // getValueByKey: JSON blocks and nulls as their raw text, everything else as String().
        value: r.type === 'Null' || r.type === 'JSON' ? r.raw : resultString(r),
        type: r.type,
        via: `${what}Key ${key}`,
      };
  }
  if (fallback !== null)
    return {
      ok: true,
      value: fallback,
      type: 'String',
      via: `value (${templateFailure ? `${templateFailure}; ` : ''}the key and template found nothing)`,
    };
  return {
    ok: false,
    error: `unable to resolve '${str(src.dependencyName)}' parameter value${templateFailure ? ` (${templateFailure})` : ''}`,
  };
}

/** The event context as JSON, with the sensor's field order. */
function contextJson(event: SensorEvent): string {
  const c = event.context;
  return `{"id":${goMarshalString(c.id)},"source":${goMarshalString(c.source)},"specversion":${goMarshalString(c.specversion)},"type":${goMarshalString(c.type)},"datacontenttype":${goMarshalString(c.datacontenttype)},"subject":${goMarshalString(c.subject)},"time":${goMarshalString(wholeSecondsUtc(c.time))}}`;
}

/** json.Marshal of the sensor's Event: the context plus `data` as base64 (it is a Go []byte). */
function wholeEventJson(event: SensorEvent): string {
  const data = event.data === null ? 'null' : JSON.stringify(base64Encode(utf8Encode(event.data)));
  return `{"context":${contextJson(event)},"data":${data}}`;
}

function wholeSecondsUtc(time: string): string {
  const ms = Date.parse(time);
  return Number.isNaN(ms)
    ? time
    : new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
