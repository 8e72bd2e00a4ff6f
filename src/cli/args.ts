/** Parsed command line: positional arguments and `--name value` / `--name=value` / `--flag` options. */
export interface ParsedArgs {
  positionals: string[];
  options: Map<string, string[]>;
}

export type ArgsResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

/**
 * Parses argv against the options a command accepts; `takesValue` lists options that need a value.
 * Unknown options are errors, so a typo never silently changes what a CI job checks.
 */
export function parseArgs(
  argv: readonly string[],
  known: Record<string, { takesValue: boolean }>,
): ArgsResult {
  const positionals: string[] = [];
  const options = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = a.slice(2, eq === -1 ? undefined : eq);
    const spec = known[name];
    if (!spec) return { ok: false, error: `unknown option --${name}` };
    let value = 'true';
    if (spec.takesValue) {
      const v = eq === -1 ? argv[++i] : a.slice(eq + 1);
      if (v === undefined) return { ok: false, error: `--${name} needs a value` };
      value = v;
    } else if (eq !== -1) {
      return { ok: false, error: `--${name} takes no value` };
    }
    options.set(name, [...(options.get(name) ?? []), value]);
  }
  return { ok: true, args: { positionals, options } };
}

export function lastOption(args: ParsedArgs, name: string): string | undefined {
  return args.options.get(name)?.at(-1);
}
