/**
 * What an EventSource receives from the outside world, before it builds the event. One shape
 * covers every type: HTTP sources use method/headers/body/query, message sources body plus their
 * envelope fields (key, topic, attributes…), and `fields` carries anything type-specific
 * (a resource object, a file name and operation…).
 */
export interface SourcePayload {
  /** The raw bytes received, as text: an HTTP body or a message. */
  body?: string;
  method?: string;
  headers?: Record<string, string | string[]>;
  /** Query string for HTTP GET (`a=1&b=2`). */
  query?: string;
  /** Message metadata (Kafka headers, Pub/Sub attributes, AMQP properties…). */
  attributes?: Record<string, string>;
  key?: string;
  topic?: string;
  /** Extra type-specific inputs, merged into the event data as the source would write them. */
  fields?: Record<string, unknown>;
}
