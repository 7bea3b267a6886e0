// Words and formatting for the activity library: the label for each facet (from the
// catalogue, in this window's language), an activity's facts in one line, the result
// count, the search request the filters make, and the blank activity a new one starts from.
import type {
  ActivityFields,
  ActivitySearch,
  ActivitySort,
  ActivitySummary,
  Contact,
  Grouping,
  Level,
  Material,
  MaterialPer,
  Purpose,
  Space,
  Stage,
} from './api/generated';
import { t } from './i18n/language.svelte';

const PURPOSE_MESSAGES: Record<Purpose, string> = {
  icebreaker: 'library-purpose-icebreaker',
  getToKnow: 'library-purpose-get-to-know',
  energizer: 'library-purpose-energizer',
  communication: 'library-purpose-communication',
  trust: 'library-purpose-trust',
  problemSolving: 'library-purpose-problem-solving',
  reflection: 'library-purpose-reflection',
};
export const PURPOSES = Object.keys(PURPOSE_MESSAGES) as Purpose[];
export const purposeLabel = (purpose: Purpose): string => t(PURPOSE_MESSAGES[purpose]);

const STAGE_MESSAGES: Record<Stage, string> = {
  opener: 'library-stage-opener',
  challenge: 'library-stage-challenge',
  trust: 'library-stage-trust',
  closing: 'library-stage-closing',
};
export const STAGES = Object.keys(STAGE_MESSAGES) as Stage[];
export const stageLabel = (stage: Stage): string => t(STAGE_MESSAGES[stage]);

const SPACE_MESSAGES: Record<Space, string> = {
  indoor: 'library-space-indoor',
  outdoor: 'library-space-outdoor',
  either: 'library-space-either',
  virtual: 'library-space-virtual',
};
export const SPACES = Object.keys(SPACE_MESSAGES) as Space[];
export const spaceLabel = (space: Space): string => t(SPACE_MESSAGES[space]);

export const LEVELS: Level[] = ['low', 'medium', 'high'];
/** A physical intensity as a field's value: "Low". */
const LEVEL_MESSAGES: Record<Level, string> = { low: 'library-level-low', medium: 'library-level-medium', high: 'library-level-high' };
export const levelLabel = (level: Level): string => t(LEVEL_MESSAGES[level]);

/** A physical intensity on its own, as in a card's facts: "Low intensity". */
const INTENSITY_MESSAGES: Record<Level, string> = {
  low: 'library-intensity-low',
  medium: 'library-intensity-medium',
  high: 'library-intensity-high',
};
export const intensityLabel = (level: Level): string => t(INTENSITY_MESSAGES[level]);

const CONTACT_MESSAGES: Record<Contact, string> = {
  none: 'library-contact-none',
  light: 'library-contact-light',
  close: 'library-contact-close',
};
export const CONTACTS = Object.keys(CONTACT_MESSAGES) as Contact[];
export const contactLabel = (contact: Contact): string => t(CONTACT_MESSAGES[contact]);

const DISCLOSURE_MESSAGES: Record<Level, string> = {
  low: 'library-disclosure-low',
  medium: 'library-disclosure-medium',
  high: 'library-disclosure-high',
};
export const disclosureLabel = (level: Level): string => t(DISCLOSURE_MESSAGES[level]);

const GROUPING_MESSAGES: Record<Grouping, string> = {
  whole: 'library-grouping-whole',
  smallGroups: 'library-grouping-small-groups',
  pairs: 'library-grouping-pairs',
  individual: 'library-grouping-individual',
};
export const GROUPINGS = Object.keys(GROUPING_MESSAGES) as Grouping[];
export const groupingLabel = (grouping: Grouping): string => t(GROUPING_MESSAGES[grouping]);

/** Who a material's amount is for, after the amount: "per group". */
const PER_MESSAGES: Record<MaterialPer, string> = {
  person: 'library-per-person',
  group: 'library-per-group',
  facilitator: 'library-per-facilitator',
};
export const PERS = Object.keys(PER_MESSAGES) as MaterialPer[];
export const perLabel = (per: MaterialPer): string => t(PER_MESSAGES[per]);

const SORT_MESSAGES: Record<ActivitySort, string> = {
  relevance: 'library-sort-relevance',
  name: 'library-sort-name',
  shortest: 'library-sort-shortest',
  mostUsed: 'library-sort-most-used',
};
export const SORTS = Object.keys(SORT_MESSAGES) as ActivitySort[];
export const sortLabel = (sort: ActivitySort): string => t(SORT_MESSAGES[sort]);

/** "20–30 min", or "20 min" when both ends are the same. */
export function minutesRange(min: number, max: number): string {
  return min === max ? t('library-minutes', { minutes: min }) : t('library-minutes-range', { min, max });
}

/** "6–40 people", or "8 people" when both ends are the same. */
export function peopleRange(min: number, max: number): string {
  return min === max ? t('library-people', { count: max }) : t('library-people-range', { min, max });
}

