import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/ipc/menuCommands';
import { api } from '../api';
import { useLatest } from '../hooks/useLatest';

/**
 * Runs commands from the native menus (event `menu:command`) and from the same keyboard
 * shortcuts in the browser build: Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z or Ctrl+Y redo, Ctrl/Cmd+F
 * find, Shift+Ctrl/Cmd+S save as, Ctrl/Cmd+O open. In Electron the menu's accelerators handle
 * these keys, so the keydown handler only runs where there is no native menu.
 */
export function useCommands(run: (c: MenuCommand) => void): void {
  const latest = useLatest(run);

  useEffect(() => api.on('menuCommand', (c) => latest.current(c)), [latest]);

  useEffect(() => {
    const desktop = typeof window.api !== 'undefined';
    const onKey = (e: KeyboardEvent) => {
      if (desktop) return;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey) return;
      const key = e.key.toLowerCase();
      let c: MenuCommand | null = null;
      if (key === 'z') c = { command: e.shiftKey ? 'redo' : 'undo' };
      else if (key === 'y') c = { command: 'redo' };
      else if (key === 'f') c = { command: 'find' };
      else if (key === 's' && e.shiftKey) c = { command: 'saveAs' };
      else if (key === 'o') c = { command: 'open' };
      if (!c) return;
      // The app's undo replaces the text field's own, which would only undo keystrokes not yet committed.
      e.preventDefault();
      latest.current(c);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [latest]);
}
