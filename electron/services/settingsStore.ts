import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SettingsSchema, type Settings } from '../../shared/model/settings';
import { writeFileAtomic } from './atomicFile';
import { decodeJsonBytes } from './strictJsonFile';

/**
 * The user's settings file in the app's data folder. A broken value falls back to its default; a
 * file that does not decode at all is set aside as `settings.json.damaged-<time>` and defaults used.
 */
export class SettingsStore {
  private constructor(
    private readonly file: string,
    private current: Settings,
    /** Why the file on disk was set aside at load (a JSON failure code, or 'invalid'), and where it went. */
    readonly damaged: { reason: string; keptAs: string } | null = null,
  ) {}

  static async load(dataDir: string): Promise<SettingsStore> {
    const file = path.join(dataDir, 'settings.json');
    const bytes = await fs.readFile(file).catch(() => null);
    if (bytes === null) return new SettingsStore(file, SettingsSchema.parse({}));
    // The one decoding rule (strict UTF-8, BOM, depth); each setting then falls back on its own.
    const json = decodeJsonBytes(bytes);
    const parsed = json.ok ? SettingsSchema.safeParse(json.value) : null;
    if (parsed?.success) return new SettingsStore(file, parsed.data);
    // A file that does not decode is kept beside, not overwritten by the next change.
    const keptAs = `${file}.damaged-${Date.now()}`;
    await fs.rename(file, keptAs).catch(() => undefined);
    return new SettingsStore(file, SettingsSchema.parse({}), { reason: json.ok ? 'invalid' : json.failure.code, keptAs });
  }

  get value(): Settings {
    return this.current;
  }

  async update(change: (s: Settings) => Settings): Promise<Settings> {
    this.current = SettingsSchema.parse(change(this.current));
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, JSON.stringify(this.current, null, 1));
    return this.current;
  }
}
