// The worker side of the burst benchmark: the same handler the app's Web Worker runs.
import { parentPort, workerData } from 'node:worker_threads';
import { handleRequest, type SimRequest } from '../src/worker/protocol';

const res = await handleRequest(workerData as SimRequest);
parentPort?.postMessage(res.type);
