import { useState } from 'react';

/**
 * The text of a field being edited for a stored value: what the user types, until the stored value
 * changes elsewhere (undo, the YAML editor, another field), which replaces the draft. Adjusted while
 * rendering, as React advises for state that follows a prop, so no effect renders twice.
 */
export function useDraft(value: string): [string, (text: string) => void] {
  const [draft, setDraft] = useState(value);
  const [followed, setFollowed] = useState(value);
  if (followed !== value) {
    setFollowed(value);
    setDraft(value);
  }
  return [followed !== value ? value : draft, setDraft];
}
