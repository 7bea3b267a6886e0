import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from './i18n/language.svelte';
import {
  activityFacts,
  blankActivity,
  editableFields,
  filtersActive,
  lines,
  materialAmount,
  minutesRange,
  noFilters,
  originLabel,
  peopleRange,
  resultCount,
  searchRequest,
  stepsMinutes,
  wholeNumber,
} from './library';

describe('library', () => {
  afterEach(() => setLanguage('en'));

  it('reads time and group ranges the way people say them', () => {
    expect(minutesRange(20, 30)).toBe('20–30 min');
    expect(minutesRange(15, 15)).toBe('15 min');
    expect(peopleRange(6, 40)).toBe('6–40 people');
    expect(peopleRange(1, 1)).toBe('1 person');
  });

  it('puts an activity’s facts in card order', () => {
    const facts = activityFacts({ minMinutes: 20, maxMinutes: 30, minGroup: 6, maxGroup: 40, space: 'indoor', intensity: 'low', contact: 'none' });
    expect(facts.join(' · ')).toBe('20–30 min · 6–40 people · Indoor · Low intensity · No contact');
  });

  it('says where an activity came from', () => {
    expect(originLabel({ shipped: true, modified: false })).toBe('Shipped with Convene');
    expect(originLabel({ shipped: true, modified: true })).toBe('Edited');
    expect(originLabel({ shipped: false, modified: false })).toBe('Your activity');
  });

  it('counts results, and says when the list is cut short', () => {
    expect(resultCount(34, 34, false)).toBe('34 activities');
    expect(resultCount(1, 1, false)).toBe('1 activity');
    expect(resultCount(2, 2, true)).toBe('2 activities in the bin');
    expect(resultCount(4873, 200, false)).toBe('Showing 200 of 4,873 — narrow your search');
  });

  it('reads a material’s amount with its unit and who it is for', () => {
    expect(materialAmount({ quantity: 20, unit: 'sticks', per: 'group' })).toBe('20 sticks per group');
    expect(materialAmount({ quantity: 1, unit: '', per: 'facilitator' })).toBe('1 for the facilitator');
  });

  it('asks only for the filters that are set', () => {
    expect(searchRequest(noFilters(), false)).toEqual({ sort: 'relevance' });
    const filters = { ...noFilters(), query: '  knot ', fitsMinutes: 20, groupSize: null, space: 'virtual' as const, noMaterials: true, sort: 'name' as const };
    expect(searchRequest(filters, true)).toEqual({ sort: 'name', query: 'knot', fitsMinutes: 20, space: 'virtual', noMaterials: true, deleted: true });
    expect(searchRequest({ ...noFilters(), fitsMinutes: 0, groupSize: -3 }, false)).toEqual({ sort: 'relevance' });
  });

  it('knows when filters narrow the list, apart from the search words and sort', () => {
    expect(filtersActive(noFilters())).toBe(false);
    expect(filtersActive({ ...noFilters(), query: 'trust', sort: 'shortest' })).toBe(false);
    expect(filtersActive({ ...noFilters(), favoritesOnly: true })).toBe(true);
    expect(filtersActive({ ...noFilters(), maxContact: 'none' })).toBe(true);
  });

  it('turns one question per line into a list, dropping blank lines', () => {
    expect(lines('What happened?\n\n  So what?  \n')).toEqual(['What happened?', 'So what?']);
    expect(lines('')).toEqual([]);
  });

  it('reads typed numbers, leaving unreadable ones for the core to refuse', () => {
    expect(wholeNumber('12')).toBe(12);
    expect(wholeNumber(7.8)).toBe(7);
    expect(wholeNumber('')).toBe(0);
    expect(wholeNumber(null)).toBe(0);
  });

  it('edits a copy without the shipped key or the favourite flag', () => {
    const fields = { ...blankActivity(), key: 'human-knot', favorite: true, name: 'Human Knot' };
    const copy = editableFields(fields);
    expect(copy).not.toHaveProperty('key');
    expect(copy).not.toHaveProperty('favorite');
    expect(copy.name).toBe('Human Knot');
    copy.steps[0].text = 'changed';
    expect(fields.steps[0].text).toBe('');
  });

  it('starts a new activity with one empty step and no purposes chosen', () => {
    const blank = blankActivity();
    expect(blank.steps).toHaveLength(1);
    expect(blank.purposes).toEqual([]);
  });

  it('adds up step minutes', () => {
    expect(stepsMinutes([{ minutes: 2 }, { minutes: 0 }, { minutes: 18 }])).toBe(20);
  });

  it('speaks the window’s language, with its plural rules', () => {
    setLanguage('es');
    expect(resultCount(1, 1)).toBe('1 actividad');
    expect(resultCount(3, 3, true)).toBe('3 actividades en la papelera');
    expect(resultCount(4873, 200)).toBe('Se muestran 200 de 4,873 — precise su búsqueda');
    expect(peopleRange(1, 1)).toBe('1 persona');
    expect(activityFacts({ minMinutes: 5, maxMinutes: 10, minGroup: 2, maxGroup: 12, space: 'outdoor', intensity: 'high', contact: 'light' }).join(' · ')).toBe(
      '5–10 min · 2–12 personas · Al aire libre · Intensidad alta · Contacto leve',
    );
    expect(materialAmount({ quantity: 2, unit: '', per: 'group' })).toBe('2 por grupo');
  });
});
