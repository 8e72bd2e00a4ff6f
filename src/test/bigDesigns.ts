// Large designs for the scaling tests and `npm run bench`: sizes users really have, shaped simply.

/** One EventSource whose single event carries a `metadata` mapping of `keys` keys. */
export function wideMapping(keys: number): string {
  const lines = [
    'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: wide\nspec:\n  webhook:\n    example:\n      port: "12000"\n      endpoint: /example\n      method: POST\n      metadata:',
  ];
  for (let i = 0; i < keys; i++) lines.push(`        key-${i}: value ${i}`);
  return `${lines.join('\n')}\n`;
}

/** One webhook EventSource with `events` events. */
export function manyEvents(events: number): string {
  const lines = [
    'apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: many\nspec:\n  webhook:',
  ];
  for (let i = 0; i < events; i++)
    lines.push(`    event-${i}:\n      port: "12000"\n      endpoint: /e${i}\n      method: POST`);
  return `${lines.join('\n')}\n`;
}

/** `resources` resources over `files` files: EventSources and the Sensors that listen to them. */
export function manyResources(resources: number, files = 5): { path: string; text: string }[] {
  const docs: string[][] = Array.from({ length: files }, () => []);
  for (let i = 0; i < resources; i++) {
    const pair = Math.floor(i / 2);
    docs[i % files]!.push(
      i % 2 === 0
        ? `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: source-${pair}\nspec:\n  webhook:\n    push:\n      port: "12000"\n      endpoint: /push-${pair}\n      method: POST\n`
        : `apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata:\n  name: sensor-${pair}\nspec:\n  dependencies:\n    - name: push\n      eventSourceName: source-${pair}\n      eventName: push\n  triggers:\n    - template:\n        name: log\n        log: {}\n`,
    );
  }
  return docs.map((d, i) => ({ path: `resources-${i}.yaml`, text: d.join('---\n') }));
}

/**
 * One file of `pairs` EventSources with `parts` events each and as many Sensors, each depending on
 * every event of its source with one trigger per dependency: many documents, each with many parts.
 */
export function manyParts(pairs: number, parts: number): string {
  const docs: string[] = [];
  for (let i = 0; i < pairs; i++) {
    const events: string[] = [];
    const deps: string[] = [];
    const triggers: string[] = [];
    for (let j = 0; j < parts; j++) {
      events.push(
        `    e${j}:\n      port: "12000"\n      endpoint: /s${i}/e${j}\n      method: POST`,
      );
      deps.push(`    - name: d${j}\n      eventSourceName: source-${i}\n      eventName: e${j}`);
      triggers.push(
        `    - template:\n        name: t${j}\n        conditions: d${j}\n        log: {}`,
      );
    }
    docs.push(
      `apiVersion: argoproj.io/v1alpha1\nkind: EventSource\nmetadata:\n  name: source-${i}\nspec:\n  webhook:\n${events.join('\n')}\n`,
      `apiVersion: argoproj.io/v1alpha1\nkind: Sensor\nmetadata:\n  name: sensor-${i}\nspec:\n  dependencies:\n${deps.join('\n')}\n  triggers:\n${triggers.join('\n')}\n`,
    );
  }
  return docs.join('---\n');
}
