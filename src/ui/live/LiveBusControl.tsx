import { useState } from 'react';
import { liveBus } from '../../worker/liveBus';
import { useModal } from '../common/useModal';
import { useLiveEventsIntoSimulator } from './LiveBusBridge';
import { useLiveBus } from './useLiveBus';
import './live.css';

const COMMAND =
  'kubectl port-forward -n argo-events svc/eventbus-default-js-svc 4222:4222 &\n' +
  "kubectl get secret -n argo-events eventbus-default-js-client-auth -o jsonpath='{.data.client-auth}' | base64 -d > client-auth\n" +
  'npx eventflow tap --bus nats://127.0.0.1:4222 --auth-file client-auth --tls-insecure --serve';

/** The simulator's way to a real cluster: a button, its dialog, and live events into the timeline. */
export function LiveBusControl() {
  useLiveEventsIntoSimulator();
  const live = useLiveBus();
  const [open, setOpen] = useState(false);
  return (
    <section className="live-bus" aria-label="Live EventBus">
      <button type="button" onClick={() => setOpen(true)}>
        {live.status === 'connected' ? 'Live EventBus: connected' : 'Connect to a live EventBus'}
      </button>
      {live.status === 'connected' && (
        <span className="field-hint" data-testid="live.summary">
          {' '}
          {live.server}: {live.received} live event{live.received === 1 ? '' : 's'}
          {live.bad ? `, ${live.bad} bad message${live.bad === 1 ? '' : 's'}` : ''}
        </span>
      )}
      <LiveBusDialog open={open} onClose={() => setOpen(false)} />
    </section>
  );
}

function LiveBusDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useModal(open);
  const live = useLiveBus();
  const [link, setLink] = useState('');
  const [error, setError] = useState<string | null>(null);
  const connect = () => {
    const r = liveBus().connect(link);
    setError(r.ok ? null : r.error);
    if (r.ok) setLink('');
  };
  return (
    <dialog
      ref={dialog}
      className="designs-dialog live-dialog"
      aria-labelledby="live-title"
      onClose={onClose}
    >
      <header className="designs-header">
        <h2 id="live-title">Connect to a live EventBus</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </header>
      <p>
        Real events from your cluster&apos;s EventBus appear in the timeline, marked <em>live</em>,
        and run through this design: Why, Output and the canvas badges show what the sensors do with
        them, and &ldquo;Save as scenario&rdquo; keeps them as a test. The tap only reads the bus.
      </p>
      <p className="field-hint">On your machine, with kubectl pointed at the cluster:</p>
      <pre className="commands">{COMMAND}</pre>
      <p className="field-hint">
        Add <code>--allow-publish</code> to be able to send test events to the bus from the
        simulator (each one is confirmed first).
      </p>
      {live.status === 'connected' ? (
        <div className="live-connected">
          <p role="status">
            Connected to the tap following <strong>{live.server}</strong>
            {live.publish ? ' (it may publish test events you confirm)' : ''}: {live.received} live
            event{live.received === 1 ? '' : 's'} so far.
          </p>
          <button type="button" onClick={() => liveBus().disconnect()}>
            Disconnect
          </button>
        </div>
      ) : (
        <form
          className="live-form"
          onSubmit={(e) => {
            e.preventDefault();
            connect();
          }}
        >
          <label>
            Link printed by the tap
            <input
              type="text"
              value={link}
              spellCheck={false}
              autoComplete="off"
              placeholder="ws://127.0.0.1:PORT/?token=…"
              onChange={(e) => setLink(e.target.value)}
            />
          </label>
          <button type="submit" disabled={!link.trim() || live.status === 'connecting'}>
            {live.status === 'connecting' ? 'Connecting…' : 'Connect'}
          </button>
        </form>
      )}
      {(error ?? live.message) && (
        <p role={error ? 'alert' : 'status'} className={error ? 'simulator-error' : 'field-hint'}>
          {error ?? live.message}
        </p>
      )}
    </dialog>
  );
}
