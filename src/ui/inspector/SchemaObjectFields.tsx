import { fieldsOf } from '../../domain/schema/fieldModel';
import type { ValuePath } from '../../domain/validation/diagnostic';
import { SchemaField, type FieldContext } from './SchemaField';

interface Props {
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
export function SchemaObjectFields({ definition, path, value, ctx, omit = [] }: Props) {
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
