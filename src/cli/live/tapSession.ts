import type { SensorEvent } from '../../engine/event';
import type { SimState } from '../../engine/simulate/simState';
import { initialSimState } from '../../engine/simulate/simState';
import type { Firing, TraceEvent } from '../../engine/trace';
import type { Engine, EngineStop } from '../engine/engine';
import type { TapDesign } from './tapDesign';

export type SessionOutcome =
  { ok: true; trace: TraceEvent[]; firings: Firing[] } | { ok: false; stop: EngineStop };

/**
 * The design's sensors as they follow the live bus: one engine session carried from event to
 * event (its state stays in the engine, so each event costs the same however long the tap runs),
 * the clock moved to each event's arrival first (so `conditionsReset` crons clear held events as
 * the real sensor's would). After the watchdog stops a step, the engine starts again from what the
 * triggers held before it (only the 60 s redelivery memory is lost).
 */
export class TapSession {
  private held: SimState;
  private key = newKey();

  constructor(
    private readonly engine: Engine,
    private readonly design: TapDesign,
    startMs: number,
  ) {
    this.held = initialSimState(startMs);
  }

  /** What each trigger holds now (held events only). */
  get current(): SimState {
    return this.held;
  }

  /** Starts again from a state read elsewhere (the cluster's key-value buckets). */
  seed(state: SimState): void {
    this.held = state;
    this.key = newKey();
  }

  async receive(event: SensorEvent, atMs: number): Promise<SessionOutcome> {
    const ahead = Math.max(0, atMs - this.held.nowMs);
    const outcome = await this.engine.follow(this.key, this.design.manifests, this.held, [
      ...(ahead > 0 ? [{ type: 'advance' as const, ms: ahead }] : []),
      { type: 'sensor-event', event, namespace: this.design.namespace },
    ]);
    if (!outcome.ok) return outcome;
    this.held = outcome.value.held;
    return { ok: true, trace: outcome.value.trace, firings: outcome.value.firings };
  }
}

let keys = 0;
const newKey = () => `tap-${process.pid}-${++keys}-${Date.now()}`;
