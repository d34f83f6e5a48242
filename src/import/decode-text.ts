/**
 * Bytes of a .txt or .html file to text. Chinese government pages and files come in UTF-8 and in
 * GBK/GB2312 (read as GB18030, their superset); UTF-16 files carry a byte order mark. UTF-8 is
 * tried strictly first, since a GB18030 decoder accepts almost any bytes.
 */
import { ImportFileError } from './import-error';

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  if (bytes.length === 0) throw new ImportFileError('文件是空的，没有可读取的内容。');
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0))
    throw new ImportFileError('这不是文字文件（含有二进制内容），无法按文字读取。');
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes),
      encoding: 'utf-8',
    };
  } catch {
    // Not UTF-8: try the Chinese national encoding.
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    throw new ImportFileError(
      '无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK），请另存为 UTF-8 后再试。',
    );
  }
}
