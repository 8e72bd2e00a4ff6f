import type { ParsedTemplate } from './ast';
import { execute } from './exec';
import { BUILTINS, type TemplateFunc } from './funcs';
import { parse, TemplateSyntaxError } from './parser';
import { SPRIG_DATA } from './sprigData';
import { SPRIG_STRINGS } from './sprigStrings';
import { SPRIG_TIME } from './sprigTime';
import { withSprigArity } from './sprigArity';
import { fromJson, TemplateBudgetError, TemplateExecError, type TValue } from './values';

export { fromJson };
export type { TValue };

/** Every function a sensor's templates can call: text/template builtins plus sprig v3. */
const TEMPLATE_FUNCS: Readonly<Record<string, TemplateFunc>> = withSprigArity({
  ...SPRIG_STRINGS,
  ...SPRIG_DATA,
  ...SPRIG_TIME,
  ...BUILTINS,
});

/** `budget` marks a template the simulator stopped (steps or size), which Go would have run. */
export type TemplateOutcome =
  { ok: true; output: string } | { ok: false; error: string; budget?: true };

const CACHE = new Map<string, ParsedTemplate | string>();
const CACHE_LIMIT = 500;
const DEFAULT_MAX_STEPS = 100_000;
/** The most bytes one template evaluation may build (issue 23: indent, printf widths, repeat…). */
export const TEMPLATE_SIZE_BUDGET = 16 * 1024 * 1024;

/**
 * Parses (cached) and executes a Go text/template with sprig, the way Argo Events runs
 * dataTemplate, contextTemplate and data-filter templates (missing keys print `<no value>`).
 * Never throws; a parse or execution error comes back as `{ok: false}`. `now` is the simulated
 * clock (epoch ms) for sprig's `now`.
 */
export function renderTemplate(
  text: string,
  data: TValue,
  opts: { now?: number; maxSteps?: number; maxBytes?: number } = {},
): TemplateOutcome {
  let parsed = CACHE.get(text);
  if (parsed === undefined) {
    try {
      parsed = parse(text);
    } catch (e) {
      parsed =
        e instanceof TemplateSyntaxError
          ? `template: tpl:1: ${e.message}`
          : `template: ${String(e)}`;
    }
    const oldest = CACHE.keys().next();
    if (CACHE.size >= CACHE_LIMIT && !oldest.done) CACHE.delete(oldest.value);
    CACHE.set(text, parsed);
  }
  if (typeof parsed === 'string') return { ok: false, error: parsed };
  try {
    return {
      ok: true,
      output: execute(parsed, data, {
        funcs: TEMPLATE_FUNCS,
        now: opts.now ?? 0,
        maxSteps: opts.maxSteps ?? DEFAULT_MAX_STEPS,
        maxBytes: opts.maxBytes ?? TEMPLATE_SIZE_BUDGET,
      }),
    };
  } catch (e) {
    if (e instanceof TemplateBudgetError)
      return { ok: false, error: `template: ${e.message}`, budget: true };
    if (e instanceof TemplateExecError) return { ok: false, error: `template: tpl: ${e.message}` };
    if (e instanceof RangeError) return { ok: false, error: 'template: too deeply nested' };
    return { ok: false, error: `template: ${e instanceof Error ? e.message : String(e)}` };
  }
}
