import type { DesignFile } from './design';

/**
 * The design as one multi-document YAML text. A single file comes back byte for byte; several are
 * joined with `---` separators, each ending in a newline.
 */
export function bundleText(files: readonly DesignFile[]): string {
  if (files.length === 1) return files[0]!.text;
  return files
    .filter((f) => f.text.trim() !== '')
    .map((f) => {
      const body = f.text.replace(/^---\s*\n/, '');
      return body.endsWith('\n') ? body : `${body}\n`;
    })
    .join('---\n');
}
