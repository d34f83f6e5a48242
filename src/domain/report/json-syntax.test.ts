import { describe, expect, it } from 'vitest';
import { checkJsonSyntax } from './json-syntax';

describe('checkJsonSyntax', () => {
  it.each([
    '{}',
    '[]',
    '0',
    '"文字"',
    '{"a": [1, -2.5e3, true, false, null, "x\\"y\\u00e9\\n"], "b": {}}',
    ' \n{ "a" : 1 }\n ',
  ])('accepts %s, as JSON.parse does', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(checkJsonSyntax(text, 32)).toEqual({ ok: true });
  });

  it.each([
    ['{"a": 1,}', '第 1 行第 9 列：此处应为带英文双引号的名称，却是 「}」'],
    ['[1, 2,]', '第 1 行第 7 列：此处应为一个值（数字、文字、列表或对象），却是 「]」'],
    ['{\n  "a": 1\n  "b": 2\n}', '第 3 行第 3 列：此处应为英文逗号「,」或「}」，却是 「"」'],
    ["{'a': 1}", "第 1 行第 2 列：此处应为带英文双引号的名称，却是 「'」"],
    ['{"a" 1}', '第 1 行第 6 列：此处应为英文冒号「:」，却是 「1」'],
    ['{"a": 01}', '第 1 行第 8 列：此处应为英文逗号「,」或「}」，却是 「1」'],
    ['{"a": "x', '第 1 行第 7 列：文字的引号没有结束'],
    ['{"a": "x\ny"}', '第 1 行第 9 列：文字中有未转义的换行或控制字符'],
    ['{"a": "\\x"}', '第 1 行第 8 列：文字中有无效的转义符「\\」'],
    ['{"a": 1', '第 1 行第 8 列：文件在此意外结束，内容不完整'],
    ['{"a": 1} {"b": 2}', '第 1 行第 10 列：完整的数据之后多出了内容 「{」'],
    ['{"a": NaN}', '第 1 行第 7 列：此处应为一个值（数字、文字、列表或对象），却是 「N」'],
    [
      '{"a": \u0001}',
      '第 1 行第 7 列：此处应为一个值（数字、文字、列表或对象），却是 控制字符 U+0001',
    ],
  ])('refuses %j where JSON.parse does, saying where', (text, message) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(checkJsonSyntax(text, 32)).toEqual({ ok: false, message });
  });

  it('refuses nesting deeper than the limit without using the call stack', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(checkJsonSyntax(deep, 32)).toEqual({
      ok: false,
      message: '第 1 行第 33 列：数据嵌套超过 32 层，不是年报文件',
    });
    expect(checkJsonSyntax('['.repeat(32) + ']'.repeat(32), 32)).toEqual({ ok: true });
  });
});
