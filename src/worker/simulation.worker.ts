import { handleRequest, type SimRequest } from './protocol';

// The worker is a thin adapter: every message goes to the shared, tested handler.
self.onmessage = async (e: MessageEvent<SimRequest>) => {
  self.postMessage(
    await handleRequest(e.data, (p) => self.postMessage(p), { now: () => performance.now() }),
  );
};
