import { z } from 'zod';
import { CalendarDateSchema } from './timestamp';
import { duplicateElementIds } from './uniqueIds';
import { BiTextSchema } from './bilingual';

/**
 * The framework document: everything the published edition contains, each element with a
 * stable `id` that survives edits, moves and versions (comments, findings and compare refer to
 * elements by id).
 *
 * Labels: a `label` of `null` means "derive it from position" ("Component 3", "Activity 2-1",
 * section "2.1"); a string is a label typed by hand (or published that way) and is kept and
 * shown as overridden. See `shared/model/labels.ts`.
 */

export const IdSchema = z.string().min(1).max(120).regex(/^[A-Za-z0-9_.:-]+$/, 'ids use letters, digits and _ . : -');
export type Id = z.infer<typeof IdSchema>;

const LabelSchema = z.string().nullable();

export const PeriodSchema = z
  .object({ start: z.number().int().min(1900).max(2200), end: z.number().int().min(1900).max(2200) })
  .refine((p) => p.end >= p.start, { message: 'period end is before its start' });
export type Period = z.infer<typeof PeriodSchema>;

/** A list item (principle, objective, numbered point, main activity…). */
export const ListItemSchema = z.object({ id: IdSchema, label: LabelSchema, text: BiTextSchema });
export type ListItem = z.infer<typeof ListItemSchema>;

/** How a list's numbers look: "1)", "(1)", "1.", "(i)" or bullets. */
export const ListStyleSchema = z.enum(['decimal-paren', 'paren-decimal', 'decimal-dot', 'roman-paren', 'bullet']);
export type ListStyle = z.infer<typeof ListStyleSchema>;

/**
 * What a list is for, when the rest of the application needs to find it (the checker compares
 * the component list of section 4 with the components; objectives are referred to by number).
 */
export const ListRoleSchema = z.enum(['principles', 'objectives', 'components', 'points']);
export type ListRole = z.infer<typeof ListRoleSchema>;

export const ParagraphBlockSchema = z.object({ id: IdSchema, type: z.literal('paragraph'), text: BiTextSchema });
export const ListBlockSchema = z.object({
  id: IdSchema,
  type: z.literal('list'),
  style: ListStyleSchema,
  role: ListRoleSchema.optional(),
  items: z.array(ListItemSchema),
});
/** Where, in a section, the components / the action-plan table / the notes are printed. */
export const AnchorBlockSchema = z.object({
  id: IdSchema,
  type: z.enum(['components', 'actionPlan', 'notes']),
});
export const BlockSchema = z.discriminatedUnion('type', [
  ParagraphBlockSchema,
  ListBlockSchema,
  AnchorBlockSchema.extend({ type: z.literal('components') }),
  AnchorBlockSchema.extend({ type: z.literal('actionPlan') }),
  AnchorBlockSchema.extend({ type: z.literal('notes') }),
]);
export type ParagraphBlock = z.infer<typeof ParagraphBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;
export type BlockType = Block['type'];

export interface Section {
  id: Id;
  label: string | null;
  title: z.infer<typeof BiTextSchema>;
  blocks: Block[];
  subsections: Section[];
}
export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: IdSchema,
    label: LabelSchema,
    title: BiTextSchema,
    blocks: z.array(BlockSchema),
    subsections: z.array(SectionSchema),
  }),
);

/** A strategic component (section 4): its narrative and its numbered main activities. */
export const ComponentSchema = z.object({
  id: IdSchema,
  label: LabelSchema,
  title: BiTextSchema,
  paragraphs: z.array(ParagraphBlockSchema),
  mainActivities: z.array(ListItemSchema),
});
export type Component = z.infer<typeof ComponentSchema>;

/** The schedule of an activity: the published text, verbatim. Its reading is derived (shared/schedule). */
export const ScheduleSchema = z.object({ text: BiTextSchema });
export type Schedule = z.infer<typeof ScheduleSchema>;

/**
 * Which main activities of its component an action-plan activity carries out. Confirmed by a
 * drafter (proposals are computed, never stored until confirmed); `additional` marks an activity
 * that intentionally traces to none; `rejected` remembers proposals the drafter turned down.
 */
export const TraceSchema = z.object({
  mainActivityIds: z.array(IdSchema).default([]),
  additional: z.boolean().default(false),
  rejected: z.array(IdSchema).default([]),
});
export type Trace = z.infer<typeof TraceSchema>;

