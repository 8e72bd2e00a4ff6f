/** One option a command accepts. */
export interface OptionSpec {
  /** Long name, used as `--name`. */
  name: string;
  /** One-letter alias, used as `-x`. */
  short?: string;
  /** Placeholder of its value (`FORMAT`, `N`); absent for a flag. */
  value?: string;
  help: string;
  /** Accepted but not listed in help (old spellings kept working). */
  hidden?: boolean;
}

/** Parsed command line: positional arguments and options by long name (in order, repeatable). */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

/** A mistake in how the command was called: exit 2 with the command's usage. */
export class UsageError extends Error {}

/**
 * Parses argv against the options a command accepts: `--name value`, `--name=value`, `-x value`,
 * `-xvalue`, flags, `--` ending options and `-` as a positional (standard input). Unknown options
 * are errors, so a typo never silently changes what a CI job checks.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[]): ArgsResult {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  const add = (name: string, value: string) =>
    options.set(name, [...(options.get(name) ?? []), value]);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = a.slice(2, eq === -1 ? undefined : eq);
      const spec = byName.get(name);
      if (!spec) return { ok: false, error: `unknown option --${name}` };
      if (spec.value !== undefined) {
        const v = eq === -1 ? argv[++i] : a.slice(eq + 1);
        if (v === undefined) return { ok: false, error: `--${name} needs a value (${spec.value})` };
        add(name, v);
      } else if (eq !== -1) return { ok: false, error: `--${name} takes no value` };
      else add(name, 'true');
      continue;
    }
    if (a.startsWith('-') && a !== '-') {
      const spec = byShort.get(a[1] ?? '');
      if (!spec) return { ok: false, error: `unknown option ${a.slice(0, 2)}` };
      if (spec.value !== undefined) {
        const v = a.length > 2 ? a.slice(2) : argv[++i];
        if (v === undefined)
          return { ok: false, error: `-${spec.short} needs a value (${spec.value})` };
        add(spec.name, v);
      } else if (a.length > 2) return { ok: false, error: `-${spec.short} takes no value` };
      else add(spec.name, 'true');
      continue;
    }
    positionals.push(a);
  }
  return { ok: true, args: { positionals, options } };
}

export function lastOption(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}

/** True when `-h`/`--help` is among the arguments before `--`. */
export function wantsHelp(argv: readonly string[]): boolean {
  for (const a of argv) {
    if (a === '--') return false;
    if (a === '--help' || a === '-h') return true;
  }
  return false;
}

/** Help text for options, one per line, aligned. */
export function formatOptions(specs: readonly OptionSpec[]): string {
  const shown = specs.filter((s) => !s.hidden);
  const heads = shown.map(
    (s) => `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.value ? ` ${s.value}` : ''}`,
  );
  const width = Math.max(0, ...heads.map((h) => h.length));
  return shown.map((s, i) => `  ${heads[i]!.padEnd(width)}  ${s.help}`).join('\n');
}
