import { z } from 'zod';

/**
 * Files cross the IPC boundary as opaque handles, never as paths. Main mints a handle when the
 * user picks a file in a native dialog, when the app itself wrote or listed a file this session
 * (an export, a backup, the recent list), or — in the browser build, which has no native dialog —
 * when the user types a bare file name that main places in a folder of its own choosing. The
 * renderer can only hand a handle back; a path, a made-up handle, or a handle of another kind is
 * refused before anything is read or written (electron/services/fileHandles.ts).
 */

/** What a handle may be used for. A handle of one kind is never accepted where another is expected. */
export const FILE_HANDLE_KINDS = [
  /** A project file to open, compare with, or recover (dialog, recent list, the open project). */
  'project',
  /** One rolling backup of one project (listed by main from that project's backup folder). */
  'backup',
  /** A place the user chose to write a project to (save dialog, or a bare name in main's projects folder). */
  'save-target',
  /** A file the app wrote this session (exports, review files, templates): open it, show it in its folder. */
  'written',
] as const;
export const FileHandleKindSchema = z.enum(FILE_HANDLE_KINDS);
export type FileHandleKind = z.infer<typeof FileHandleKindSchema>;

/** `fh1.` and 32 base64url characters (24 random bytes). Anything else — a path above all — fails here. */
export const FILE_HANDLE_PATTERN = /^fh1\.[A-Za-z0-9_-]{32}$/;
export const FileHandleSchema = z.string().regex(FILE_HANDLE_PATTERN, 'a file handle minted by the application, never a path');
export type FileHandle = z.infer<typeof FileHandleSchema>;

/** A file as the renderer knows it: its handle and its name (the base name only, for display). */
export const FileRefSchema = z.object({ handle: FileHandleSchema, name: z.string() });
export type FileRef = z.infer<typeof FileRefSchema>;

/**
 * A bare file name the user typed (the browser build's Save As): no folder, no separator of any
 * system, no `.`/`..`, no control characters or characters Windows refuses. Main puts it in a folder
 * it chose itself.
 */
export const BareFileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'a file name without a folder')
  .refine((s) => s.trim() === s && s !== '.' && s !== '..' && !s.startsWith('.'), 'a file name without a folder');
