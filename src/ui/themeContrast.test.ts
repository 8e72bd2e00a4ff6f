import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, themeTokens } from './themeContrast';

const css = readFileSync(new URL('./theme.css', import.meta.url), 'utf8');
const themes = themeTokens(css);

/** Tokens used as the colour of text (names, labels, links, messages). */
const TEXT = [
  'text',
  'muted',
  'accent',
  'error',
  'warning',
  'info',
  'source',
  'event',
  'bus',
  'sensor',
  'trigger',
  'pass',
];
/** Tokens that draw what identifies a control or its state (focus ring, separators when active, selected tab). */
const UI = ['accent'];
const SURFACES = ['bg', 'panel'];

// WCAG 2.2 success criteria 1.4.3 (text, 4.5:1) and 1.4.11 (user interface components, 3:1).
describe('theme contrast (WCAG AA)', () => {
  it('reads the tokens of both themes', () => {
    expect(themes.light.get('panel')).toBe('#ffffff');
    expect(themes.dark.get('panel')).not.toBe('#ffffff');
  });

  for (const [name, tokens] of Object.entries(themes)) {
    for (const surface of SURFACES) {
      for (const token of TEXT) {
        it(`${name}: --${token} text on --${surface} is at least 4.5:1`, () => {
          const ratio = contrast(tokens.get(token)!, tokens.get(surface)!);
          expect(ratio, `${tokens.get(token)} on ${tokens.get(surface)}`).toBeGreaterThanOrEqual(
            4.5,
          );
        });
      }
      for (const token of UI) {
        it(`${name}: --${token} controls on --${surface} are at least 3:1`, () => {
          expect(contrast(tokens.get(token)!, tokens.get(surface)!)).toBeGreaterThanOrEqual(3);
        });
      }
    }
  }

  it('computes the known ratios', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // The default link colour on the dark panel: the 1.74:1 doc links of issue 17.
    expect(contrast('#0000ee', '#1a2028')).toBeCloseTo(1.74, 1);
  });
});
