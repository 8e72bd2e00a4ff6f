import type { ParameterRow } from '../../domain/edit/triggerEdits';
import { CommitField } from './CommitField';
import { FieldPicker } from './FieldPicker';

interface Props {
  rows: ParameterRow[];
  dependencies: string[];
  onChange: (rows: ParameterRow[]) => void;
  listName: string;
  /** Sample payload per dependency name, for the dataKey picker. */
  sampleData: Record<string, unknown>;
}

/** Parameter mappings: which event value (dependency + dataKey…) goes to which dest path. */
export function ParametersEditor({ rows, dependencies, onChange, listName, sampleData }: Props) {
  const update = (i: number, patch: Partial<ParameterRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="parameters">
      <legend>{listName === 'payload' ? 'Payload' : 'Parameters'}</legend>
      {rows.length === 0 && (
        <p className="field-hint">
          No mappings: the{' '}
          {listName === 'payload' ? 'body is empty' : 'resource is used as written'}.
        </p>
      )}
      {rows.map((r, i) => (
        <div className="parameter-row" key={i} role="group" aria-label={`Parameter ${i + 1}`}>
          <label className="field">
            <span className="field-label">Dependency</span>
            <select
              value={r.dependencyName}
              onChange={(e) => update(i, { dependencyName: e.target.value })}
            >
              {dependencies.map((d) => (
                <option key={d} value={d}>
                  {d}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">From</span>
            <select
              value={r.from}
              onChange={(e) => update(i, { from: e.target.value as ParameterRow['from'] })}
            >
              <option value="dataKey">dataKey</option>
              <option value="dataTemplate">dataTemplate</option>
              <option value="contextKey">contextKey</option>
              <option value="value">value</option>
            </select>
          </label>
          <CommitField
            label="Key or template"
            value={r.expression}
            onCommit={(expression) => update(i, { expression })}
            placeholder="body.project"
          />
          {r.from === 'dataKey' && (
            <FieldPicker
              data={sampleData[r.dependencyName]}
              label={`Pick the dataKey of parameter ${i + 1} from the sample event`}
              onPick={(expression) => update(i, { expression })}
            />
          )}
          <CommitField
            label="Destination"
            value={r.dest}
            onCommit={(dest) => update(i, { dest })}
            placeholder="spec.arguments.parameters.0.value"
          />
          <button
            type="button"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
            aria-label={`Remove parameter ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        disabled={dependencies.length === 0}
        onClick={() =>
          onChange([
            ...rows,
            {
              dependencyName: dependencies[0] ?? '',
              from: 'dataKey',
              expression: 'body',
              dest: listName === 'payload' ? 'body' : 'spec.arguments.parameters.0.value',
            },
          ])
        }
      >
        Add parameter
      </button>
      {dependencies.length === 0 && (
        <p className="field-hint">Connect an event to this Sensor first.</p>
      )}
    </fieldset>
  );
}
