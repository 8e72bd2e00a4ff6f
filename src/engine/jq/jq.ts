import factory from 'jq-wasm/dist/build/jq.js';
import type { JqLookup, JqResult } from '../simulate/transform';

type JqModule = Awaited<ReturnType<typeof factory>>;

let instance: Promise<JqModule> | null = null;
// jq-wasm shares one stdin/stdout per instance, so calls must not interleave.
let queue: Promise<unknown> = Promise.resolve();

/** Runs a jq program (real jq 1.7, WebAssembly) on JSON text; outputs are compact JSON texts. */
export function runJq(program: string, input: string): Promise<JqResult> {
  const run = async (): Promise<JqResult> => {
    try {
      instance ??= factory();
      const jq = await instance;
      const text = await jq.raw(input, program, ['-c']);
      return { ok: true, outputs: text === '' ? [] : text.split('\n') };
    } catch (e) {
      return {
        ok: false,
        error: (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? 'jq failed',
      };
    }
  };
  const next = queue.then(run, run);
  queue = next;
  return next;
}

/** Precomputed jq results, looked up synchronously by the pure simulation step. */
export class JqResults {
  private readonly results = new Map<string, JqResult>();
  lookup: JqLookup = (program, input) => this.results.get(`${program}\u0000${input}`);
  async compute(program: string, input: string): Promise<void> {
    const key = `${program}\u0000${input}`;
    if (!this.results.has(key)) this.results.set(key, await runJq(program, input));
  }
}
