import { useState } from 'react';
import { useDesignerStore } from '../../state/useDesignerStore';
import type { DiagnosticFix, Severity } from '../../domain/validation/diagnostic';
import { selectDiagnostics } from '../../state/selectors';

/**
 * Rows drawn at first and per "Show more": a design of thousands of resources can have thousands
 * of problems, and fifty thousand list elements cost the browser seconds of layout on every open.
 */
const PAGE = 200;

/** Every diagnostic of the design; choosing one shows its line in the YAML panel. */
export function ProblemsPanel() {
  const all = useDesignerStore(selectDiagnostics);
  const [show, setShow] = useState<'all' | Severity>('all');
  const [limit, setLimit] = useState(PAGE);
  const matching = show === 'all' ? all : all.filter((d) => d.severity === show);
  const diagnostics = matching.length > limit ? matching.slice(0, limit) : matching;
  const hidden = matching.length - diagnostics.length;
  const revealLocation = useDesignerStore((s) => s.revealLocation);
  const dispatch = useDesignerStore((s) => s.dispatch);
  const applyFix = (fix: DiagnosticFix) => dispatch({ type: 'applyFix', fix });
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  return (
    <section className="problems-panel" aria-label="Problems">
      <header className="panel-header">
        <h2>Problems</h2>
        <span className="problems-summary" data-testid="problems.summary">
          {errors} error{errors === 1 ? '' : 's'}, {warnings} warning{warnings === 1 ? '' : 's'}
          {all.length > errors + warnings
            ? `, ${all.length - errors - warnings} hint${all.length - errors - warnings === 1 ? '' : 's'}`
            : ''}
        </span>
        <label className="problems-filter">
          Show
          <select
            value={show}
            onChange={(e) => {
              setShow(e.target.value as 'all' | Severity);
              setLimit(PAGE);
            }}
          >
            <option value="all">all</option>
            <option value="error">errors</option>
            <option value="warning">warnings</option>
            <option value="info">info</option>
          </select>
        </label>
      </header>
      {all.length === 0 ? (
        <p className="problems-empty">No problems: the design passes every check.</p>
      ) : matching.length === 0 ? (
        <p className="problems-empty">None of this severity.</p>
      ) : (
        <ul className="problems-list" aria-label="Problems list">
          {diagnostics.map((d, i) => (
            <li key={`${d.file}-${d.code}-${i}`}>
              <button
                type="button"
                className={`problem problem-${d.severity}`}
                onClick={() => d.range && revealLocation(d.file, d.range.line, d.range.col)}
                data-testid="problems.row"
              >
                <span className="problem-severity">{d.severity}</span>
                <span className="problem-message">{d.message}</span>
                <span className="problem-code">{d.code}</span>
                <span className="problem-location">
                  {d.file}:{d.range?.line ?? 1}:{d.range?.col ?? 1}
                </span>
              </button>
              {d.fix && (
                <button type="button" className="problem-fix" onClick={() => applyFix(d.fix!)}>
                  Fix: {d.fix.title}
                </button>
              )}
            </li>
          ))}
          {hidden > 0 && (
            <li className="problems-more">
              <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
                Show {Math.min(PAGE, hidden)} more ({hidden.toLocaleString('en-US')} not shown)
              </button>
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
