/**
 * Offline use and updates, through the service worker (vite-plugin-pwa, `registerType: 'prompt'`).
 *
 * The worker precaches the whole app on the first visit, so later visits open, edit, save and
 * export with no network. A new version never takes over by itself: this prompt offers it
 * (「有新版本可用」「立即更新」); updating first saves every pending change, then reloads. Other
 * tabs, which did not ask, are not reloaded under the user's hands: they say that a new version
 * is active and offer a reload once their work is saved.
 */
import { useEffect, useRef, useState } from 'react';
import { registerSW } from 'virtual:pwa-register';
import { flushAllUnsavedWork, hasUnsavedWork } from '@/ui/drafts/unsaved-work';

type Prompt = null | 'offline-ready' | 'need-refresh' | 'updated-elsewhere';

export function UpdatePrompt() {
  const [prompt, setPrompt] = useState<Prompt>(null);
  const update = useRef<(() => Promise<void>) | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let updating = false;
    const updateSW = registerSW({
      immediate: true,
      onOfflineReady: () => setPrompt('offline-ready'),
      onNeedRefresh: () => setPrompt('need-refresh'),
      // The new worker took control. Reload only the tab that asked for it.
      onNeedReload: () => {
        if (updating) window.location.reload();
        else setPrompt('updated-elsewhere');
      },
    });
    update.current = async () => {
      updating = true;
      await updateSW();
    };
  }, []);

  // The offline notice is news, not a question: it goes away by itself.
  useEffect(() => {
    if (prompt !== 'offline-ready') return;
    const timer = setTimeout(() => setPrompt(null), 8000);
    return () => clearTimeout(timer);
  }, [prompt]);

  async function saveThen(action: () => Promise<void> | void) {
    setError(null);
    if (!(await flushAllUnsavedWork()) || hasUnsavedWork()) {
      setError('还有改动没有保存成功，请先处理保存问题（或下载备份）后再更新。');
      return;
    }
    await action();
  }

  if (prompt === null) return null;
  if (prompt === 'offline-ready') {
    return (
      <div className="toast" role="status">
        <span>应用已可离线使用：断网后仍可打开、编辑、保存和导出。</span>
        <button type="button" onClick={() => setPrompt(null)}>
          知道了
        </button>
      </div>
    );
  }
  return (
    <div className="toast" role="alertdialog" aria-label="有新版本可用">
      <span>
        {prompt === 'need-refresh'
          ? '有新版本可用。更新前会先保存您的所有改动。'
          : '新版本已在另一个标签页中启用。保存好本页改动后请刷新页面。'}
      </span>
      {error && <span className="inline-error">{error}</span>}
      {prompt === 'need-refresh' ? (
        <button
          type="button"
          className="primary"
          onClick={() => void saveThen(() => update.current?.())}
        >
          立即更新
        </button>
      ) : (
        <button
          type="button"
          className="primary"
          onClick={() => void saveThen(() => window.location.reload())}
        >
          刷新页面
        </button>
      )}
      <button type="button" onClick={() => setPrompt(null)}>
        稍后
      </button>
    </div>
  );
}
