import { describe, expect, it } from 'vitest';
import { BUS, SENSOR, WEBHOOK_SOURCE, design } from '../../../test/builders';
import { validateText } from '../validate';

const codes = (text: string) =>
  validateText('d.yaml', text)
    .filter((d) => d.code !== 'eventsource.webhook.not-exposed')
    .map((d) => `${d.severity} ${d.code}`);
const named = (name: string, conditions?: string) =>
  design(
    BUS,
    WEBHOOK_SOURCE,
    SENSOR.replace(/webhook-build/g, name).replace(
      '        log: {}\n',
      conditions ? `        conditions: "${conditions}"\n        log: {}\n` : '        log: {}\n',
    ),
  );

// pkg/sensors/listener.go: conditions go through expr (builtins and keywords are not names), then
// govaluate (a name must start with a letter); the controller accepts such names.
describe('dependency names the sensor cannot use', () => {
  it.each([
    ['len', 'len'],
    ['matches', 'matches'],
    ['_build', undefined],
    ['-build', undefined],
  ])('%s (conditions %s) is a warning', (name, conditions) => {
    expect(codes(named(name, conditions))).toContain('warning sensor.trigger.dependency-name');
  });

  it.each([
    ['len', undefined],
    ['build_1', 'build_1'],
  ])('%s (conditions %s) works', (name, conditions) => {
    expect(codes(named(name, conditions))).not.toContain('warning sensor.trigger.dependency-name');
  });
});
