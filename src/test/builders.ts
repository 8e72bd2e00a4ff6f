/** Test-only builders for small, valid designs that a test then breaks in one place. */
export const BUS = `apiVersion: argoproj.io/v1alpha1
kind: EventBus
metadata:
  name: default
spec:
  jetstream:
    version: latest
`;

export const WEBHOOK_SOURCE = `apiVersion: argoproj.io/v1alpha1
kind: EventSource
metadata:
  name: webhook
spec:
  webhook:
    build:
      port: "12000"
      endpoint: /build
      method: POST
`;

export const SENSOR = `apiVersion: argoproj.io/v1alpha1
kind: Sensor
metadata:
  name: build-sensor
spec:
  dependencies:
    - name: webhook-build
      eventSourceName: webhook
      eventName: build
  triggers:
    - template:
        name: log-it
        log: {}
`;

/** Joins documents into one multi-document file. */
export function design(...docs: string[]): string {
  return docs.join('---\n');
}
