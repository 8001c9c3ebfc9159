import { z } from 'zod';
import { ReviewerSchema } from '../review/model';

/** Per-user application settings (not part of any project). Unknown or broken values fall back to defaults. */
export const SettingsSchema = z.object({
  uiLanguage: z.enum(['en', 'zh']).catch('en').default('en'),
  /** Most recent first. */
  recentProjects: z.array(z.string()).catch([]).default([]),
  lastProject: z.string().nullable().catch(null).default(null),
  /** Who this user is when commenting (asked once, then remembered). */
  reviewer: ReviewerSchema.nullable().catch(null).default(null),
  /** Who this user is when drafting (replies, decisions): kept apart so the drafter never acts as a reviewer. */
  drafter: ReviewerSchema.nullable().catch(null).default(null),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const MAX_RECENT_PROJECTS = 10;

/** Put `file` first in the recent list, without duplicates, capped. */
export function withRecent(settings: Settings, file: string): Settings {
  const recentProjects = [file, ...settings.recentProjects.filter((f) => f !== file)].slice(0, MAX_RECENT_PROJECTS);
  return { ...settings, recentProjects, lastProject: file };
}
