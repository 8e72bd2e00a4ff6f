import { useEffect, useState } from 'react';

interface Props {
  label: string;
  value: string;
  onCommit: (value: string) => void;
  placeholder?: string;
  hint?: string;
}

/**
 * A text field that commits on Enter or when it loses focus: one undo step per change, not one per
 * key. Escape puts back the stored value.
 */
export function CommitField({ label, value, onCommit, placeholder, hint }: Props) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  const commit = () => {
    if (draft !== value) onCommit(draft);
  };
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        value={draft}
        placeholder={placeholder}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setDraft(value);
        }}
        spellCheck={false}
      />
      {hint && <span className="field-hint">{hint}</span>}
    </label>
  );
}
