import { useLayout } from '../../state/useLayout';
import { isShown, type PanelId } from '../../state/layoutStore';
import { MenuButton } from '../common/MenuButton';

const PANELS: { id: PanelId; name: string }[] = [
  { id: 'palette', name: 'palette' },
  { id: 'inspector', name: 'inspector' },
  { id: 'yaml', name: 'YAML' },
  { id: 'bottom', name: 'bottom panel' },
];

/** The "Panels" menu: show or hide each panel (Enter on a panel's separator does the same). */
export function PanelToggles() {
  const collapsed = useLayout((s) => s.collapsed);
  const toggle = useLayout((s) => s.toggle);
  return (
    <MenuButton
      label="Panels"
      items={PANELS.map((p) => ({
        label: `${isShown(collapsed, p.id) ? 'Hide' : 'Show'} the ${p.name}`,
        run: () => toggle(p.id),
      }))}
    />
  );
}
