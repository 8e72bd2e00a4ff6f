/** Wraps text in single quotes for sh, so nothing in it is interpreted by the shell. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * One word of a command line the user will paste into a shell: left as it is when it holds only
 * characters the shell treats literally, quoted otherwise. Names come from designs and links, which
 * may be hostile: `$(…)` or `;` in a name must never run.
 */
export function shellWord(text: string): string {
  return /^[A-Za-z0-9._/:@%+=,-]+$/.test(text) ? text : shellQuote(text);
}
