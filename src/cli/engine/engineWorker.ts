import type { MessagePort } from 'node:worker_threads';
import { runEngineTask } from './engineTasks';
import type { EngineMessage, EngineRequest } from './messages';

/** The worker side: answers requests one at a time, saying which step and which jq program runs. */
export function serveEngine(port: MessagePort): void {
  const send = (m: EngineMessage) => port.postMessage(m);
  port.on('message', (req: EngineRequest) => {
    void (async () => {
      try {
        const value = await runEngineTask(req, {
          beforeStep: (index) => send({ id: req.id, type: 'step', index }),
          beforeJq: (program) => send({ id: req.id, type: 'jq', program }),
        });
        send({ id: req.id, type: 'done', value });
      } catch (e) {
        send({ id: req.id, type: 'error', error: e instanceof Error ? e.message : String(e) });
      }
    })();
  });
  send({ type: 'ready' });
}
