import { describe, expect, it } from 'vitest';
import { decodeEntities, extractHtmlBlocks } from './html-blocks';

describe('extractHtmlBlocks', () => {
  it('skips scripts, styles, comments and the head, splits paragraphs at block elements and keeps <br> as a line break', () => {
    const blocks = extractHtmlBlocks(
      '<html><head><title>标题_网站</title><style>p{}</style></head><body><script>var a="<p>不是正文</p>";</script><!-- 注释 --><div>第一段<br>第二段</div><p><strong>一、</strong><span>总体情况</span>&nbsp;</p></body></html>',
    );
    expect(blocks).toEqual([
      { kind: 'paragraph', text: '第一段\n第二段', indent: null },
      { kind: 'paragraph', text: '一、总体情况', indent: null },
    ]);
  });

  it('expands rowspan and colspan, marking the copies, with numbers in nested p/span', () => {
    const [table] = extractHtmlBlocks(`
      <table><tbody>
        <tr><td rowspan="2"><p>（三）不予公开</p></td><td>1.属于国家秘密</td><td><p><span>0</span></p></td></tr>
        <tr><td>2.其他法律行政法规禁止公开</td><td><p style="x"><span lang="EN">1</span></p></td></tr>
        <tr><td colspan="2">行政许可</td><td>2629</td></tr>
      </tbody></table>`);
    expect(table).toEqual({
      kind: 'table',
      rows: [
        [
          { text: '（三）不予公开', merged: false },
          { text: '1.属于国家秘密', merged: false },
          { text: '0', merged: false },
        ],
        [
          { text: '（三）不予公开', merged: true },
          { text: '2.其他法律行政法规禁止公开', merged: false },
          { text: '1', merged: false },
        ],
        [
          { text: '行政许可', merged: false },
          { text: '行政许可', merged: true },
          { text: '2629', merged: false },
        ],
      ],
    });
  });

  it('keeps line breaks inside a cell and survives unclosed cells', () => {
    const [table] = extractHtmlBlocks('<table><tr><td><p>商业</p><p>企业<td>科研<br>机构</table>');
    expect(table).toEqual({
      kind: 'table',
      rows: [
        [
          { text: '商业\n企业', merged: false },
          { text: '科研\n机构', merged: false },
        ],
      ],
    });
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric references and leaves unknown ones', () => {
    expect(decodeEntities('&ldquo;三安全一稳定&rdquo; &#20013;&#x6587; &amp; &unknown;')).toBe(
      '“三安全一稳定” 中文 & &unknown;',
    );
  });
});
