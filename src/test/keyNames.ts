/**
 * Test-only: designs in which every name a user chooses is one word, for the "names that are
 * object keys" property (issue 23). Each word that JavaScript objects answer to (`__proto__`,
 * `constructor`, `toString`, `hasOwnProperty`) has a control word of the same length and shape, so
 * a run with the word and a run with its control, the control written back as the word, must be
 * identical: the name behaved like any other name.
 */
export const KEY_NAMES: readonly (readonly [word: string, control: string])[] = [
  ['__proto__', '__proxy__'],
  ['constructor', 'construktor'],
  ['toString', 'toStrung'],
  ['hasOwnProperty', 'hasOwnPreperty'],
];

/**
 * EventBus, EventSource, namespace, a `spec` key that is not a type, event, header, metadata,
 * label, dependency, data filter path, trigger, parameter `dest`, payload and resource keys all
 * named `w`; a second EventSource (GitHub with a webhook secret) and a parameter whose
 * `dependencyName` is `w` in a Sensor that has no such dependency.
 */
export function keyNameDesign(w: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata: {name: ${w}, namespace: ${w}, labels: {${w}: ${w}}}
spec: {jetstream: {version: latest}}
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: ${w}, namespace: ${w}, labels: {${w}: ${w}}}
spec:
  eventBusName: ${w}
  ${w}: {x${w}: {port: "1"}}
  webhook:
    ${w}: {port: "12000", endpoint: /${w}, method: POST, metadata: {${w}: ${w}}}
---
apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata: {name: gh, namespace: ${w}}
spec:
  eventBusName: ${w}
  github:
    ${w}:
      events: [${w}, push]
      repositories: [{owner: ${w}, names: [${w}]}]
      webhookSecret: {name: ${w}, key: ${w}}
      webhook: {port: "13000", endpoint: /gh, method: POST}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: ${w}, namespace: ${w}}
spec:
  eventBusName: ${w}
  dependencies:
    - name: ${w}
      eventSourceName: ${w}
      eventName: ${w}
      filters:
        data:
          - {path: body.${w}, type: string, value: [${w}]}
    - name: gh
      eventSourceName: gh
      eventName: ${w}
  triggers:
    - template:
        name: ${w}
        http:
          url: http://x/${w}
          method: POST
          headers: {${w}: ${w}}
          payload:
            - src: {dependencyName: ${w}, dataKey: body.${w}}
              dest: ${w}
            - src: {dependencyName: ${w}, dataTemplate: "{{ .Input.body.${w} }}"}
              dest: t${w}
            - src: {dependencyName: ${w}, contextKey: type}
              dest: c${w}
    - template:
        name: k${w}
        conditions: "${w} && gh"
        k8s:
          operation: create
          source:
            resource: {apiVersion: v1, kind: ConfigMap, metadata: {name: ${w}, labels: {${w}: ${w}}}, data: {${w}: ${w}}}
          parameters:
            - src: {dependencyName: ${w}, dataKey: body.${w}}
              dest: data.${w}
            - src: {dependencyName: gh, dataKey: body.${w}, value: x}
              dest: metadata.labels.${w}
    - template:
        name: l${w}
        log: {}
---
apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata: {name: other, namespace: ${w}}
spec:
  eventBusName: ${w}
  dependencies:
    - {name: a, eventSourceName: ${w}, eventName: ${w}}
  triggers:
    - template:
        name: reads-${w}
        http:
          url: http://x/a
          payload:
            - src: {dependencyName: ${w}, dataKey: body.${w}}
              dest: x
            - src: {dependencyName: ${w}, contextKey: type, value: fallback}
              dest: y
    - template:
        name: logs-${w}
        log: {}
      parameters:
        - src: {dependencyName: ${w}, dataKey: body.${w}, value: v}
          dest: log.intervalSeconds
`;
}

/** The body sent to the webhook event: `{"w": "w", "nested": {"w": {"w": 1}}}`. */
export function keyNameBody(w: string): string {
  return JSON.stringify({ [w]: w, nested: { [w]: { [w]: 1 } } });
}

/** A scenarios file for {@link keyNameDesign}: scenario names, value paths and saved events named `w`. */
export function keyNameScenarios(w: string, designPath: string): string {
  return `apiVersion: eventflow.dev/v1alpha1
kind: Scenarios
design: [${designPath}]
scenarios:
  - name: ${w}
    steps:
      - send: ${w}/${w}
        namespace: ${w}
        body: ${keyNameBody(w)}
      - send: gh/${w}
        namespace: ${w}
        headers: {X-GitHub-Event: push, X-Hub-Signature-256: "sha256=00"}
        body: {${w}: ${w}, ref: refs/heads/main}
    expect:
      - fire: other/reads-${w}
        error: dependency "${w}" did not fire
      - fire: other/logs-${w}
        output: '"triggerName":"logs-${w}"'
      - fire: ${w}/${w}
        values: {${w}: ${w}, t${w}: ${w}}
      - fire: ${w}/k${w}
        values: {data.${w}: ${w}}
      - fire: ${w}/l${w}
  - name: ${w} twice
    steps:
      - send: ${w}/${w}
        namespace: ${w}
        body: {${w}: nope}
    expect:
      - fire: other/reads-${w}
        failed: true
      - fire: other/logs-${w}
`;
}

/** Replaces every control word in `text` (or any JSON-able value) by its word. */
export function asWord(value: unknown, word: string, control: string): unknown {
  // Header keys are canonicalised (`X-ToString` → `Tostring`): their forms are written back too.
  const forms = (s: string) => [
    s,
    s[0]!.toUpperCase() + s.slice(1),
    s[0]!.toUpperCase() + s.slice(1).toLowerCase(),
  ];
  let text = JSON.stringify(value);
  const [c, w] = [forms(control), forms(word)];
  c.forEach((form, i) => (text = text.split(form).join(w[i]!)));
  return JSON.parse(text);
}
