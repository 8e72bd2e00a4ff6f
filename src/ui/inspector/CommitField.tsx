import { useId, type ReactNode } from 'react';
import { useDraft } from '../common/useDraft';

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  hint?: string;
  /** Full help text, shown on hover; the hint line is its first sentence. */
  title?: string;
  /** Shown after the label, e.g. a doc link. */
  extra?: ReactNode;
  multiline?: boolean;
  invalid?: boolean;
  list?: string;
  required?: boolean;
}

/**
 * A text field that commits on Enter (Ctrl/Cmd+Enter when multiline) or when it loses focus: one
 * undo step per change, not one per key. Escape puts back the stored value. The hint describes the
 * field without becoming part of its accessible name.
 */
export function CommitField({
  label,
  value,
  onCommit,
  placeholder,
  hint,
  title,
  extra,
  multiline,
  invalid,
  list,
  required,
}: Props) {
  const [draft, setDraft] = useDraft(value);
  const id = useId();
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    title,
    spellCheck: false,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    'aria-invalid': invalid || undefined,
    'aria-required': required || undefined,
    onBlur: commit,
  };
  return (
    <div className="field">
      <span className="field-head">
        <label className="field-label" htmlFor={id}>
          {label}
        </label>
        {required && <RequiredMark />}
        {extra}
      </span>
      {multiline ? (
        <textarea
          {...common}
          rows={Math.min(12, Math.max(3, draft.split('\n').length))}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
      ) : (
        <input
          {...common}
          list={list}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') setDraft(value);
          }}
        />
      )}
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
    </div>
  );
}

export function RequiredMark() {
  return (
    <span className="required-mark" aria-hidden="true" title="required">
      *
    </span>
  );
}
