import { describe, expect, it } from 'vitest';
import { devToolsAllowed, flushBeforeClose, spellCheckerSetup } from '../../../electron/main/shellPolicy';

/** The shell's decisions, without an Electron binary (electron/main/shellPolicy.ts). */
describe('desktop shell policy', () => {
  it('has DevTools only while developing against the dev server, never in a packaged or built app', () => {
    expect(devToolsAllowed({ isPackaged: false, rendererDevServer: 'http://localhost:5173' })).toBe(true);
    expect(devToolsAllowed({ isPackaged: false, rendererDevServer: undefined })).toBe(false);
    expect(devToolsAllowed({ isPackaged: true, rendererDevServer: 'http://localhost:5173' })).toBe(false);
    expect(devToolsAllowed({ isPackaged: true, rendererDevServer: undefined })).toBe(false);
  });

  it('points the spell checker at a local folder, never at a network address', () => {
    const s = spellCheckerSetup('/opt/app/resources');
    expect(s.dictionaryUrl).toBe('file:///opt/app/resources/dictionaries/');
    expect(new URL(s.dictionaryUrl).protocol).toBe('file:');
  });

  it('on close: the page\'s typing is flushed before saving, and the save state is read after both', async () => {
    const order: string[] = [];
    let state = 'saving';
    const r = await flushBeforeClose({
      flushRenderer: async () => {
        await new Promise((res) => setTimeout(res, 30));
        order.push('renderer');
      },
      saveSession: async () => {
        order.push('save');
        state = 'saved';
      },
      saveState: () => state,
    });
    expect(order).toEqual(['renderer', 'save']);
    expect(r).toEqual({ rendererFlushed: true, saveState: 'saved' });
  });

  it('a page that never answers does not block closing: saved anyway after the timeout, and said', async () => {
    const order: string[] = [];
    const r = await flushBeforeClose({
      flushRenderer: () => new Promise<void>(() => undefined),
      saveSession: async () => void order.push('save'),
      saveState: () => 'saved',
      rendererTimeoutMs: 50,
    });
    expect(r.rendererFlushed).toBe(false);
    expect(order).toEqual(['save']);
  });

  it('a save that fails leaves the error state to be asked about', async () => {
    const r = await flushBeforeClose({ flushRenderer: async () => undefined, saveSession: () => Promise.reject(new Error('ENOSPC')), saveState: () => 'error' });
    expect(r.saveState).toBe('error');
  });
});
