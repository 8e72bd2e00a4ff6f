import { useId, useState } from 'react';
import {
  docUrl,
  fieldsOf,
  type FieldInfo,
  type SchemaDocument,
} from '../../domain/schema/fieldModel';
import type { ValuePath } from '../../domain/validation/diagnostic';
import { isPlainObject } from '../../lib/deepEqual';
import { CommitField, RequiredMark } from './CommitField';
import {
  firstSentence,
  isScalarShape,
  listFromText,
  scalarFromText,
  scalarToText,
  yamlFromText,
  yamlToText,
} from './schemaValues';

interface FieldContext {
  doc: SchemaDocument;
  /** Definition that declares the field (for its doc link). */
  owner: string;
  onSet: (path: ValuePath, value: unknown) => void;
}

interface Props {
  info: FieldInfo;
  path: ValuePath;
  value: unknown;
  ctx: FieldContext;
}

/** One schema field, edited the way its shape asks: text, select, nested object, list or YAML. */
function SchemaField({ info, path, value, ctx }: Props) {
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const { shape, key, required, description } = info;
  const label = key;
  const doc = <DocLink owner={ctx.owner} field={key} />;
  const hint = error ?? (description ? firstSentence(description) : undefined);
  const commit = (r: { value: unknown } | { error: string }) => {
    if ('error' in r) return setError(r.error);
    setError(null);
    ctx.onSet(path, r.value);
  };

  if (shape.kind === 'enum' || shape.kind === 'boolean') {
    const options = shape.kind === 'enum' ? shape.options : ['true', 'false'];
    const current = scalarToText(value);
    return (
      <div className="field">
        <span className="field-head">
          <label className="field-label" htmlFor={id}>
            {label}
          </label>
          {required && <RequiredMark />}
          {doc}
        </span>
        <select
          id={id}
          aria-required={required || undefined}
          value={current}
          title={description}
          onChange={(e) =>
            commit(
              scalarFromText(
                shape.kind === 'boolean' ? shape : { kind: 'string' },
                e.target.value,
                false,
              ),
            )
          }
        >
          <option value="">(not set)</option>
          {[...options, ...(current && !options.includes(current) ? [current] : [])].map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        {hint && <span className="field-hint">{hint}</span>}
      </div>
    );
  }
  if (isScalarShape(shape)) {
    return (
      <CommitField
        label={label}
        required={required}
        value={scalarToText(value)}
        hint={hint}
        title={description}
        invalid={!!error}
        extra={doc}
        onCommit={(text) => commit(scalarFromText(shape, text, required))}
      />
    );
  }
  if (shape.kind === 'list' && isScalarShape(shape.item)) {
    const text = Array.isArray(value) ? value.map(scalarToText).join(', ') : '';
    return (
      <CommitField
        label={label}
        required={required}
        value={text}
        hint={error ?? `Comma-separated. ${hint ?? ''}`.trim()}
        title={description}
        invalid={!!error}
        extra={doc}
        onCommit={(t) => commit(listFromText(shape.item, t))}
      />
    );
  }
  if (shape.kind === 'object') {
    return (
      <Collapsible label={label} hint={hint} isSet={value !== undefined} extra={doc}>
        <SchemaObjectFields
          definition={shape.definition}
          path={path}
          value={isPlainObject(value) ? value : {}}
          ctx={ctx}
        />
      </Collapsible>
    );
  }
  if (shape.kind === 'list' && shape.item.kind === 'object') {
    const items = Array.isArray(value) ? value : [];
    const definition = shape.item.definition;
    return (
      <Collapsible
        label={`${label} (${items.length})`}
        hint={hint}
        isSet={items.length > 0}
        extra={doc}
      >
        {items.map((item, i) => (
          <fieldset key={i} className="schema-item">
            <legend>
              {key} {i + 1}
            </legend>
            <SchemaObjectFields
              definition={definition}
              path={[...path, i]}
              value={isPlainObject(item) ? item : {}}
              ctx={ctx}
            />
            <button
              type="button"
              onClick={() =>
                ctx.onSet(path, items.length > 1 ? items.filter((_, j) => j !== i) : undefined)
              }
            >
              Remove {key} {i + 1}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => ctx.onSet(path, [...items, {}])}>
          Add to {key}
        </button>
      </Collapsible>
    );
  }
  return (
    <CommitField
      label={label}
      required={required}
      value={yamlToText(value)}
      multiline
      placeholder="key: value"
      hint={error ?? `YAML; Ctrl+Enter or leaving the field applies it. ${hint ?? ''}`.trim()}
      title={description}
      invalid={!!error}
      extra={doc}
      onCommit={(t) => commit(yamlFromText(t))}
    />
  );
}

function DocLink({ owner, field }: { owner: string; field: string }) {
  return (
    <a
      className="doc-link"
      href={docUrl(owner)}
      target="_blank"
      rel="noreferrer"
      aria-label={`${field} documentation`}
      title="Open the API reference"
    >
      ?
    </a>
  );
}

/** Nested content renders only once opened: the schema is deep and most of it is never visited. */
function Collapsible({
  label,
  hint,
  isSet,
  extra,
  children,
}: {
  label: string;
  hint?: string;
  isSet: boolean;
  extra: React.ReactNode;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className={`schema-object${isSet ? ' is-set' : ''}`}
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        {label}
        {isSet ? '' : ' (not set)'}
      </summary>
      {extra}
      {hint && <p className="field-hint">{hint}</p>}
      {open && <div className="schema-object-body">{children}</div>}
    </details>
  );
}

interface ObjectProps {
  definition: string;
  path: ValuePath;
  value: Record<string, unknown>;
  ctx: FieldContext;
  omit?: readonly string[];
}

/**
 * The fields of one object: required and already-set ones in view, every other field of the schema
 * one click away under "More fields", so nothing is unreachable and the panel stays short.
 */
export function SchemaObjectFields({ definition, path, value, ctx, omit = [] }: ObjectProps) {
  const fields = fieldsOf(ctx.doc, definition, omit);
  const inner = { ...ctx, owner: definition };
  const shown = fields.filter((f) => f.required || value[f.key] !== undefined);
  const more = fields.filter((f) => !shown.includes(f));
  return (
    <>
      {shown.map((f) => (
        <SchemaField
          key={f.key}
          info={f}
          path={[...path, f.key]}
          value={value[f.key]}
          ctx={inner}
        />
      ))}
      {more.length > 0 && (
        <details className="schema-more">
          <summary>More fields ({more.length})</summary>
          {more.map((f) => (
            <SchemaField
              key={f.key}
              info={f}
              path={[...path, f.key]}
              value={undefined}
              ctx={inner}
            />
          ))}
        </details>
      )}
    </>
  );
}
