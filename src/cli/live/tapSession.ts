import type { SensorEvent } from '../../engine/event';
import type { SimState } from '../../engine/simulate/simState';
import { initialSimState } from '../../engine/simulate/simState';
import type { Firing, TraceEvent } from '../../engine/trace';
import type { Engine, EngineStop } from '../engine/engine';
import type { TapDesign } from './tapDesign';

export type SessionOutcome =
  { ok: true; trace: TraceEvent[]; firings: Firing[] } | { ok: false; stop: EngineStop };

/**
 * The design's sensors as they follow the live bus: one engine state carried from event to event,
 * the clock moved to each event's arrival first (so `conditionsReset` crons clear held events as
 * the real sensor's would). A step the watchdog stops leaves the state as it was.
 */
export class TapSession {
  private state: SimState;

  constructor(
    private readonly engine: Engine,
    private readonly design: TapDesign,
    startMs: number,
  ) {
    this.state = initialSimState(startMs);
  }

  get current(): SimState {
    return this.state;
  }

  /** Starts from a state read elsewhere (the cluster's key-value buckets). */
  seed(state: SimState): void {
    this.state = state;
  }

  async receive(event: SensorEvent, atMs: number): Promise<SessionOutcome> {
    const ahead = Math.max(0, atMs - this.state.nowMs);
    const outcome = await this.engine.run(
      this.design.manifests,
      [
        ...(ahead > 0 ? [{ type: 'advance' as const, ms: ahead }] : []),
        { type: 'sensor-event', event, namespace: this.design.namespace },
      ],
      this.state,
    );
    if (!outcome.ok) return outcome;
    this.state = outcome.value.state;
    return { ok: true, trace: outcome.value.trace, firings: outcome.value.firings };
  }
}
