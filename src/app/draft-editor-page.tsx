/**
 * The editor route: takes the draft's editing lock, loads the draft and shows it in the editor.
 *
 * One tab edits a draft at a time. A second tab gets no lock: it shows the draft read-only,
 * reloads it whenever the editing tab saves, and offers 「在此标签页编辑」, which takes the lock
 * over (the first tab turns read-only, after finishing its pending write). Whatever happens, the
 * revision check in storage refuses a write based on an outdated revision; the refused version
 * is kept in the history and this page says so.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { watchChanges } from '@/storage/draft-events';
import { acquireDraftLock, type DraftLock } from '@/storage/draft-lock';
import { recoverJournal } from '@/storage/draft-recovery';
import {
  loadDraft,
  restoreFromBin,
  UnreadableDraftError,
  type StoredDraft,
} from '@/storage/drafts-repository';
import type { AutosaveEngine } from '@/ui/drafts/autosave-engine';
import type { WizardStepId } from '@/ui/wizard-steps';
import { storageErrorText } from '@/storage/storage-errors';
import { AppHeader } from './app-header';
import { DraftEditorSession } from './draft-editor-session';

interface DraftEditorPageProps {
  draftId: string;
  step: WizardStepId;
  focus: string | null;
}

type Loaded =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'failed'; message: string }
  | { kind: 'ready'; stored: StoredDraft; generation: number };

type LockState = 'pending' | 'owner' | 'viewer';

export function DraftEditorPage({ draftId, step, focus }: DraftEditorPageProps) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [lockState, setLockState] = useState<LockState>('pending');
  const [notice, setNotice] = useState<string | null>(null);
  const lockRef = useRef<DraftLock | null>(null);
  const engineRef = useRef<AutosaveEngine | null>(null);
  const liveRef = useRef(true);

  /** Reads the stored draft and (re)mounts the editor on it. */
  const load = useCallback(async () => {
    try {
      const stored = await loadDraft(draftId);
      if (!liveRef.current) return;
      setLoaded((previous) =>
        stored
          ? {
              kind: 'ready',
              stored,
              generation: previous.kind === 'ready' ? previous.generation + 1 : 0,
            }
          : { kind: 'missing' },
      );
    } catch (error) {
      if (!liveRef.current) return;
      setLoaded({
        kind: 'failed',
        message:
          error instanceof UnreadableDraftError
            ? `${error.message}。原始数据仍保存在本机，可在报告列表的「无法读取的草稿」中下载。`
            : storageErrorText(error),
      });
    }
  }, [draftId]);

  const holdLock = useCallback((lock: DraftLock) => {
    lockRef.current = lock;
    void lock.lost.then(() => {
      if (lockRef.current !== lock || !liveRef.current) return;
      lockRef.current = null;
      setLockState('viewer');
      setNotice('这份报告已在另一个标签页中接管编辑，这里现在只能查看，内容会随之更新。');
    });
  }, []);

  useEffect(() => {
    liveRef.current = true;
    // Per run: React may run this effect twice in a row (development), and each run must let go
    // of exactly the lock it took.
    let live = true;
    let lock: DraftLock | null = null;
    void (async () => {
      lock = await acquireDraftLock(draftId);
      if (!live) {
        lock?.release();
        return;
      }
      if (lock) {
        holdLock(lock);
        try {
          const outcome = await recoverJournal(draftId);
          if (outcome === 'applied') setNotice('已恢复上次关闭页面前尚未保存的改动。');
          if (outcome === 'kept-in-history') {
            setNotice(
              '上次关闭页面前有未保存的改动，但此后报告已在别处保存过；那些改动已存为历史版本。',
            );
          }
        } catch {
          // The journal stays for the next attempt; loading the stored draft goes on.
        }
      }
      if (!live) return;
      setLockState(lock ? 'owner' : 'viewer');
      await load();
    })();
    return () => {
      live = false;
      liveRef.current = false;
      lock?.release();
      // A lock taken over later by 「在此标签页编辑」.
      lockRef.current?.release();
      lockRef.current = null;
    };
  }, [draftId, load, holdLock]);

  // Follow saves made by other tabs.
  useEffect(
    () =>
      watchChanges((event) => {
        if (event.fromThisTab) return;
        if (event.draftId !== draftId && event.draftId !== null) return;
        const engine = engineRef.current;
        if (lockRef.current === null) {
          void load();
        } else if (engine && engine.unsaved() === null) {
          // Just took over, and the previous tab's last write landed after: show it.
          if (event.revision !== null && event.revision > engine.baseRevision) void load();
        }
      }),
    [draftId, load],
  );

  async function takeOver() {
    const lock = await acquireDraftLock(draftId, { steal: true });
    if (!lock) return;
    holdLock(lock);
    setLockState('owner');
    setNotice(null);
    await load();
  }

  const onConflict = useCallback(() => {
    setNotice(
      '另一个标签页在此期间保存了这份报告。本页未保存的改动没有覆盖它，已存为历史版本「与其他标签页冲突时本页的内容」，可在「历史版本」中查看和恢复。',
    );
    void load();
  }, [load]);

  if (loaded.kind !== 'ready') {
    return (
      <>
        <AppHeader />
        <main className="app-main">
          {loaded.kind === 'loading' && <p role="status">正在打开报告…</p>}
          {loaded.kind === 'missing' && (
            <p role="alert">
              找不到这份报告，它可能已被永久删除。<a href="#/">返回报告列表</a>
            </p>
          )}
          {loaded.kind === 'failed' && (
            <p role="alert">
              无法打开这份报告：{loaded.message} <a href="#/">返回报告列表</a>
            </p>
          )}
        </main>
      </>
    );
  }

  const inBin = loaded.stored.deletedAt !== null;
  return (
    <DraftEditorSession
      key={`${draftId}:${loaded.generation}`}
      stored={loaded.stored}
      step={step}
      focus={focus}
      readOnly={lockState !== 'owner' || inBin}
      engineRef={engineRef}
      onConflict={onConflict}
      onReload={async (note) => {
        setNotice(note);
        await load();
      }}
      banners={
        <>
          {lockState === 'viewer' && (
            <div className="banner banner-info" role="status">
              <p>
                {notice ??
                  '这份报告正在另一个标签页中编辑。这里只能查看，内容会随另一个标签页的保存而更新。'}
              </p>
              <div className="banner-actions">
                <button type="button" className="primary" onClick={takeOver}>
                  在此标签页编辑
                </button>
              </div>
            </div>
          )}
          {lockState === 'owner' && notice && (
            <div className="banner banner-info" role="status">
              <p>{notice}</p>
              <div className="banner-actions">
                <button type="button" onClick={() => setNotice(null)}>
                  知道了
                </button>
              </div>
            </div>
          )}
          {inBin && (
            <div className="banner banner-warning" role="status">
              <p>这份报告在回收站中，恢复后才能编辑。</p>
              <div className="banner-actions">
                <button
                  type="button"
                  onClick={async () => {
                    await restoreFromBin(draftId);
                    await load();
                  }}
                >
                  从回收站恢复
                </button>
              </div>
            </div>
          )}
        </>
      }
    />
  );
}
