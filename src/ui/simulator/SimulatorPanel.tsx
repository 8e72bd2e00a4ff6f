import type { ReactNode } from 'react';
import { isRunning, shownEntry, type SimulationState } from '../../state/simulationStore';
import { useSimulation, useSimulationView } from '../../state/useSimulation';
import { useSampled } from '../common/useSampled';
import { LiveBusControl } from '../live/LiveBusControl';
import { ClockControls } from './ClockControls';
import { EntryDetails } from './EntryDetails';
import { EventComposer } from './EventComposer';
import { SavedEvents } from './SavedEvents';
import { ScenariosPanel } from './ScenariosPanel';
import { Timeline } from './Timeline';
import { TriggerOutcomes } from './TriggerOutcomes';
import './actions.css';

const countFirings = (s: SimulationState) => s.fired + s.failed;
const countFailed = (s: SimulationState) => s.failed;

/**
 * Send events and move the virtual clock (left), follow what happened and keep runs as scenarios
 * (middle), and read why, what was produced and how to replay it on a cluster (right). The panel
 * itself follows nothing a burst changes: only the parts that show it are drawn again per chunk,
 * not the forms around them.
 */
export function SimulatorPanel() {
  return (
    <div className="simulator">
      <SimulatorColumn>
        <LiveBusControl />
        <EventComposer />
        <ClockControls />
        <TriggerOutcomes />
        <SavedEvents />
      </SimulatorColumn>
      <SimulatorColumn>
        <SimulationSummary />
        <Timeline />
        <ScenariosPanel />
      </SimulatorColumn>
      <SimulatorColumn>
        <ShownEntryDetails />
      </SimulatorColumn>
    </div>
  );
}

/**
 * A column of the panel. Its body, not the grid cell, is the contained box: Chrome never lays out a
 * grid or flex item on its own, however contained, so with the cell contained every change of a
 * burst's rows laid out the whole page.
 */
function SimulatorColumn({ children }: { children: ReactNode }) {
  return (
    <div className="simulator-column">
      <div className="simulator-column-body">{children}</div>
    </div>
  );
}

function SimulationSummary() {
  const error = useSimulation((s) => s.error);
  const firings = useSimulationView(countFirings);
  const failed = useSimulationView(countFailed);
  return (
    <section className="simulator-output" aria-label="Simulation result" aria-live="polite">
      {error && (
        <p role="alert" className="simulator-error">
          {error}
        </p>
      )}
      <p className="simulator-summary" data-testid="simulator.summary">
        {firings} trigger firing{firings === 1 ? '' : 's'}
        {failed ? `, ${failed} failed` : ''}
      </p>
    </section>
  );
}

const selectFollowing = (s: SimulationState) => s.selected === null;

/**
 * While a run goes on, the details show its newest step a few times a second: a burst's chunks come
 * tens of times a second, and rendering a firing's resource and parameters for each was the biggest
 * piece of the page's work per chunk. The step it ends on shows at once.
 */
const DETAILS_EVERY_MS = 400;

function ShownEntryDetails() {
  // Followed in a transition: while a burst streams in, the newest step's details are drawn in the
  // background (React yields to the page between components), not inside the task that recorded it.
  const following = useSimulationView(selectFollowing);
  const running = useSimulationView(isRunning);
  const entry = useSampled(
    useSimulationView(shownEntry),
    running && following ? DETAILS_EVERY_MS : 0,
  );
  if (!entry) return <p className="field-hint">Details of the selected step appear here.</p>;
  // Following the newest step, the details stay in place and show each new step as it comes (a
  // burst rewrites their text, not the whole column); choosing a step opens its own.
  return <EntryDetails key={following ? 'newest' : entry.seq} entry={entry} />;
}
