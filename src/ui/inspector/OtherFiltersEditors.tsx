import { useState } from 'react';
import {
  checkClockTime,
  formatExprFields,
  parseExprFields,
  type ExprFilterRow,
} from '../../domain/edit/dependencyEdits';
import { isPlainObject } from '../../lib/deepEqual';
import { CommitField } from './CommitField';

type SetFamily = (patch: Record<string, unknown>) => void;

/** Expr filters: an expression over named fields taken from the event payload. */
export function ExprFiltersEditor({
  rows,
  operator,
  onSet,
}: {
  rows: ExprFilterRow[];
  operator: unknown;
  onSet: SetFamily;
}) {
  const [error, setError] = useState<string | null>(null);
  const write = (next: ExprFilterRow[]) =>
    onSet({
      exprs: next.length ? next.map((r) => ({ expr: r.expr, fields: r.fields })) : undefined,
      ...(next.length < 2 ? { exprLogicalOperator: undefined } : {}),
    });
  const update = (i: number, patch: Partial<ExprFilterRow>) =>
    write(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="parameters">
      <legend>Expression filters</legend>
      {rows.map((r, i) => (
        <div
          className="parameter-row"
          key={i}
          role="group"
          aria-label={`Expression filter ${i + 1}`}
        >
          <CommitField
            label="Expression"
            value={r.expr}
            placeholder='a == "b" && c > 1'
            onCommit={(expr) => update(i, { expr })}
          />
          <CommitField
            label="Fields (name=path, comma-separated)"
            value={formatExprFields(r.fields)}
            invalid={!!error}
            hint={
              error ??
              'Each name is bound to the value at its path in the event, e.g. a=body.action'
            }
            onCommit={(text) => {
              const parsed = parseExprFields(text);
              if ('error' in parsed) return setError(parsed.error);
              setError(null);
              update(i, { fields: parsed.fields });
            }}
          />
          <button
            type="button"
            onClick={() => write(rows.filter((_, j) => j !== i))}
            aria-label={`Remove expression filter ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      {rows.length > 1 && (
        <label className="field">
          <span className="field-label">Combine expressions with</span>
          <select
            value={operator === 'or' ? 'or' : 'and'}
            onChange={(e) => onSet({ exprLogicalOperator: e.target.value })}
          >
            <option value="and">and (all must pass)</option>
            <option value="or">or (one is enough)</option>
          </select>
        </label>
      )}
      <button
        type="button"
        onClick={() => write([...rows, { expr: 'a != ""', fields: [{ name: 'a', path: 'body' }] }])}
      >
        Add expression filter
      </button>
    </fieldset>
  );
}

const CONTEXT_FIELDS = [
  'type',
  'subject',
  'source',
  'id',
  'specversion',
  'datacontenttype',
] as const;

/** Context filter: exact matches on CloudEvent attributes. */
export function ContextFilterEditor({ value, onSet }: { value: unknown; onSet: SetFamily }) {
  const ctx = isPlainObject(value) ? value : {};
  const set = (key: string, text: string) => {
    const next = { ...ctx, [key]: text || undefined };
    const kept = Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined));
    onSet({ context: Object.keys(kept).length ? kept : undefined });
  };
  return (
    <fieldset className="parameters">
      <legend>Context filter</legend>
      <p className="field-hint">
        Each set attribute must equal the event's CloudEvent attribute exactly.
      </p>
      {CONTEXT_FIELDS.map((k) => (
        <CommitField
          key={k}
          label={`Context ${k}`}
          value={typeof ctx[k] === 'string' ? ctx[k] : ''}
          onCommit={(t) => set(k, t)}
        />
      ))}
    </fieldset>
  );
}

/** Time filter: a daily UTC window; a stop before the start spans midnight. */
export function TimeFilterEditor({ value, onSet }: { value: unknown; onSet: SetFamily }) {
  const t = isPlainObject(value) ? value : {};
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const set = (key: 'start' | 'stop', text: string) => {
    const error = checkClockTime(text);
    setErrors((e) => ({ ...e, [key]: error }));
    if (error) return;
    const next = { start: t.start, stop: t.stop, [key]: text || undefined };
    onSet({
      time:
        next.start === undefined && next.stop === undefined
          ? undefined
          : { start: next.start ?? '00:00:00', stop: next.stop ?? '23:59:59' },
    });
  };
  return (
    <fieldset className="parameters">
      <legend>Time filter</legend>
      {(['start', 'stop'] as const).map((k) => (
        <CommitField
          key={k}
          label={`Time ${k} (UTC)`}
          value={typeof t[k] === 'string' ? t[k] : ''}
          placeholder={k === 'start' ? '09:00:00' : '17:00:00'}
          invalid={!!errors[k]}
          hint={errors[k] ?? undefined}
          onCommit={(text) => set(k, text)}
        />
      ))}
    </fieldset>
  );
}

/** Script filter: Lua that sees the payload as `event` and returns true to keep it. */
export function ScriptFilterEditor({ value, onSet }: { value: unknown; onSet: SetFamily }) {
  return (
    <fieldset className="parameters">
      <legend>Script filter</legend>
      <CommitField
        label="Lua script"
        multiline
        value={typeof value === 'string' ? value : ''}
        placeholder={'if event.body.action == "opened" then return true else return false end'}
        hint="Runs in the simulator's sandboxed Lua VM. Ctrl+Enter or leaving the field applies it."
        onCommit={(text) => onSet({ script: text.trim() ? text : undefined })}
      />
    </fieldset>
  );
}
