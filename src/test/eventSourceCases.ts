import { expect, it } from 'vitest';
import { validateText } from '../domain/validation/validate';

/** Test-only: one EventSource with one event `ev` of `type` (JSON is YAML, so JSON is written). */
export function eventSourceText(type: string, config: unknown): string {
  return `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata: {name: es}\nspec:\n  ${type}:\n    ev: ${JSON.stringify(config)}\n`;
}

/** `severity code` of each EventSource finding, without the exposure hint every webhook gets. */
export function eventFindings(type: string, config: unknown): string[] {
  return validateText('es.yaml', eventSourceText(type, config))
    .filter(
      (d) => d.code.startsWith('eventsource.') && d.code !== 'eventsource.webhook.not-exposed',
    )
    .map((d) => `${d.severity} ${d.code}`);
}

/** [upstream rule, type, a config the upstream accepts, one it rejects, the findings for it]. */
export type EventSourceCase = [string, string, unknown, unknown, string[]];

export const HOOK = { endpoint: '/x', port: '12000' };
export const SECRET = { name: 's', key: 'k' };

/** One test per row: the accepted config has no finding, the rejected one exactly those listed. */
export function itAcceptsAndRejects(cases: readonly EventSourceCase[]): void {
  it.each(cases)('%s', (_, type, good, bad, expected) => {
    expect(eventFindings(type, good)).toEqual([]);
    expect(eventFindings(type, bad)).toEqual(expected);
  });
}
