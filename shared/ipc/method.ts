import { z } from 'zod';

/** One contract entry: its channel (`noun:verb`) and the schemas of request and response. */
export interface MethodSpec {
  channel: string;
  req: z.ZodType;
  res: z.ZodType;
}
export type MethodTable = Record<string, MethodSpec>;

export const EmptyRequestSchema = z.object({}).strict();
