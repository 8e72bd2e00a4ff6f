import { describe, expect, it } from 'vitest';
import { validateText } from '../validate';

const bus = (name: string, namespace?: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: EventBus\nmetadata: {name: ${JSON.stringify(name)}${namespace ? `, namespace: ${JSON.stringify(namespace)}` : ''}}\nspec: {jetstream: {version: "2.9.22"}}\n`;
const codes = (text: string) =>
  validateText('d.yaml', text)
    .filter((d) => d.severity === 'error')
    .map((d) => d.code);

describe('resource names', () => {
  it('accepts what Kubernetes accepts', () => {
    expect(codes(bus('default'))).toEqual([]);
    expect(codes(bus('my.bus-2', 'argo-events'))).toEqual([]);
  });

  it('refuses names and namespaces the API server would reject, at the name', () => {
    expect(codes(bus('<img src=x>'))).toEqual(['resource.invalid-name']);
    expect(codes(bus('Default'))).toEqual(['resource.invalid-name']);
    expect(codes(bus('-bus'))).toEqual(['resource.invalid-name']);
    expect(codes(bus('default', 'Argo_Events'))).toEqual(['resource.invalid-namespace']);
    const [d] = validateText('d.yaml', bus('$(id)'));
    expect(d?.range?.line).toBe(3);
  });
});
