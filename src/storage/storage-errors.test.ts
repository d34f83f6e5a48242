import { describe, expect, it } from 'vitest';
import { DraftMissingError, RevisionConflictError, storageErrorText } from './storage-errors';

function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

describe('storageErrorText', () => {
  it('keeps the app’s own errors as they are', () => {
    expect(storageErrorText(new RevisionConflictError('d', 1, 2))).toBe(
      '这份报告已在另一个标签页中保存过，本次保存未覆盖它',
    );
    expect(storageErrorText(new DraftMissingError('d'))).toMatch(/^这份报告已不在本机存储中/);
    expect(storageErrorText(new Error('草稿不存在'))).toBe('草稿不存在');
  });

  it('says the browser’s full-disk and closed-database failures in Chinese', () => {
    expect(storageErrorText(new DOMException('quota', 'QuotaExceededError'))).toBe(
      '浏览器的存储空间已满。请下载备份，并清理浏览器中其他网站的数据后重试。',
    );
    expect(storageErrorText(named('DatabaseClosedError', 'Database has been closed'))).toMatch(
      /^浏览器关闭了本机数据库/,
    );
  });

  it('gives anything else in a Chinese sentence with the browser’s detail in brackets', () => {
    expect(storageErrorText(named('DataError', 'Failed to read'))).toBe(
      '浏览器的本机存储报告了错误（Failed to read）。请刷新页面后重试。',
    );
    expect(storageErrorText('boom')).toBe('浏览器的本机存储报告了错误（boom）。请刷新页面后重试。');
  });
});