type Facts = Pick<ActivitySummary, 'minMinutes' | 'maxMinutes' | 'minGroup' | 'maxGroup' | 'space' | 'intensity' | 'contact'>;

/** The facts a card shows: time, group, space, intensity and contact. */
export function activityFacts(activity: Facts): string[] {
  return [
    minutesRange(activity.minMinutes, activity.maxMinutes),
    peopleRange(activity.minGroup, activity.maxGroup),
    spaceLabel(activity.space),
    intensityLabel(activity.intensity),
    contactLabel(activity.contact),
  ];
}

/** Where an activity came from: shipped with Convene, shipped and edited, or the facilitator's own. */
export function originLabel(activity: { shipped: boolean; modified: boolean }): string {
  if (!activity.shipped) return t('library-origin-own');
  return activity.modified ? t('library-origin-edited') : t('library-origin-shipped');
}

/** "34 activities", or "Showing 200 of 4,873 — narrow your search" when the list is cut short. */
export function resultCount(total: number, shown: number, inBin = false): string {
  if (shown < total) return t('library-result-count-cut', { shown, total });
  return inBin ? t('library-result-count-bin', { count: total }) : t('library-result-count', { count: total });
}

/** "20 sticks per group", "1 for the facilitator", "3 per person". */
export function materialAmount(material: Pick<Material, 'quantity' | 'unit' | 'per'>): string {
  return [material.quantity, material.unit, perLabel(material.per)].filter((part) => part !== '').join(' ');
}

/** The filters on the library screen, as the controls hold them. */
export type LibraryFilters = {
  query: string;
  fitsMinutes: number | null;
  groupSize: number | null;
  space: Space | '';
  maxIntensity: Level | '';
  maxContact: Contact | '';
  purpose: Purpose | '';
  noMaterials: boolean;
  favoritesOnly: boolean;
  sort: ActivitySort;
};

export const noFilters = (): LibraryFilters => ({
  query: '',
  fitsMinutes: null,
  groupSize: null,
  space: '',
  maxIntensity: '',
  maxContact: '',
  purpose: '',
  noMaterials: false,
  favoritesOnly: false,
  sort: 'relevance',
});

/** Whether any filter narrows the list (the query and sort order aside). */
export function filtersActive(filters: LibraryFilters): boolean {
  const { query: _query, sort: _sort, ...narrowing } = searchRequest(filters, false);
  return Object.keys(narrowing).length > 0;
}

function positive(value: number | null | undefined | string): number | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) && number > 0 ? Math.floor(number) : undefined;
}

/** The search request the filters ask for, leaving out what is not set. */
export function searchRequest(filters: LibraryFilters, inBin: boolean): ActivitySearch {
  const request: ActivitySearch = { sort: filters.sort };
  const query = filters.query.trim();
  if (query) request.query = query;
  const fits = positive(filters.fitsMinutes);
  if (fits) request.fitsMinutes = fits;
  const people = positive(filters.groupSize);
  if (people) request.groupSize = people;
  if (filters.space) request.space = filters.space;
  if (filters.maxIntensity) request.maxIntensity = filters.maxIntensity;
  if (filters.maxContact) request.maxContact = filters.maxContact;
  if (filters.purpose) request.purpose = filters.purpose;
  if (filters.noMaterials) request.noMaterials = true;
  if (filters.favoritesOnly) request.favoritesOnly = true;
  if (inBin) request.deleted = true;
  return request;
}

/** A textarea's lines as a list, without blank lines. */
export function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A whole number typed into a form; anything unreadable becomes 0 so the core can say what is wrong. */
export function wholeNumber(value: number | string | null | undefined): number {
  const number = Number(value);
  return value === '' || value === null || value === undefined || !Number.isFinite(number) ? 0 : Math.trunc(number);
}

/** What a new activity starts with. */
export function blankActivity(): ActivityFields {
  return {
    name: '',
    summary: '',
    purposes: [],
    stage: 'opener',
    minMinutes: 10,
    maxMinutes: 20,
    setupMinutes: 0,
    minGroup: 4,
    maxGroup: 30,
    groupSize: 0,
    space: 'either',
    spaceNotes: '',
    intensity: 'low',
    contact: 'none',
    disclosure: 'low',
    materials: [],
    setup: '',
    steps: [{ text: '', minutes: 0, grouping: 'whole' }],
    safety: '',
    safetyMonitor: false,
    optOut: '',
    adaptations: '',
    debrief: { what: [], soWhat: [], nowWhat: [] },
    themeLink: '',
    variations: '',
    source: '',
    credit: '',
    licence: '',
    notes: '',
  };
}

/** The activity's fields the form edits: everything but the shipped key and the favourite flag. */
export function editableFields(fields: ActivityFields): ActivityFields {
  const copy: ActivityFields = JSON.parse(JSON.stringify(fields));
  delete copy.key;
  delete copy.favorite;
  return copy;
}

/** The total of the timed steps, when any step is timed. */
export function stepsMinutes(steps: { minutes: number }[]): number {
  return steps.reduce((sum, step) => sum + (Number(step.minutes) || 0), 0);
}
