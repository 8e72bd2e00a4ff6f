/**
 * WCAG 2 contrast of the theme's colour tokens: the variables of theme.css's `:root` (light) and of
 * its `prefers-color-scheme: dark` `:root` (dark, over the light ones).
 */

/** `--name: #rrggbb` declarations of the first `:root { … }` block in `css`. */
function rootVariables(css: string): Map<string, string> {
  const vars = new Map<string, string>();
  const block = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
  for (const m of block.matchAll(/--([\w-]+)\s*:\s*(#[0-9a-fA-F]{3,8})\s*;/g))
    vars.set(m[1]!, m[2]!);
  return vars;
}

/** The light and dark token sets of a theme stylesheet. */
export function themeTokens(css: string): {
  light: Map<string, string>;
  dark: Map<string, string>;
} {
  const light = rootVariables(css);
  const dark = new Map(light);
  for (const m of css.matchAll(/@media\s*\(prefers-color-scheme:\s*dark\)\s*\{/g)) {
    for (const [k, v] of rootVariables(css.slice(m.index + m[0].length))) {
      // Only a :root directly inside this media block counts.
      const head = css.slice(m.index + m[0].length).trimStart();
      if (head.startsWith(':root')) dark.set(k, v);
    }
  }
  return { light, dark };
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  let h = hex.slice(1);
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** The contrast ratio of two colours, 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
