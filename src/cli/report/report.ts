import type { Severity } from '../../domain/validation/diagnostic';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIo } from '../io';
import { escapeControl, githubData, githubProperty, oneLine, safeJson } from './escape';
import type { Finding } from './finding';

export type OutputFormat = 'text' | 'json' | 'github';
const OUTPUT_FORMATS: readonly OutputFormat[] = ['text', 'json', 'github'];
export const isOutputFormat = (s: string): s is OutputFormat => OUTPUT_FORMATS.some((f) => f === s);

/** Version of the JSON report's shape: fields may be added within a version, never renamed or removed. */
export const JSON_FORMAT = 'eventflow-cli/1';

export interface ReportOptions {
  format: OutputFormat;
  /** Only errors and results: no warnings, infos or passing lines (text and github output). */
  quiet: boolean;
  /** More warnings than this is a failure (exit 1); null for no limit. */
  maxWarnings: number | null;
  color: boolean;
}

export type Style = 'ok' | 'bad' | 'warn' | 'dim' | 'bold';
const SGR: Record<Style, string> = { ok: '32', bad: '31', warn: '33', dim: '2', bold: '1' };
const SEVERITY_STYLE: Record<Severity, Style> = { error: 'bad', warning: 'warn', info: 'dim' };
const ANNOTATION: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A line of narrative: `detail` lines (passing checks, explanations) are left out by --quiet. */
export interface TextLine {
  text: string;
  style?: Style;
  kind?: 'result' | 'detail';
}

/**
 * Everything a command prints goes through here, so every command has the same formats, the same
 * --quiet and --max-warnings, the same exit codes and the same escaping: no name, path or message
 * from the input reaches the terminal with a control character in it.
 */
export class Report {
  readonly findings: Finding[] = [];
  /** Command-specific fields of the JSON report. */
  readonly data: Record<string, unknown> = {};
  /** Command-specific counts, shown in the JSON summary. */
  readonly counts: Record<string, number> = {};
  private unreadable = false;
  /**
   * Set by a command that printed its own JSON as it went (`tap`: one object per line, its last
   * one the summary): the report then prints no JSON document at the end.
   */
  streamed = false;

  constructor(
    private readonly io: CliIo,
    readonly command: string,
    readonly options: ReportOptions,
  ) {}

  get format(): OutputFormat {
    return this.options.format;
  }

  /** Prints one line of narrative (text and github output); never in JSON. */
  line(text: string, style?: Style, kind: 'result' | 'detail' = 'result'): void {
    if (this.options.format === 'json') return;
    if (kind === 'detail' && this.options.quiet) return;
    let safe = escapeControl(text);
    // A line that starts like a workflow command would be read as one by GitHub Actions.
    if (this.options.format === 'github' && /^\s*::/.test(safe)) safe = safe.replace('::', '%3A:');
    this.io.out(`${this.paint(style, safe)}\n`);
  }

  /**
   * Records a finding and prints it: text as `file:line:col severity code message` (or `text`
   * lines given by the command), github as a workflow annotation, JSON at the end.
   */
  add(f: Finding, text?: TextLine[]): void {
    this.findings.push(f);
    if (this.options.format === 'json') return;
    if (this.options.quiet && f.severity !== 'error') return;
    if (this.options.format === 'github') {
      const props = [
        f.file !== null ? `file=${githubProperty(f.file)}` : null,
        f.file !== null ? `line=${f.line}` : null,
        f.file !== null ? `col=${f.col}` : null,
        f.file !== null && f.endLine !== undefined ? `endLine=${f.endLine}` : null,
        f.file !== null && f.endCol !== undefined && f.endLine === f.line
          ? `endColumn=${f.endCol}`
          : null,
        `title=${githubProperty(f.code)}`,
      ].filter((p) => p !== null);
      this.io.out(`::${ANNOTATION[f.severity]} ${props.join(',')}::${githubData(f.message)}\n`);
      return;
    }
    if (text) {
      for (const l of text) this.line(l.text, l.style, l.kind);
      return;
    }
    const where = f.file !== null ? `${escapeControl(f.file)}:${f.line}:${f.col} ` : '';
    this.io.out(
      `${where}${this.paint(SEVERITY_STYLE[f.severity], f.severity)} ${escapeControl(f.code)} ${oneLine(f.message)}\n`,
    );
  }

  /** A path that could not be read as text: reported like any finding, and the exit code is 2. */
  addUnreadable(f: Finding): void {
    this.unreadable = true;
    this.add(f);
  }

  get hasUnreadable(): boolean {
    return this.unreadable;
  }

  count(severity: Severity): number {
    return this.findings.filter((f) => f.severity === severity).length;
  }

  /** The exit code: 2 for unreadable input, 1 for errors or too many warnings, else 0. */
  exitCode(): number {
    if (this.unreadable) return EXIT_USAGE;
    if (this.count('error') > 0) return EXIT_FINDINGS;
    const max = this.options.maxWarnings;
    if (max !== null && this.count('warning') > max) return EXIT_FINDINGS;
    return EXIT_OK;
  }

  /** Prints the JSON report (JSON output) or the --max-warnings verdict, and returns the exit code. */
  finish(): number {
    const code = this.exitCode();
    const max = this.options.maxWarnings;
    const warnings = this.count('warning');
    if (this.options.format === 'json') {
      if (this.streamed) return code;
      this.io.out(
        `${safeJson({
          format: JSON_FORMAT,
          command: this.command,
          exitCode: code,
          summary: {
            errors: this.count('error'),
            warnings,
            infos: this.count('info'),
            ...this.counts,
          },
          findings: this.findings,
          ...this.data,
        })}\n`,
      );
    } else if (max !== null && warnings > max)
      this.line(`${warnings} warning(s) is more than --max-warnings ${max}.`, 'bad');
    return code;
  }

  paint(style: Style | undefined, text: string): string {
    if (!style || !this.options.color || this.options.format !== 'text') return text;
    return `\u001b[${SGR[style]}m${text}\u001b[0m`;
  }
}
