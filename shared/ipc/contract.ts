import { z } from 'zod';
import { ProjectSchema } from '../model/project';

/**
 * The one IPC contract between the renderer and the main process. Each method names its channel
 * (`noun:verb`) and the schemas of its request and response. Main validates every request with
 * `req` before a handler runs; the preload exposes exactly these methods; the browser build (and
 * the end-to-end tests) reach the same handlers over loopback HTTP with the same schemas.
 */

export const SaveStateSchema = z.enum(['saved', 'saving', 'unsaved', 'error']);

/** A failure to show the user: which file, what went wrong, and where in the file. */
export const ProblemSchema = z.object({
  code: z.string(),
  message: z.string(),
  file: z.string().optional(),
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const ProjectInfoSchema = z.object({
  /** Absolute path of the open project file, null for the built-in edition. */
  file: z.string().nullable(),
  /** Display name (file name without folder, or the edition's name). */
  name: z.string(),
  /** The built-in published edition: shown read-only; "New from…" makes an editable copy. */
  builtin: z.boolean(),
  readOnly: z.boolean(),
  saveState: SaveStateSchema,
  saveError: ProblemSchema.nullable(),
  /** A project that failed to load at start-up or on open (the file was left untouched). */
  loadError: ProblemSchema.nullable(),
  revision: z.number().int().nonnegative(),
});
export type ProjectInfo = z.infer<typeof ProjectInfoSchema>;

export const SnapshotSchema = z.object({ info: ProjectInfoSchema, project: ProjectSchema });
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const BackupInfoSchema = z.object({ file: z.string(), takenAt: z.string(), bytes: z.number() });

const FilePathSchema = z.string().min(1).max(4096);
const Empty = z.object({}).strict();

export const contract = {
  getSnapshot: { channel: 'doc:get', req: Empty, res: SnapshotSchema },
  newFromBuiltin: {
    channel: 'project:newFromBuiltin',
    /** Without `file`, the desktop asks where to save; the browser build picks a fresh name in its data folder. */
    req: z.object({ file: FilePathSchema.optional() }).strict(),
    res: SnapshotSchema,
  },
  openProject: {
    channel: 'project:open',
    req: z.object({ file: FilePathSchema.optional() }).strict(),
    res: SnapshotSchema,
  },
  openBuiltin: { channel: 'project:openBuiltin', req: Empty, res: SnapshotSchema },
  listBackups: {
    channel: 'project:listBackups',
    req: z.object({ file: FilePathSchema }).strict(),
    res: z.array(BackupInfoSchema),
  },
  /** Open a backup as a new recovered copy beside the damaged file (which is never overwritten). */
  openBackup: {
    channel: 'project:openBackup',
    req: z.object({ file: FilePathSchema, backup: FilePathSchema }).strict(),
    res: SnapshotSchema,
  },
} as const;

/** Events main sends to the renderer. */
export const events = {
  docChanged: { channel: 'doc:changed', payload: SnapshotSchema },
} as const;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type Request<M extends MethodName> = z.input<Contract[M]['req']>;
export type Response<M extends MethodName> = z.output<Contract[M]['res']>;
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]['payload']>;

/** What every IPC reply carries: a value, or a problem to show. Errors thrown across IPC lose their fields. */
export type Envelope<T> = { ok: true; value: T } | { ok: false, problem: Problem };

/** The API the renderer sees as `window.api`, derived from the contract. */
export type DesktopApi = { [M in MethodName]: (req: Request<M>) => Promise<Response<M>> } & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Thrown in the renderer when a call comes back with a problem. */
export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

export const METHOD_NAMES = Object.keys(contract) as MethodName[];