export const ActivitySchema = z.object({
  id: IdSchema,
  label: LabelSchema,
  text: BiTextSchema,
  schedule: ScheduleSchema,
  trace: TraceSchema.default({ mainActivityIds: [], additional: false, rejected: [] }),
  /** Set when an activity was carried over from a previous edition and nobody has looked at it yet. */
  carriedOver: z.boolean().optional(),
});
export type Activity = z.infer<typeof ActivitySchema>;

export const ActionSchema = z.object({
  id: IdSchema,
  label: LabelSchema,
  title: BiTextSchema,
  activities: z.array(ActivitySchema),
});
export type Action = z.infer<typeof ActionSchema>;

/**
 * The action plan's rows for one component. `focus` is the text printed in the Focus column,
 * which can differ from the component's own title (it does in the 2021-2025 edition).
 */
export const PlanComponentSchema = z.object({
  id: IdSchema,
  componentId: IdSchema,
  label: LabelSchema,
  focus: BiTextSchema,
  actions: z.array(ActionSchema),
});
export type PlanComponent = z.infer<typeof PlanComponentSchema>;

export const NoteSchema = z.object({ id: IdSchema, label: LabelSchema, text: BiTextSchema });
export type Note = z.infer<typeof NoteSchema>;

export const AnnexEntrySchema = z.object({
  id: IdSchema,
  label: LabelSchema,
  /** As published: "September 2019", "2015-2016", "April 2017". */
  time: BiTextSchema,
  /** As published: "Nanning, China"; empty where the entry gives no place. */
  place: BiTextSchema,
  text: BiTextSchema,
});
export type AnnexEntry = z.infer<typeof AnnexEntrySchema>;

export const PriorityAreaSchema = z.object({
  id: IdSchema,
  /** The heading row as published ("Priority Area: Joint Research", "Priority Area for: …"). */
  heading: BiTextSchema,
  entries: z.array(AnnexEntrySchema),
});
export type PriorityArea = z.infer<typeof PriorityAreaSchema>;

export const AnnexSchema = z.object({
  id: IdSchema,
  title: BiTextSchema,
  /** The period the annex declares it covers (2011-2020 in the 2021-2025 edition). */
  period: PeriodSchema,
  /** Column headings of the annex table ("No.", "Time and Place", "Themes and Activities"). */
  columns: z.object({ number: BiTextSchema, timePlace: BiTextSchema, text: BiTextSchema }),
  areas: z.array(PriorityAreaSchema),
});
export type Annex = z.infer<typeof AnnexSchema>;

export const PublisherSchema = z.object({
  name: BiTextSchema,
  address: BiTextSchema,
  phone: z.string(),
  fax: z.string(),
  email: z.string(),
  web: z.string(),
});
export type Publisher = z.infer<typeof PublisherSchema>;

export const DocumentStatusSchema = z.enum(['draft', 'final']);

export const MetadataSchema = z.object({
  title: BiTextSchema,
  /** The running-header title. */
  shortTitle: BiTextSchema,
  period: PeriodSchema,
  /** The edition's name, e.g. "2021-2025". */
  edition: z.string(),
  publisher: PublisherSchema,
  status: DocumentStatusSchema,
  /** ISO date (YYYY-MM-DD) of this text, or null when undated. */
  date: CalendarDateSchema.nullable(),
});
export type Metadata = z.infer<typeof MetadataSchema>;

export const FrameworkSchema = z.object({
  id: IdSchema,
  metadata: MetadataSchema,
  /** Contents-page heading ("Contents"). */
  contentsTitle: BiTextSchema,
  sections: z.array(SectionSchema),
  components: z.array(ComponentSchema),
  actionPlan: z.object({
    /** Column headings of the published table. */
    columns: z.object({ focus: BiTextSchema, action: BiTextSchema, activity: BiTextSchema, schedule: BiTextSchema }),
    components: z.array(PlanComponentSchema),
  }),
  notes: z.object({ title: BiTextSchema, items: z.array(NoteSchema) }),
  annex: AnnexSchema,
}).superRefine((fw, ctx) => {
  const dups = duplicateElementIds(fw);
  if (!dups.length) return;
  const ids = [...new Set(dups.map((d) => d.id))];
  // One issue per repeated id (at its second element), each message naming every repeated id.
  for (const d of dups.filter((x, i) => dups.findIndex((y) => y.id === x.id) === i).slice(0, 10)) {
    ctx.addIssue({ code: 'custom', path: d.path, message: `element ids must be unique: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ` and ${ids.length - 20} more` : ''} used more than once (here: ${d.id})` });
  }
});
export type Framework = z.infer<typeof FrameworkSchema>;
