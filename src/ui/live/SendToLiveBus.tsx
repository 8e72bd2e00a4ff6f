import { useState } from 'react';
import type { SimEntry } from '../../state/simulationStore';
import type { StepDetail } from '../../worker/messages';
import { liveBus, type PublishAnswer } from '../../worker/liveBus';
import { useLiveBus } from './useLiveBus';

/**
 * "Send to the live bus": the simulated event of this entry, published by the tap exactly as its
 * EventSource pod would (a new id and time). Only with a tap started with --allow-publish, and
 * only after a confirmation that names the server.
 */
export function SendToLiveBus({ entry, detail }: { entry: SimEntry; detail: StepDetail }) {
  const live = useLiveBus();
  const [asking, setAsking] = useState(false);
  const [answer, setAnswer] = useState<PublishAnswer | null>(null);
  const received = detail.trace.find((t) => t.type === 'event.received');
  if (live.status !== 'connected' || !live.publish || entry.live) return null;
  if (!received || received.type !== 'event.received') return null;
  const name = `${received.source}/${received.subject}`;
  const publish = async () => {
    setAsking(false);
    setAnswer(
      await liveBus().publish({
        source: received.source,
        subject: received.subject,
        type: received.sourceType,
        data: received.data,
      }),
    );
  };
  return (
    <div className="send-live">
      {asking ? (
        <div role="alertdialog" aria-label="Send to the live bus?" className="send-live-confirm">
          <p>
            Publish {name} to <strong>{live.server}</strong>? The sensors on that bus will receive
            it and may run their triggers.
          </p>
          <button type="button" onClick={() => void publish()}>
            Publish to {live.server}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAsking(true)}>
          Send to the live bus
        </button>
      )}
      {answer && (
        <p role="status" className={answer.ok ? 'field-hint' : 'simulator-error'}>
          {answer.ok
            ? `Published as event ${answer.eventId} (stream seq ${answer.seq}${answer.duplicate ? ', a duplicate the stream dropped' : ''}); it comes back as a live event.`
            : `Not published: ${answer.error ?? 'unknown error'}`}
        </p>
      )}
    </div>
  );
}
