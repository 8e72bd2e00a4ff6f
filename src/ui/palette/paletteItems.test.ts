import { describe, expect, it } from 'vitest';
import { filterPalette, findPaletteItem, paletteAction } from './paletteItems';
import { applyDesignEdit } from '../../domain/edit/designEdit';
import { listManifests, parseDesign } from '../../domain/design/design';

describe('the palette', () => {
  it('has a Sensor, which always makes a new Sensor, even with one selected', () => {
    const item = findPaletteItem('sensor.log')!;
    expect(filterPalette('sensor').map((i) => i.id)).toContain('sensor.log');
    expect(paletteAction(item, 'sensor:/build-sensor')).toEqual({
      type: 'addTrigger',
      triggerType: 'log',
    });
    const r = applyDesignEdit([], paletteAction(item, null));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(listManifests(parseDesign(r.files)).map((m) => [m.kind, m.name])).toEqual([
        ['Sensor', 'sensor'],
      ]);
  });
});
