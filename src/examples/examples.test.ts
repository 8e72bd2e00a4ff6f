import { describe, expect, it } from 'vitest';
import { listManifests, parseDesign } from '../domain/design/design';
import { validateDesign } from '../domain/validation/validate';
import { checkScenario } from '../engine/scenario/checkScenario';
import { compileSimDesign } from '../engine/simulate/simDesign';
import { EXAMPLES } from './templates';

describe('shipped templates', () => {
  it('there are the templates the gallery promises', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(8);
  });

  for (const ex of EXAMPLES) {
    it(`${ex.title}: validates clean and its scenarios pass`, async () => {
      const parsed = parseDesign(ex.files);
      expect(
        validateDesign(parsed)
          .filter((d) => d.severity !== 'info')
          .map((d) => `${d.severity} ${d.code} ${d.message}`),
      ).toEqual([]);
      expect(ex.scenarios.length).toBeGreaterThan(0);
      const design = compileSimDesign(
        listManifests(parsed).map((m) => ({ kind: m.kind, value: m.value })),
      );
      for (const s of ex.scenarios)
        expect((await checkScenario(design, s)).failures, s.name).toEqual([]);
    });
  }
});
