import type { Example } from '../../examples/templates';
import { useModal } from '../common/useModal';

interface Props {
  open: boolean;
  templates: readonly Example[];
  onUse: (template: Example) => void;
  onClose: () => void;
}

/** "New from template": the shipped designs, each opened as a new design with its scenarios. */
export function TemplatesDialog({ open, templates, onUse, onClose }: Props) {
  const dialog = useModal(open);
  return (
    <dialog
      ref={dialog}
      className="designs-dialog"
      aria-labelledby="templates-title"
      onClose={onClose}
    >
      <header className="designs-header">
        <h2 id="templates-title">New from template</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <ul className="templates-list">
        {templates.map((t) => (
          <li key={t.id} aria-label={t.title}>
            <div className="template-text">
              <strong>{t.title}</strong>
              <span className="field-hint">{t.description}</span>
              <span className="field-hint">
                {t.scenarios.length} test scenario{t.scenarios.length === 1 ? '' : 's'}
              </span>
            </div>
            <button type="button" onClick={() => onUse(t)}>
              Use template
            </button>
          </li>
        ))}
      </ul>
    </dialog>
  );
}
