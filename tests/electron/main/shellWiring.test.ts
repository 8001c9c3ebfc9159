import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

/**
 * The shell's wiring with fake Electron objects (no Electron binary here): the production menu
 * (electron/main/menu.ts) and the quit sequence (electron/main/documentWindow.ts attachQuitFlush).
 */
const fake = vi.hoisted(() => {
  const handlers = new Map<string, (e: { preventDefault: () => void }) => void>();
  const log: string[] = [];
  return {
    handlers,
    log,
    app: {
      on: (event: string, fn: (e: { preventDefault: () => void }) => void) => void handlers.set(event, fn),
      quit: () => void log.push('quit'),
      isPackaged: true,
    },
  };
});
vi.mock('electron', () => ({
  app: fake.app,
  dialog: {},
  BrowserWindow: class {},
  Menu: {},
  shell: {},
  session: {},
}));

const { menuTemplate } = await import('../../../electron/main/menu');
const { attachQuitFlush, rendererFlushed } = await import('../../../electron/main/documentWindow');

/** Every role in a menu template, submenus included. */
function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((i) => [...(i.role ? [i.role] : []), ...(Array.isArray(i.submenu) ? roles(i.submenu) : [])]);
}

describe('desktop shell wiring', () => {
  it('the menu has no DevTools entry unless asked for (production), on every platform and in both languages', () => {
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      for (const lang of ['en', 'zh'] as const) {
        const prod = roles(menuTemplate(lang, [], platform, false));
        expect(prod).not.toContain('toggleDevTools');
        expect(prod).toContain('quit');
        expect(roles(menuTemplate(lang, [], platform))).not.toContain('toggleDevTools');
      }
    }
    expect(roles(menuTemplate('en', [], 'linux', true))).toContain('toggleDevTools');
  });

  it('quitting waits: each window flushes its typing, then the session saves, then it closes (lock released), then the app quits', async () => {
    const { log, handlers } = fake;
    log.length = 0;
    let state = 'saving';
    const session = {
      flush: async () => {
        log.push('save');
        state = 'saved';
      },
      info: () => ({ saveState: state }),
      close: async () => void log.push('close'),
    };
    const windowAnswering = (name: string, ms: number) => ({
      isDestroyed: () => false,
      webContents: {
        isCrashed: () => false,
        send: (_channel: string, msg: { command: string; id: string }) => {
          log.push(`${name} asked: ${msg.command}`);
          setTimeout(() => {
            log.push(`${name} flushed`);
            rendererFlushed(msg.id);
          }, ms);
        },
      },
    });
    const windows = [windowAnswering('A', 40), windowAnswering('B', 10)];
    attachQuitFlush(session as never, () => windows as never);
    const first = { preventDefault: vi.fn() };
    handlers.get('before-quit')!(first);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(log).not.toContain('quit');
    await vi.waitFor(() => expect(log).toContain('quit'), { timeout: 2000 });
    expect(log.slice(0, 2).sort()).toEqual(['A asked: flushBeforeClose', 'B asked: flushBeforeClose']);
    // Nothing is saved before a window's typing has arrived; closing comes after the last save.
    expect(log.indexOf('save')).toBeGreaterThan(log.indexOf('B flushed'));
    expect(log.lastIndexOf('save')).toBeGreaterThan(log.indexOf('A flushed'));
    expect(log.slice(-2)).toEqual(['close', 'quit']);
    // app.quit() fires before-quit again: this time it goes through.
    const second = { preventDefault: vi.fn() };
    handlers.get('before-quit')!(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });
});
