// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '../../renderer/i18n';
import en from '../../renderer/i18n/locales/en.json';
import zh from '../../renderer/i18n/locales/zh.json';
import { ProblemBanner } from '../../renderer/src/components/ProblemBanner';
import { problemText } from '../../renderer/src/components/problemText';
import { shellWords } from '../../electron/main/shellWords';
import { PROBLEM_CODES, ProblemError, type Problem } from '../../shared/ipc/problem';
import { wordProblem } from '../../shared/ipc/problemWords';
import { problemFrom } from '../../electron/services/problems';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('en');
});

describe('problems are codes the UI words', () => {
  it('every code has words in English and Chinese, and no words are left for a code that is gone', () => {
    for (const locale of [en, zh]) {
      const codes = locale.problems.codes as Record<string, string>;
      expect(PROBLEM_CODES.filter((c) => !codes[c]?.trim())).toEqual([]);
      expect(Object.keys(codes).filter((c) => !(PROBLEM_CODES as readonly string[]).includes(c))).toEqual([]);
    }
  });

  it('a file-system error is worded from its errno in the UI language', async () => {
    const full = problemFrom(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write', path: '/d/p.json' }));
    expect(full).toMatchObject({ code: 'file-system', data: { errno: 'ENOSPC' }, file: '/d/p.json' });
    expect(wordProblem(full, en.problems)).toBe('/d/p.json: the disk is full');
    expect(wordProblem(full, zh.problems)).toBe('/d/p.json：磁盘已满');
    await i18n.changeLanguage('zh');
    expect(problemText(i18n.t, full)).toBe('/d/p.json：磁盘已满');
    const odd: Problem = { code: 'file-system', data: { errno: 'EWEIRD' }, file: '/d/p.json' };
    expect(problemText(i18n.t, odd)).toBe('/d/p.json：系统拒绝了此操作（EWEIRD）');
    expect(wordProblem(odd, en.problems)).toBe('/d/p.json: the system refused (EWEIRD)');
  });

  it('an error nobody coded is "unexpected" with its text as the detail; a ProblemError keeps its code and data', () => {
    expect(problemFrom(new TypeError('x is undefined'))).toMatchObject({ code: 'unexpected', data: { detail: 'x is undefined' } });
    const locked = problemFrom(new ProblemError('locked', { pid: 42 }, { file: '/p.json' }));
    expect(locked).toMatchObject({ code: 'locked', data: { pid: 42 }, file: '/p.json' });
    expect(wordProblem(locked, en.problems)).toBe('/p.json is open in another window or program. Close it there first.');
  });

  it('the problem banner shows the words of the UI language, never the services\' English message', async () => {
    await i18n.changeLanguage('zh');
    const problem: Problem = {
      code: 'load-invalid',
      file: '/d/bad.json',
      details: [{ path: 'framework.components[2].title.en.status', message: 'Invalid option' }],
      message: '/d/bad.json: does not match the project format',
    };
    render(<ProblemBanner title="t" problem={problem} onDismiss={() => undefined} />);
    const banner = screen.getByTestId('problem');
    expect(banner.textContent).toContain('/d/bad.json 不符合项目格式');
    expect(banner.textContent).toContain('framework.components[2].title.en.status');
    expect(banner.textContent).not.toContain('does not match');
  });
});

describe('the desktop shell speaks the UI language from the locale files', () => {
  it('menus, the close dialog and the window title', () => {
    expect(shellWords('zh').menu).toMatchObject({ file: '文件', undo: '撤销', paste: '粘贴' });
    expect(shellWords('en').closeDialog.discard).toBe('Close without saving');
    expect(shellWords('zh').appName).toBe(zh.app.title);
  });
});
