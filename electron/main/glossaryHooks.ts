import type { ShellHooks } from '../services/handlers';
import { saveInDocuments } from './saveInDocuments';

const FILTERS: Record<string, Electron.FileFilter> = {
  '.tbx': { name: 'TBX termbase', extensions: ['tbx'] },
  '.csv': { name: 'CSV', extensions: ['csv'] },
};

/** The desktop's side of the glossary export: a native save dialog in the user's documents. */
export function glossaryShellHooks(): Pick<ShellHooks, 'pickGlossaryFile'> {
  return {
    pickGlossaryFile: (suggestedName) => saveInDocuments(suggestedName, FILTERS),
  };
}
