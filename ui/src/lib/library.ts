// Words and formatting for the activity library: the labels for each facet, an
// activity's facts in one line, the result count, the search request the filters make,
// and the blank activity a new one starts from.
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

export const PURPOSE_LABELS: Record<Purpose, string> = {
  icebreaker: 'Icebreaker',
  getToKnow: 'Getting to know each other',
  energizer: 'Energizer',
  communication: 'Communication',
  trust: 'Trust',
  problemSolving: 'Problem solving',
  reflection: 'Reflection',
};
export const PURPOSES = Object.keys(PURPOSE_LABELS) as Purpose[];

export const STAGE_LABELS: Record<Stage, string> = {
  opener: 'Opener',
  challenge: 'Challenge',
  trust: 'Trust building',
  closing: 'Closing',
};
export const STAGES = Object.keys(STAGE_LABELS) as Stage[];

export const SPACE_LABELS: Record<Space, string> = {
  indoor: 'Indoor',
  outdoor: 'Outdoor',
  either: 'Indoor or outdoor',
  virtual: 'Virtual',
};
export const SPACES = Object.keys(SPACE_LABELS) as Space[];

export const LEVELS: Level[] = ['low', 'medium', 'high'];
export const LEVEL_LABELS: Record<Level, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export const INTENSITY_LABELS: Record<Level, string> = {
  low: 'Low intensity',
  medium: 'Medium intensity',
  high: 'High intensity',
};

export const CONTACT_LABELS: Record<Contact, string> = {
  none: 'No contact',
  light: 'Light contact',
  close: 'Close contact',
};
export const CONTACTS = Object.keys(CONTACT_LABELS) as Contact[];

export const DISCLOSURE_LABELS: Record<Level, string> = {
  low: 'Little personal sharing',
  medium: 'Some personal sharing',
  high: 'A lot of personal sharing',
};

export const GROUPING_LABELS: Record<Grouping, string> = {
  whole: 'Whole group',
  smallGroups: 'Small groups',
  pairs: 'Pairs',
  individual: 'On their own',
};
export const GROUPINGS = Object.keys(GROUPING_LABELS) as Grouping[];

export const PER_LABELS: Record<MaterialPer, string> = {
  person: 'per person',
  group: 'per group',
  facilitator: 'for the facilitator',
};
export const PERS = Object.keys(PER_LABELS) as MaterialPer[];

export const SORT_LABELS: Record<ActivitySort, string> = {
  relevance: 'Best match',
  name: 'Name (A to Z)',
  shortest: 'Shortest first',
  mostUsed: 'Most used',
};
export const SORTS = Object.keys(SORT_LABELS) as ActivitySort[];

/** "20–30 min", or "20 min" when both ends are the same. */
export function minutesRange(min: number, max: number): string {
  return min === max ? `${min} min` : `${min}–${max} min`;
}

/** "6–40 people", or "8 people" when both ends are the same. */
export function peopleRange(min: number, max: number): string {
  const unit = max === 1 ? 'person' : 'people';
  return min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`;
}

type Facts = Pick<ActivitySummary, 'minMinutes' | 'maxMinutes' | 'minGroup' | 'maxGroup' | 'space' | 'intensity' | 'contact'>;

/** The facts a card shows: time, group, space, intensity and contact. */
export function activityFacts(activity: Facts): string[] {
  return [
    minutesRange(activity.minMinutes, activity.maxMinutes),
    peopleRange(activity.minGroup, activity.maxGroup),
    SPACE_LABELS[activity.space],
    INTENSITY_LABELS[activity.intensity],
    CONTACT_LABELS[activity.contact],
  ];
}

/** Where an activity came from: shipped with Convene, shipped and edited, or the facilitator's own. */
export function originLabel(activity: { shipped: boolean; modified: boolean }): string {
  if (!activity.shipped) return 'Your activity';
  return activity.modified ? 'Edited' : 'Shipped with Convene';
}

/** "34 activities", or "Showing 200 of 4,873 — narrow your search" when the list is cut short. */
export function resultCount(total: number, shown: number, inBin = false, locale?: string): string {
  const count = (n: number) => n.toLocaleString(locale);
  if (shown < total) return `Showing ${count(shown)} of ${count(total)} — narrow your search`;
  const noun = total === 1 ? 'activity' : 'activities';
  return `${count(total)} ${noun}${inBin ? ' in the bin' : ''}`;
}

/** "20 sticks per group", "1 for the facilitator", "3 per person". */
export function materialAmount(material: Pick<Material, 'quantity' | 'unit' | 'per'>): string {
  return [material.quantity, material.unit, PER_LABELS[material.per]].filter((part) => part !== '').join(' ');
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
