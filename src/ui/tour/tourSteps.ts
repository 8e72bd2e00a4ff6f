/** One stop of the first-run tour: what to point at (a CSS selector) and what to say about it. */
export interface TourStep {
  target: string;
  title: string;
  text: string;
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    target: '.palette',
    title: 'Palette',
    text: 'Every EventSource type, EventBus and trigger. Search, then drag an item onto the canvas or press Enter on it.',
  },
  {
    target: '.canvas-area',
    title: 'Canvas',
    text: 'Your pipeline as it flows: sources, the bus, sensors and their triggers. Drag from an event\u2019s handle to a Sensor to make a dependency.',
  },
  {
    target: '.inspector',
    title: 'Inspector',
    text: 'Forms for the selected node: every field of the spec, filters with a live pass/fail on a sample event, and parameter mappings.',
  },
  {
    target: '.yaml-panel',
    title: 'YAML',
    text: 'The manifests, always in sync with the canvas. Edit either side; problems are marked where they are.',
  },
  {
    target: '.bottom-panel',
    title: 'Simulator',
    text: 'Send test events, move the virtual clock, and see why each trigger fired or not and what it would create. No cluster needed.',
  },
];

export const TOUR_DONE_KEY = 'eventflow:tour-done';
