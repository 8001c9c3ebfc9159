import { ProblemError, type Problem } from '../../shared/ipc/problem';

/**
 * The Problem an error thrown by a service becomes on its way to the renderer: a ProblemError as
 * it is; a system error of the file system as `file-system` with its errno (the UI words the
 * common ones); anything else as `unexpected`, keeping its English text as a detail.
 */
export function problemFrom(e: unknown, file?: string): Problem {
  if (e instanceof ProblemError) {
    const p = e.toProblem();
    return p.file === undefined && file !== undefined ? { ...p, file } : p;
  }
  const err = e as NodeJS.ErrnoException | null;
  // System errors carry `syscall` and an errno `code` such as ENOSPC or EACCES.
  if (err && typeof err === 'object' && err.syscall && typeof err.code === 'string') {
    return {
      code: 'file-system',
      data: { errno: err.code, syscall: err.syscall },
      file: err.path ?? file,
      message: err.message,
    };
  }
  const detail = err instanceof Error ? err.message : String(e);
  return { code: 'unexpected', data: { detail }, ...(file !== undefined ? { file } : {}), message: detail };
}
