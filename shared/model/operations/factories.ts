import { emptyBiText } from '../bilingual';
import type { Activity, Action, AnnexEntry, Component, ListBlock, ListItem, Note, ParagraphBlock, PlanComponent, PriorityArea, Section } from '../framework';
import type { IdFactory } from './types';

/**
 * Empty elements of each kind, as "Add" creates them: every text empty (both languages missing)
 * and every label derived from position (null).
 */
export const newParagraph = (id: IdFactory): ParagraphBlock => ({ id: id(), type: 'paragraph', text: emptyBiText() });
export const newListItem = (id: IdFactory): ListItem => ({ id: id(), label: null, text: emptyBiText() });
export const newList = (id: IdFactory): ListBlock => ({ id: id(), type: 'list', style: 'decimal-paren', items: [newListItem(id)] });
export const newSection = (id: IdFactory): Section => ({ id: id(), label: null, title: emptyBiText(), blocks: [], subsections: [] });
export const newComponent = (id: IdFactory): Component => ({ id: id(), label: null, title: emptyBiText(), paragraphs: [], mainActivities: [] });
export const newActivity = (id: IdFactory): Activity => ({
  id: id(),
  label: null,
  text: emptyBiText(),
  schedule: { text: emptyBiText() },
  trace: { mainActivityIds: [], additional: false, rejected: [] },
});
export const newAction = (id: IdFactory): Action => ({ id: id(), label: null, title: emptyBiText(), activities: [newActivity(id)] });
export const newPlanComponent = (id: IdFactory, componentId: string): PlanComponent => ({
  id: id(),
  componentId,
  label: null,
  focus: emptyBiText(),
  actions: [],
});
export const newNote = (id: IdFactory): Note => ({ id: id(), label: null, text: emptyBiText() });
export const newAnnexEntry = (id: IdFactory): AnnexEntry => ({ id: id(), label: null, time: emptyBiText(), place: emptyBiText(), text: emptyBiText() });
export const newPriorityArea = (id: IdFactory): PriorityArea => ({ id: id(), heading: emptyBiText(), entries: [] });
