import { describe, expect, it } from 'vitest';
import { parseManifests } from '../yaml/parseManifests';
import { isArgoEventsCandidate, isKubernetesObject } from './documentShape';

const doc = (text: string) => {
  const d = parseManifests(text).documents[0];
  if (!d) throw new Error('no document');
  return d;
};

describe('isKubernetesObject / isArgoEventsCandidate', () => {
  it('tells Argo Events candidates from other Kubernetes objects and other YAML', () => {
    const cases: [string, boolean, boolean][] = [
      ['apiVersion: argoproj.io/v1alpha1\nkind: Sensor\n', true, true],
      ['apiVersion: argoproj.io/v1alpha1\nkind: Sensr\n', true, true],
      ['apiVersion: v1\nkind: Sensor\n', true, true],
      ['kind: EventSource\nspec: {}\n', false, true],
      ['apiVersion: argoproj.io/v1alpha1\nspec: {}\n', false, true],
      ['apiVersion: argoproj.io/v1alpha1\nkind: Workflow\n', true, false],
      ['apiVersion: v1\nkind: ConfigMap\n', true, false],
      ['name: CI\non: [push]\n', false, false],
      ['{"kind": "List", "apiVersion": "v1", "items": []}\n', true, false],
    ];
    for (const [text, k8s, candidate] of cases) {
      expect([text, isKubernetesObject(doc(text))]).toEqual([text, k8s]);
      expect([text, isArgoEventsCandidate(doc(text))]).toEqual([text, candidate]);
    }
  });
});
