import { parseTapMessage, type AppToTap, type TapToApp } from '../engine/live/liveProtocol';

/**
 * The app's connection to `eventflow tap --serve`: nothing connects until the user pastes the
 * link the tap printed, and only a loopback WebSocket link is accepted (the page's
 * Content-Security-Policy allows no other). Framework-free: the UI reads it with
 * useSyncExternalStore and gives it the sink that runs live events through the simulator.
 */
export type LiveEvent = Extract<TapToApp, { type: 'event' }>;
export type PublishAnswer = Extract<TapToApp, { type: 'published' }>;

export interface LiveSnapshot {
  status: 'idle' | 'connecting' | 'connected' | 'closed';
  /** The bus the tap follows (from its hello). */
  server: string | null;
  namespace: string;
  /** The tap lets the app publish test events. */
  publish: boolean;
  received: number;
  bad: number;
  /** The latest thing worth saying (a status from the tap, a bad message, why it closed). */
  message: string | null;
}

export interface LiveBus {
  getSnapshot(): LiveSnapshot;
  subscribe(listener: () => void): () => void;
  connect(link: string): { ok: true } | { ok: false; error: string };
  disconnect(): void;
  /** Where live events go (the simulator); events that come while none is set wait for it. */
  setSink(sink: ((e: LiveEvent) => void) | null): void;
  /** Asks the tap to publish an event as its EventSource pod would. */
  publish(event: AppToTap['event']): Promise<PublishAnswer>;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost']);

/** The pasted link, if it is a tap's: ws:// to a loopback address with a port and a token. */
export function parseLiveLink(
  text: string,
): { ok: true; url: string } | { ok: false; error: string } {
  let u: URL;
  try {
    u = new URL(text.trim());
  } catch {
    return {
      ok: false,
      error: 'Paste the ws://127.0.0.1:…/?token=… link that eventflow tap --serve printed.',
    };
  }
  if (u.protocol !== 'ws:')
    return {
      ok: false,
      error: 'The link must start with ws:// (the tap serves this machine only).',
    };
  if (!LOOPBACK.has(u.hostname))
    return {
      ok: false,
      error: 'Only a tap on this machine (127.0.0.1 or localhost) can be connected.',
    };
  if (!u.port) return { ok: false, error: 'The link has no port.' };
  if (!/^[\w-]{16,}$/.test(u.searchParams.get('token') ?? ''))
    return { ok: false, error: 'The link has no token: copy the whole link the tap printed.' };
  return { ok: true, url: `ws://${u.hostname}:${u.port}/?token=${u.searchParams.get('token')}` };
}

const IDLE: LiveSnapshot = {
  status: 'idle',
  server: null,
  namespace: '',
  publish: false,
  received: 0,
  bad: 0,
  message: null,
};

/** How many live events wait for a sink before the oldest are let go. */
const MAX_WAITING = 2000;

export function createLiveBus(
  WebSocketImpl: typeof WebSocket | undefined = globalThis.WebSocket,
): LiveBus {
  let snapshot = IDLE;
  let socket: WebSocket | null = null;
  let sink: ((e: LiveEvent) => void) | null = null;
  const waiting: LiveEvent[] = [];
  const listeners = new Set<() => void>();
  const pending = new Map<string, (a: PublishAnswer) => void>();
  let nextRequest = 1;
  const set = (patch: Partial<LiveSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const l of listeners) l();
  };
  const receive = (m: TapToApp) => {
    switch (m.type) {
      case 'hello':
        set({
          status: 'connected',
          server: m.server,
          namespace: m.namespace,
          publish: m.publish,
          message: null,
        });
        return;
      case 'event':
        set({ received: snapshot.received + 1 });
        if (sink) sink(m);
        else if (waiting.push(m) > MAX_WAITING) waiting.shift();
        return;
      case 'bad-message':
        set({
          bad: snapshot.bad + 1,
          message: `Bad message on ${m.subject} (stream seq ${m.streamSeq}): ${m.kind}: ${m.reason}`,
        });
        return;
      case 'status':
        set({ message: m.text });
        return;
      case 'published':
        pending.get(m.requestId)?.(m);
        pending.delete(m.requestId);
        return;
    }
  };
  return {
    getSnapshot: () => snapshot,
    subscribe: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    connect: (link) => {
      const parsed = parseLiveLink(link);
      if (!parsed.ok) return parsed;
      if (!WebSocketImpl) return { ok: false, error: 'This browser has no WebSocket.' };
      socket?.close();
      const ws = new WebSocketImpl(parsed.url);
      socket = ws;
      set({ ...IDLE, status: 'connecting' });
      ws.onmessage = (e) => {
        if (socket !== ws || typeof e.data !== 'string') return;
        const m = parseTapMessage(e.data);
        if (m) receive(m);
      };
      // What went wrong is said when the connection closes, which always follows.
      ws.onerror = () => {};
      ws.onclose = (e) => {
        if (socket !== ws) return;
        socket = null;
        for (const [id, answer] of pending)
          answer({
            v: 1,
            type: 'published',
            requestId: id,
            ok: false,
            subject: '',
            eventId: '',
            error: 'the connection to the tap closed',
          });
        pending.clear();
        set({
          status: 'closed',
          message:
            snapshot.status === 'connecting'
              ? 'The tap refused the link (each link works once) or is not running: start eventflow tap --serve and paste the link it prints.'
              : e.reason || 'The tap closed the connection.',
        });
      };
      return { ok: true };
    },
    disconnect: () => {
      const ws = socket;
      socket = null;
      ws?.close();
      set({ status: 'idle', message: null });
    },
    setSink: (s) => {
      sink = s;
      if (s) for (const e of waiting.splice(0)) s(e);
    },
    publish: (event) =>
      new Promise((resolve) => {
        const requestId = `r${nextRequest++}`;
        if (!socket || snapshot.status !== 'connected') {
          resolve({
            v: 1,
            type: 'published',
            requestId,
            ok: false,
            subject: '',
            eventId: '',
            error: 'not connected to a tap',
          });
          return;
        }
        pending.set(requestId, resolve);
        socket.send(JSON.stringify({ v: 1, type: 'publish', requestId, event } satisfies AppToTap));
      }),
  };
}

let shared: LiveBus | null = null;

/** The page's one connection to a tap. */
export function liveBus(): LiveBus {
  shared ??= createLiveBus();
  return shared;
}
