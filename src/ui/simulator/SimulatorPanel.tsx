import { shownEntry, type SimulationState } from '../../state/simulationStore';
import { useSimulation, useSimulationView } from '../../state/useSimulation';
import { LiveBusControl } from '../live/LiveBusControl';
import { ClockControls } from './ClockControls';
import { EntryDetails } from './EntryDetails';
import { EventComposer } from './EventComposer';
import { SavedEvents } from './SavedEvents';
import { ScenariosPanel } from './ScenariosPanel';
import { Timeline } from './Timeline';
import { TriggerOutcomes } from './TriggerOutcomes';
import './actions.css';

const countFirings = (s: SimulationState) => s.entries.reduce((n, e) => n + e.fired + e.failed, 0);
const countFailed = (s: SimulationState) => s.entries.reduce((n, e) => n + e.failed, 0);

/**
 * Send events and move the virtual clock (left), follow what happened and keep runs as scenarios
 * (middle), and read why, what was produced and how to replay it on a cluster (right). The panel
 * itself follows nothing a burst changes: only the parts that show it are drawn again per chunk,
 * not the forms around them.
 */
export function SimulatorPanel() {
  return (
    <div className="simulator">
      <div className="simulator-column">
        <LiveBusControl />
        <EventComposer />
        <ClockControls />
        <TriggerOutcomes />
        <SavedEvents />
      </div>
      <div className="simulator-column">
        <SimulationSummary />
        <Timeline />
        <ScenariosPanel />
      </div>
      <div className="simulator-column">
        <ShownEntryDetails />
      </div>
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

function ShownEntryDetails() {
  // Followed in a transition: while a burst streams in, the newest step's details are drawn in the
  // background (React yields to the page between components), not inside the task that recorded it.
  const entry = useSimulationView(shownEntry);
  const following = useSimulationView(selectFollowing);
  if (!entry) return <p className="field-hint">Details of the selected step appear here.</p>;
  // Following the newest step, the details stay in place and show each new step as it comes (a
  // burst rewrites their text, not the whole column); choosing a step opens its own.
  return <EntryDetails key={following ? 'newest' : entry.seq} entry={entry} />;
}
