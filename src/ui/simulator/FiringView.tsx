import { stringify } from 'yaml';
import { appliedParameters, changedValues } from '../../engine/triggers/appliedParameters';
import { predictWorkflowOutput } from '../../engine/triggers/workflowOutput';
import type { Firing } from '../../engine/trace';
import { AttemptTimeline, Time } from './AttemptTimeline';
import { CopyButton } from './JsonTree';

/** What a fired trigger would have done: the rendered resource or request, the parameters, the output. */
export function FiringView({ firing, typeSpec }: { firing: Firing; typeSpec: unknown }) {
  const params = appliedParameters(typeSpec, firing);
  const template = (typeSpec as { source?: { resource?: unknown } } | undefined)?.source?.resource;
  const changes =
    firing.resource !== undefined && template !== undefined
      ? changedValues(template, firing.resource)
      : [];
  const prediction =
    firing.triggerType === 'argoWorkflow' ? predictWorkflowOutput(firing.resource) : null;
  const rendered =
    firing.resource !== undefined
      ? stringify(firing.resource)
      : firing.request
        ? stringify(firing.request)
        : firing.log
          ? firing.log.join('\n')
          : '';
  const failed = firing.result === 'failed';
  return (
    <article
      className={`firing${failed ? ' is-failed' : ''}`}
      aria-label={`Firing of ${firing.sensor}/${firing.trigger}`}
    >
      <h4>
        {firing.sensor}/{firing.trigger} · {firing.triggerType}
        {firing.operation ? ` · ${firing.operation}` : ''}
        {firing.notExecuted ? ' · rendered only, not executed' : ''}
      </h4>
      {/* What the Workflow prints is what people look for first: it leads the firing. */}
      {prediction && (
        <div className="prediction" aria-label="Predicted output">
          <h5>Workflow</h5>
          {Object.keys(prediction.inputs).length > 0 && (
            <p>
              Entrypoint inputs:{' '}
              {Object.entries(prediction.inputs).map(([k, v]) => (
                <span key={k}>
                  <code>{k}</code> = <mark>{v}</mark>{' '}
                </span>
              ))}
            </p>
          )}
          {prediction.output ? (
            <>
              <p>
                Predicted output:{' '}
                <strong data-testid="simulator.predicted-output">
                  {prediction.output.join(' ')}
                </strong>
              </p>
              <pre className="log-lines">{prediction.output.join('\n')}</pre>
            </>
          ) : null}
          {prediction.note && (
            <p className="field-hint">Output not predicted: {prediction.note}.</p>
          )}
        </div>
      )}
      <p className="firing-run" data-testid="simulator.firing-run">
        <strong className={failed ? 'is-drop' : 'is-fire'}>
          {failed
            ? `Failed after ${firing.attempts} attempt${firing.attempts === 1 ? '' : 's'}`
            : `Succeeded${firing.attempts > 1 ? ` on attempt ${firing.attempts}` : ''}`}
        </strong>
        , ran at <Time iso={firing.time} />
        {firing.dlqOf && (
          <>
            {' '}
            as the dead-letter trigger of <strong>{firing.dlqOf}</strong>
          </>
        )}
        {!firing.atLeastOnce && ' (in the background: atLeastOnce is off)'}
        {failed && firing.error && (
          <>
            : <code>{firing.error}</code>
          </>
        )}
      </p>
      {(firing.attempts > 1 || failed || firing.triggeredAt || firing.handedTo) && (
        <AttemptTimeline firing={firing} />
      )}
      {firing.command && (
        <p>
          Runs <code>{firing.command.join(' ')}</code>
        </p>
      )}
      {params.length > 0 && (
        <table className="params-table">
          <caption>Parameters</caption>
          <thead>
            <tr>
              <th scope="col">dest</th>
              <th scope="col">from</th>
              <th scope="col">value</th>
            </tr>
          </thead>
          <tbody>
            {params.map((p, i) => (
              <tr key={i} className={p.value === null ? 'is-drop' : undefined}>
                <td>
                  <code>{p.dest}</code>
                </td>
                <td>{p.source}</td>
                <td>
                  {p.value === null ? (
                    <strong>not resolved: nothing at this dest</strong>
                  ) : (
                    <mark>{p.value}</mark>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {changes.length > 0 && (
        <>
          <h5>Changed from the template</h5>
          <ul className="changes">
            {changes.map((c) => (
              <li key={c.path}>
                <code>{c.path}</code>: {JSON.stringify(c.before) ?? '(absent)'} →{' '}
                <mark>{JSON.stringify(c.after) ?? '(absent)'}</mark>
              </li>
            ))}
          </ul>
        </>
      )}
      {firing.notes.length > 0 && (
        <ul className="field-hint">
          {firing.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {rendered === '' ? null : (
        <>
          <div className="rendered-head">
            <h5>
              {firing.resource !== undefined
                ? 'Resource'
                : firing.request
                  ? 'Request'
                  : 'Log lines'}
            </h5>
            <CopyButton text={rendered} label="Copy rendered output" />
          </div>
          <pre className="rendered">{rendered}</pre>
        </>
      )}
    </article>
  );
}
