// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fullSampleReport } from '@/domain/document/full-sample-report';
import { createExchangeFile, serializeExchangeFile } from '@/domain/report/exchange';
import { getDraft, listDrafts } from '@/storage/drafts-repository';
import { freshDatabase } from '@/storage/test-support';
import { ImportJsonButton } from './import-json-button';

vi.setConfig({ testTimeout: 30_000 });
beforeEach(freshDatabase);
afterEach(cleanup);

function setup() {
  const created: string[] = [];
  render(<ImportJsonButton onCreated={(id) => created.push(id)} />);
  const user = userEvent.setup();
  const choose = (text: string, name = '报告.json') =>
    user.upload(
      screen.getByLabelText('选择要导入的 JSON 文件'),
      new File([text], name, { type: 'application/json' }),
    );
  return { created, choose };
}

const exported = serializeExchangeFile(
  createExchangeFile(fullSampleReport(), {
    status: 'final',
    now: new Date('2024-01-20T08:00:00Z'),
  }),
);

describe('ImportJsonButton', () => {
  it('is a button named 导入 JSON', () => {
    setup();
    expect(screen.getByRole('button', { name: '导入 JSON' })).toBeTruthy();
  });

  it('stores a valid file as a new draft and reports its id, twice giving two drafts', async () => {
    const { created, choose } = setup();
    await choose(exported);
    await vi.waitFor(() => expect(created).toHaveLength(1));
    await choose(exported);
    await vi.waitFor(() => expect(created).toHaveLength(2));
    expect(new Set(created).size).toBe(2);
    const draft = await getDraft(created[0] ?? '');
    expect(draft?.report).toStrictEqual(fullSampleReport());
    expect(await listDrafts()).toHaveLength(2);
  });

  it('refuses a bad file with a message naming what and where, and creates nothing', async () => {
    const { created, choose } = setup();
    await choose(exported.replace('"research": 1,', '"research": "abc",'), '坏文件.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      '未能导入「坏文件.json」：文件中有 1 处不符合报告格式，未导入。',
    );
    expect(alert.textContent).toContain(
      '表三 一、本年新收政府信息公开申请数量 / 科研机构：应为数字，文件中是「abc」',
    );
    expect(created).toEqual([]);
    expect(await listDrafts()).toEqual([]);
  });

  it('refuses a file that is not JSON, saying where it breaks', async () => {
    const { choose } = setup();
    await choose('{"format": "nianbao.report",', '半个文件.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('文件不是有效的 JSON。');
    expect(alert.textContent).toContain('第 1 行第 29 列：文件在此意外结束，内容不完整');
    expect(await listDrafts()).toEqual([]);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const { choose } = setup();
    await choose(' '.repeat(6 * 1024 * 1024), '很大.json');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('未能导入「很大.json」：文件过大（超过 5 MB）');
    expect(await listDrafts()).toEqual([]);
  });
});
