import { useContext } from 'react';
import { setField } from '../../domain/edit/setField';
import { isPlainObject } from '../../lib/deepEqual';
import type { ValuePath } from '../../domain/validation/diagnostic';
import { DesignerStoreContext } from '../../state/useDesignerStore';
import { CommitField } from './CommitField';

interface Props {
  resource: { kind: string; name: string; namespace: string };
  /** Path of the object in the resource, e.g. ['spec', 'webhook', 'build']. */
  path: ValuePath;
  value: unknown;
  /** Fields to show first (the required ones), in this order. */
  first?: readonly string[];
}

/**
 * The scalar settings of an object (strings, numbers, booleans) as fields. Values keep their type:
 * a quoted string stays a string (`port: "12000"`), numbers and booleans are parsed back.
 */
export function ScalarFields({ resource, path, value, first = [] }: Props) {
  const store = useContext(DesignerStoreContext);
  if (!store || !isPlainObject(value)) return null;
  const keys = Object.keys(value).filter((k) => ['string', 'number', 'boolean'].includes(typeof value[k]));
  const ordered = [...first.filter((k) => keys.includes(k)), ...keys.filter((k) => !first.includes(k))];
  return (
    <>
      {ordered.map((k) => (
        <CommitField
          key={k}
          label={k}
          value={String(value[k])}
          onCommit={(text) => store.getState().applyEdit((f) => setField(f, resource, [...path, k], convert(value[k], text)))}
        />
      ))}
    </>
  );
}

function convert(previous: unknown, text: string): unknown {
  if (typeof previous === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  if (typeof previous === 'boolean' && (text === 'true' || text === 'false')) return text === 'true';
  return text;
}
