import type { DataFilterRow } from '../../domain/edit/dependencyEdits';
import { CommitField } from './CommitField';
import { FieldPicker } from './FieldPicker';

interface Props {
  rows: DataFilterRow[];
  operator: '' | 'and' | 'or';
  /** The sample payload, for picking a path. */
  sampleData: unknown;
  onChange: (rows: DataFilterRow[], operator: '' | 'and' | 'or') => void;
}

const COMPARATORS = ['=', '!=', '>', '>=', '<', '<='];

/** Data filters of a dependency: path, type, comparator and values, combined with and/or. */
export function DataFiltersEditor({ rows, operator, sampleData, onChange }: Props) {
  const update = (i: number, patch: Partial<DataFilterRow>) =>
    onChange(
      rows.map((r, j) => (j === i ? { ...r, ...patch } : r)),
      operator,
    );
  return (
    <fieldset className="parameters">
      <legend>Data filters</legend>
      {rows.map((r, i) => (
        <div className="parameter-row" key={i} role="group" aria-label={`Data filter ${i + 1}`}>
          <CommitField
            label="Path"
            value={r.path}
            onCommit={(path) => update(i, { path })}
            placeholder="body.action"
          />
          <FieldPicker
            data={sampleData}
            label={`Pick the path of data filter ${i + 1} from the sample event`}
            onPick={(path) => update(i, { path })}
          />
          <label className="field">
            <span className="field-label">Type</span>
            <select
              value={r.type}
              onChange={(e) => update(i, { type: e.target.value as DataFilterRow['type'] })}
            >
              <option value="string">string (regex)</option>
              <option value="number">number</option>
              <option value="bool">bool</option>
            </select>
          </label>
          <label className="field">
            <span className="field-label">Comparator</span>
            <select
              value={r.comparator}
              onChange={(e) => update(i, { comparator: e.target.value })}
            >
              {COMPARATORS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          </label>
          <CommitField
            label="Values (comma-separated, any of)"
            value={r.values.join(', ')}
            onCommit={(text) =>
              update(i, {
                values: text
                  .split(',')
                  .map((v) => v.trim())
                  .filter(Boolean),
              })
            }
          />
          <button
            type="button"
            onClick={() =>
              onChange(
                rows.filter((_, j) => j !== i),
                operator,
              )
            }
            aria-label={`Remove data filter ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      {rows.length > 1 && (
        <label className="field">
          <span className="field-label">Combine data filters with</span>
          <select
            value={operator || 'and'}
            onChange={(e) => onChange(rows, e.target.value as 'and' | 'or')}
          >
            <option value="and">and (all must pass)</option>
            <option value="or">or (one is enough)</option>
          </select>
        </label>
      )}
      <button
        type="button"
        onClick={() =>
          onChange(
            [...rows, { path: 'body', type: 'string', comparator: '=', values: ['.*'] }],
            operator,
          )
        }
      >
        Add data filter
      </button>
    </fieldset>
  );
}
