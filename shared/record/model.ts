import { z } from 'zod';
import { BiTextSchema } from '../model/bilingual';
import { IdSchema } from '../model/framework';
import { TimestampSchema } from '../review/model';
import { EventDateSchema } from './eventDate';

/**
 * The implementation record (framework sections 5.1-5.4): what was done under each activity of
 * the plan it sits beside. Events held, the status of each activity per year, funding by the
 * sources of section 5.2, and the annual work plans. Every entry that reporters send carries
 * `rev`/`updatedAt` and who reported it, so progress reports merge like comment packets (./merge.ts).
 */

/** Where an event was held: city and country as reported; `online` for a virtual event. */
export const PlaceSchema = z.object({
  /** The city or cities as written ("Beijing and Shenzhen"); empty when only a country is known. */
  city: z.string().max(300),
  /** The country as written ("China"); empty for an online event or when unknown. */
  country: z.string().max(100),
  /** ISO code when the country is one of the cooperation's (./countries.ts). */
  countryCode: z.string().regex(/^[A-Z]{2}$/).nullable(),
  online: z.boolean(),
});
export type Place = z.infer<typeof PlaceSchema>;

/** Who reported an entry: the `source` of a CSV row, the reporter of a packet, or the secretariat. */
export const ReporterSchema = z.string().trim().min(1).max(200);

const Versioned = {
  /** The editor's counter: each edit raises it; the highest wins when reports merge. */
  rev: z.number().int().nonnegative(),
  updatedAt: TimestampSchema,
};

export const RecordEventSchema = z.object({
  id: IdSchema,
  date: EventDateSchema,
  place: PlaceSchema,
  title: BiTextSchema,
  organisers: z.array(z.string().max(300)).max(100),
  partners: z.array(z.string().max(300)).max(100),
  /** Number of participants, null when not reported. */
  participants: z.number().int().nonnegative().nullable(),
  /** The plan component it belongs to (a plan component's id); implied by its activities when linked. */
  componentId: IdSchema.nullable(),
  /** The action-plan activities it carries out (zero or more). */
  activityIds: z.array(IdSchema).max(100),
  outputs: z.array(z.string().max(1000)).max(100),
  /** URLs or document references. */
  references: z.array(z.string().max(1000)).max(100),
  /** ISO code of the country that reported it (a progress template's country), null otherwise. */
  reportingCountry: z.string().regex(/^[A-Z]{2}$/).nullable(),
  /** Every reporter who sent this event, sorted. */
  reportedBy: z.array(ReporterSchema),
  /** Removed by an editor: kept so that importing the same report again does not bring it back. */
  deleted: z.boolean().default(false),
  ...Versioned,
});
export type RecordEvent = z.infer<typeof RecordEventSchema>;

/** Section 5.1's implementation status of an activity in a year. */
export const ActivityStatusSchema = z.enum(['planned', 'ongoing', 'completed', 'delayed', 'not-started', 'cancelled', 'continuous']);
export type ActivityStatus = z.infer<typeof ActivityStatusSchema>;
export const ACTIVITY_STATUSES = ActivityStatusSchema.options;

/** One reporter's statement of an activity's status in one year. Keyed by activity, year and reporter. */
export const StatusEntrySchema = z.object({
  activityId: IdSchema,
  year: z.number().int().min(1900).max(2200),
  status: ActivityStatusSchema,
  note: z.string().max(2000),
  reporter: ReporterSchema,
  ...Versioned,
});
export type StatusEntry = z.infer<typeof StatusEntrySchema>;

/** The sources of funds named in section 5.2. */
export const FundingSourceSchema = z.enum([
  'cooperation-fund', // ASEAN-China Cooperation Fund
  'chinese-government', // other funds provided by the Chinese Government
  'voluntary', // voluntary contributions of China or ASEAN Member States (cash or in kind)
  'international-partners', // international partners or third parties
  'private-sector',
]);
export type FundingSource = z.infer<typeof FundingSourceSchema>;
export const FUNDING_SOURCES = FundingSourceSchema.options;

export const FundingSchema = z.object({
  id: IdSchema,
  /** What it funded: an event or an activity (exactly one). */
  eventId: IdSchema.nullable(),
  activityId: IdSchema.nullable(),
  source: FundingSourceSchema,
  /** Who gave it, as written ("Thailand", "UNEP"); empty when the source says it all. */
  contributor: z.string().max(300),
  amount: z.number().nonnegative().finite(),
  /** ISO 4217 code. */
  currency: z.string().regex(/^[A-Z]{3}$/).default('USD'),
  inKind: z.boolean(),
  year: z.number().int().min(1900).max(2200).nullable(),
  note: z.string().max(2000),
  reporter: ReporterSchema,
  deleted: z.boolean().default(false),
  ...Versioned,
}).refine((f) => (f.eventId === null) !== (f.activityId === null), { message: 'funding is for one event or one activity' });
export type Funding = z.infer<typeof FundingSchema>;

/** An event a work plan foresees (not yet held). */
export const ForeseenEventSchema = z.object({
  id: IdSchema,
  title: BiTextSchema,
  /** Expected date in any of the event-date forms, or null when not fixed. */
  date: EventDateSchema.nullable(),
  place: z.string().max(300),
  activityIds: z.array(IdSchema).max(100),
});
export type ForeseenEvent = z.infer<typeof ForeseenEventSchema>;

/**
 * The annual work plan CAEC prepares with the ASEAN Secretariat (section 5.1 (iii)). The NFPs'
 * feedback on it is review comments on the work plan (shared/review), not part of this entry.
 */
export const WorkPlanSchema = z.object({
  year: z.number().int().min(1900).max(2200),
  /** The activities planned that year, in plan order. */
  activityIds: z.array(IdSchema).max(1000),
  /** A note per planned activity (what is planned under it that year), by activity id. */
  notes: z.record(IdSchema, z.string().max(2000)).default({}),
  events: z.array(ForeseenEventSchema).max(1000),
  ...Versioned,
});
export type WorkPlan = z.infer<typeof WorkPlanSchema>;

/** One imported progress report (a CSV or spreadsheet file, or a packet), by the hash of its content. */
export const ImportEntrySchema = z.object({
  hash: z.string().length(64),
  kind: z.enum(['csv', 'xlsx', 'packet']),
  /** The file's name as imported. */
  name: z.string().max(500),
  reporter: z.string().max(200),
  country: z.string().regex(/^[A-Z]{2}$/).nullable(),
  rows: z.number().int().nonnegative(),
  refused: z.number().int().nonnegative(),
});
export type ImportEntry = z.infer<typeof ImportEntrySchema>;

export const ImplementationRecordSchema = z.object({
  events: z.array(RecordEventSchema),
  statuses: z.array(StatusEntrySchema),
  funding: z.array(FundingSchema),
  workPlans: z.array(WorkPlanSchema),
  imports: z.array(ImportEntrySchema),
});
export type ImplementationRecord = z.infer<typeof ImplementationRecordSchema>;

export const emptyRecord = (): ImplementationRecord => ({ events: [], statuses: [], funding: [], workPlans: [], imports: [] });

/** The reporter name of entries made in the app by the secretariat itself; its status wins over NFP reports. */
export const SECRETARIAT = 'secretariat';
