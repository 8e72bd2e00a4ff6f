/** The side of a worker the clients use; tests hand in fakes of it. */
export interface WorkerPort<Req, Msg> {
  postMessage(msg: Req): void;
  terminate(): void;
  onmessage: ((e: { data: Msg }) => void) | null;
  onerror: ((e: unknown) => void) | null;
}

/**
 * A browser Worker seen through its protocol. The worker is our own bundle answering with the
 * protocol's messages (structured clones of them), so its `data` is taken to be one.
 */
export function adaptWorker<Req, Msg>(worker: Worker): WorkerPort<Req, Msg> {
  const port: WorkerPort<Req, Msg> = {
    postMessage: (msg) => worker.postMessage(msg),
    terminate: () => worker.terminate(),
    onmessage: null,
    onerror: null,
  };
  worker.onmessage = (e: MessageEvent<Msg>) => port.onmessage?.({ data: e.data });
  worker.onerror = (e) => port.onerror?.(e);
  return port;
}
