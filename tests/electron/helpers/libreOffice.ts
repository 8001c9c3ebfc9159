import { existsSync } from 'node:fs';

/** What the LibreOffice tests need: soffice, and Debian's python3 with the UNO bridge (python3-uno). */
export const LIBREOFFICE_FILES = ['/usr/bin/soffice', '/usr/lib/python3/dist-packages/uno.py'];

/**
 * Whether the LibreOffice tests run here. Without LibreOffice they are skipped on a developer's
 * machine, but never in CI (`CI` set): CI installs it (.ci/packages.txt), so a missing one there is
 * a broken machine, and the tests fail saying so instead of passing by skipping.
 */
export function libreOfficeGate(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync) {
  const missing = LIBREOFFICE_FILES.filter((f) => !exists(f));
  return {
    /** Skip: LibreOffice is missing and this is not CI. */
    skip: missing.length > 0 && !env.CI,
    /** Call first in each such test: throws (in CI) when LibreOffice is missing. */
    require(): void {
      if (missing.length) throw new Error(`LibreOffice is missing (${missing.join(', ')}); CI installs it from .ci/packages.txt, so this test fails instead of skipping`);
    },
  };
}

export const libreOffice = libreOfficeGate();
