/**
 * Errors of the drafts repository and how to say them to the user. A failed write is never
 * silent: the editor keeps the text on screen and a banner says what happened in these words.
 */

/** A write was based on a revision that is no longer the stored one: another tab saved first. */
export class RevisionConflictError extends Error {
  constructor(
    readonly draftId: string,
    readonly expected: number,
    readonly actual: number,
  ) {
    super('这份报告已在另一个标签页中保存过，本次保存未覆盖它');
    this.name = 'RevisionConflictError';
  }
}

/** The draft is no longer stored (deleted for good in another tab). */
export class DraftMissingError extends Error {
  constructor(readonly draftId: string) {
    super(
      '这份报告已不在本机存储中：浏览器可能清除了本网站的数据，或它已在另一个标签页中被永久删除。本页的内容还在，可以重新保存到本机。',
    );
    this.name = 'DraftMissingError';
  }
}

/** What kind of failure a storage error is, to choose the words and the remedy. */
export type StorageFailureKind = 'conflict' | 'missing' | 'quota' | 'closed' | 'other';

export interface StorageFailure {
  kind: StorageFailureKind;
  /** A sentence for the user. */
  message: string;
}

function errorName(error: unknown): string {
  if (error instanceof Error) {
    // Dexie wraps IndexedDB errors and keeps the original as `inner`.
    const inner: unknown = Reflect.get(error, 'inner');
    if (inner instanceof Error && error.name.endsWith('Error') && inner.name !== 'Error') {
      return `${error.name}/${inner.name}`;
    }
    return error.name;
  }
  if (error instanceof DOMException) return error.name;
  return '';
}

const QUOTA = /Quota/;
const CLOSED = /DatabaseClosed|InvalidState|Version|Open|Abort|UnknownError/;

/** Whether a message is already in Chinese (the repository's and the domain's own errors). */
const CHINESE = /[\u4e00-\u9fff]/;

/**
 * Any failure of reading or changing the stored drafts, as one Chinese sentence for the place
 * where it happened (after a lead-in such as 「无法读取本机保存的报告：」): the app's own errors
 * as they are, the browser's full-disk and closed-database failures in words, and anything else
 * with the browser's own detail in brackets.
 */
export function storageErrorText(error: unknown): string {
  const name = errorName(error);
  if (QUOTA.test(name)) {
    return '浏览器的存储空间已满。请下载备份，并清理浏览器中其他网站的数据后重试。';
  }
  if (CLOSED.test(name)) {
    return '浏览器关闭了本机数据库（可能在另一个标签页中打开了新版本的应用，或浏览器正在清理数据）。请刷新页面后重试。';
  }
  const detail = error instanceof Error ? error.message : String(error);
  return CHINESE.test(detail)
    ? detail
    : `浏览器的本机存储报告了错误（${detail}）。请刷新页面后重试。`;
}

/** Classifies a storage error and words it in Chinese. */
export function describeStorageError(error: unknown): StorageFailure {
  if (error instanceof RevisionConflictError) return { kind: 'conflict', message: error.message };
  if (error instanceof DraftMissingError) return { kind: 'missing', message: error.message };
  const name = errorName(error);
  if (QUOTA.test(name)) {
    return {
      kind: 'quota',
      message:
        '浏览器的存储空间已满，改动没能写入本机。请下载备份，并清理浏览器中其他网站的数据后重试。',
    };
  }
  if (CLOSED.test(name)) {
    return {
      kind: 'closed',
      message:
        '浏览器关闭了本机数据库，改动没能写入（可能在另一个标签页中打开了新版本的应用，或浏览器正在清理数据）。请下载备份，然后重试或刷新页面。',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { kind: 'other', message: `改动没能写入本机：${detail}` };
}
