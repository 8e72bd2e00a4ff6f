/** The CloudEvent context of an event as a sensor receives it from the EventBus. */
export interface EventContext {
  id: string;
  source: string;
  specversion: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: string;
}
