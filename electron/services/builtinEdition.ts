import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadProjectJson } from '../../shared/model/loadProject';
import { decodeJsonBytes } from './strictJsonFile';
import type { Project } from '../../shared/model/project';

/**
 * The published 2021-2025 edition shipped in resources/. The path is resolved from this module:
 * both the bundled main process (out/main/) and the sources (electron/services/) sit two folders
 * below the repository root, so one relative URL serves the app, the CLI and the tests.
 */
export const RESOURCES_DIR = fileURLToPath(new URL('../../resources/', import.meta.url));
export const BUILTIN_EDITION_FILE = fileURLToPath(new URL('../../resources/editions/framework-2021-2025.json', import.meta.url));

let cached: Project | null = null;

/** Load (once per process) and validate the built-in edition. Callers get a fresh deep copy. */
export async function loadBuiltinEdition(file = BUILTIN_EDITION_FILE): Promise<Project> {
  if (!cached || file !== BUILTIN_EDITION_FILE) {
    const result = loadProjectJson(decodeJsonBytes(await fs.readFile(file)));
    if (!result.ok) throw new Error(`built-in edition ${file} is damaged: ${JSON.stringify(result.failure)}`);
    if (file !== BUILTIN_EDITION_FILE) return result.project;
    cached = result.project;
  }
  return structuredClone(cached);
}
