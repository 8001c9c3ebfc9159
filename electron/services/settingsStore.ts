import { promises as fs } from 'node:fs';
import path from 'node:path';
import { SettingsSchema, type Settings } from '../../shared/model/settings';
import { writeFileAtomic } from './atomicFile';

/** The user's settings file in the app's data folder. A broken file yields defaults and is rewritten on the next change. */
export class SettingsStore {
  private constructor(
    private readonly file: string,
    private current: Settings,
  ) {}

  static async load(dataDir: string): Promise<SettingsStore> {
    const file = path.join(dataDir, 'settings.json');
    let raw: unknown = {};
    try {
      raw = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch {
      raw = {};
    }
    const parsed = SettingsSchema.safeParse(raw);
    return new SettingsStore(file, parsed.success ? parsed.data : SettingsSchema.parse({}));
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
