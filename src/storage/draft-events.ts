/**
 * Change notices between the tabs of this browser. After every committed write the repository
 * announces which draft changed and its new revision; a tab showing that draft read-only reloads
 * it, and the draft list refreshes. Notices carry no content: the database stays the only truth.
 */
import { TAB_ID } from './database';

export interface DraftChangedEvent {
  /** The draft that changed, or null when the whole workspace did (backup restored, bin emptied). */
  draftId: string | null;
  /**
   * The revision now stored; 0 when the draft is gone; null when only its history or its place
   * (bin) changed, not its content.
   */
  revision: number | null;
  /** True when this tab made the change. */
  fromThisTab: boolean;
}

type Listener = (event: DraftChangedEvent) => void;

const CHANNEL_NAME = 'nianbao-drafts';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

interface Wire {
  draftId: string | null;
  revision: number | null;
  tab: string;
}

function isWire(value: unknown): value is Wire {
  if (typeof value !== 'object' || value === null) return false;
  const draftId: unknown = Reflect.get(value, 'draftId');
  return (
    (draftId === null || typeof draftId === 'string') &&
    (typeof Reflect.get(value, 'revision') === 'number' ||
      Reflect.get(value, 'revision') === null) &&
    typeof Reflect.get(value, 'tab') === 'string'
  );
}

function openChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  // In Node (unit tests) an open channel would keep the process alive.
  const unref: unknown = Reflect.get(channel, 'unref');
  if (typeof unref === 'function') unref.call(channel);
  channel.onmessage = (message: MessageEvent<unknown>) => {
    if (!isWire(message.data)) return;
    const event = {
      draftId: message.data.draftId,
      revision: message.data.revision,
      fromThisTab: message.data.tab === TAB_ID,
    };
    for (const listener of listeners) listener(event);
  };
  return channel;
}

/** Tells this tab and the others that a draft (or the workspace) changed. */
export function announceChange(draftId: string | null, revision: number | null): void {
  const event = { draftId, revision, fromThisTab: true };
  for (const listener of listeners) listener(event);
  openChannel()?.postMessage({ draftId, revision, tab: TAB_ID } satisfies Wire);
}

/** Calls `listener` on every change notice, from this tab or another; returns an unsubscribe. */
export function watchChanges(listener: Listener): () => void {
  openChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
