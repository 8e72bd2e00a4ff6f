import { useId, useRef, useState } from 'react';
import { useDraft } from '../common/useDraft';
import { conditionCompletions, conditionsProblem } from '../../domain/edit/triggerEdits';

interface Props {
  value: string;
  dependencies: readonly string[];
  onCommit: (text: string) => void;
}

/**
 * The trigger's `conditions` with completion of dependency names (a combobox: arrows choose a name,
 * then Enter or Tab accepts it; Escape closes the list) and a live error marker. Nothing is chosen
 * until an arrow key or the mouse chooses it, so Enter on typed text (or on an emptied field) commits
 * what was typed. Commits like every field: on Enter or leaving it.
 */
export function ConditionsField({ value, dependencies, onCommit }: Props) {
  const [draft, setDraft] = useDraft(value);
  const [caret, setCaret] = useState(0);
  const [open, setOpen] = useState(false);
  // -1: no name chosen (the list only suggests).
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const problem = conditionsProblem(draft, dependencies);
  const { from, names } = conditionCompletions(draft, caret, dependencies);
  const showList = open && names.length > 0;
  const commit = () => {
    setOpen(false);
    if (draft !== value && !problem) onCommit(draft);
  };
  const accept = (name: string) => {
    const next = draft.slice(0, from) + name + draft.slice(caret);
    setDraft(next);
    setOpen(false);
    const at = from + name.length;
    setCaret(at);
    requestAnimationFrame(() => input.current?.setSelectionRange(at, at));
  };
  const track = (el: HTMLInputElement) => setCaret(el.selectionStart ?? el.value.length);
  return (
    <div className="field conditions-field">
      <label className="field-label" htmlFor={id}>
        Conditions
      </label>
      <input
        ref={input}
        id={id}
        role="combobox"
        aria-expanded={showList}
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${id}-opt-${active}` : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint`}
        value={draft}
        placeholder={dependencies.join(' && ') || 'all dependencies'}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setDraft(e.target.value);
          track(e.target);
          setOpen(true);
          setActive(-1);
        }}
        onSelect={(e) => track(e.currentTarget)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (showList && e.key === 'ArrowDown')
            return (e.preventDefault(), setActive((active + 1) % names.length));
          if (showList && e.key === 'ArrowUp')
            return (
              e.preventDefault(),
              setActive(active <= 0 ? names.length - 1 : Math.min(active, names.length) - 1)
            );
          const chosen = showList && active >= 0 ? names[Math.min(active, names.length - 1)] : null;
          if (chosen && (e.key === 'Enter' || e.key === 'Tab'))
            return (e.preventDefault(), accept(chosen));
          if (e.key === 'Escape') {
            // The first Escape closes the list; the next one puts back what is saved.
            e.stopPropagation();
            return showList ? setOpen(false) : setDraft(value);
          }
          if (e.key === 'Enter') commit();
          if (e.key === ' ' && e.ctrlKey) return (e.preventDefault(), setOpen(true), setActive(-1));
        }}
      />
      {showList && (
        <ul className="completions" role="listbox" id={`${id}-list`} aria-label="Dependencies">
          {names.map((n, i) => (
            <li
              key={n}
              id={`${id}-opt-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => (e.preventDefault(), accept(n))}
            >
              {n}
            </li>
          ))}
        </ul>
      )}
      <span className={problem ? 'field-error' : 'field-hint'} id={`${id}-hint`}>
        {problem ??
          `Dependencies: ${dependencies.join(', ') || 'none yet'}. Use && and ||; empty means all of them.`}
      </span>
    </div>
  );
}
