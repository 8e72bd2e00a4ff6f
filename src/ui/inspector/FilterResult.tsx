import type { FilterOutcome } from '../../engine/filters/filterEvent';

/** "Does the sample event pass?" with each filter's check: the value found, comparator and expectation. */
export function FilterResult({ outcome }: { outcome: FilterOutcome }) {
  return (
    <div className={`sample-result ${outcome.pass ? 'is-pass' : 'is-drop'}`}>
      <p role="status" aria-label="Sample event result">
        Sample event {outcome.pass ? 'passes' : 'is dropped'}: {outcome.reason}
      </p>
      <ul className="filter-checks">
        {outcome.families
          .filter((f) => f.set)
          .flatMap((f) =>
            f.checks.map((c, i) => (
              <li key={`${f.family}-${c.index}-${i}`} className={c.result ? 'is-pass' : 'is-drop'}>
                <span className="check-mark" aria-hidden="true">
                  {c.result ? '✓' : '✗'}
                </span>{' '}
                {f.family} {c.subject}
                {c.found !== undefined && <> — found {c.found}</>}
                {c.comparator && c.expected !== undefined && (
                  <>
                    , {c.comparator} {c.expected}
                  </>
                )}
                {c.error && <> — error: {c.error}</>}
                {c.note && <span className="field-hint"> ({c.note})</span>}
              </li>
            )),
          )}
      </ul>
    </div>
  );
}
