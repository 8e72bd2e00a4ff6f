// The generated design the benchmarks share: big enough to show costs, shaped like real pipelines.

/** A design with `sources` webhook EventSources (2 events each) and one Sensor per source (2 deps, 2 triggers). */
export function generateDesign(sources: number): string {
  const docs: string[] = [
    'apiVersion: argoproj.io/v1alpha1\nkind: EventBus\nmetadata:\n  name: default\nspec:\n  jetstream:\n    version: latest\n',
  ];
  for (let i = 0; i < sources; i++) {
    docs.push(
      `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: hooks-${i}\nspec:\n  webhook:\n    push:\n      port: "12000"\n      endpoint: /push\n      method: POST\n    tag:\n      port: "12000"\n      endpoint: /tag\n      method: POST\n`,
    );
    docs.push(
      `apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata:\n  name: sensor-${i}\nspec:\n  dependencies:\n    - name: push\n      eventSourceName: hooks-${i}\n      eventName: push\n      filters:\n        data:\n          - path: body.ref\n            type: string\n            value: ["^refs/heads/main$"]\n    - name: tag\n      eventSourceName: hooks-${i}\n      eventName: tag\n  triggers:\n    - template:\n        name: build\n        conditions: push\n        log: {}\n    - template:\n        name: release\n        conditions: push && tag\n        http:\n          url: https://example.com/release\n          payload:\n            - src: {dependencyName: tag, dataKey: body.tag}\n              dest: tag\n`,
    );
  }
  return docs.join('---\n');
}
