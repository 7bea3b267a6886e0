// English and Spanish as a facilitator meets them: switch the app to Spanish and walk the
// main screens; give the room its own language and watch the projector follow it while
// the control view keeps the facilitator's. Every screen is scanned with axe, `lang` included.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, rpc, uniqueName, waitUntilLive } from './helpers';

/** A meeting of the example community that nobody has started. */
async function freshMeeting(page: Page): Promise<{ communityId: string; meetingId: string; title: string }> {
  const [community] = await rpc(page, 'community.list', {});
  const title = uniqueName('Reunión de otoño');
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title, date: '2027-03-06', startTime: '09:00', endTime: '13:30' },
  });
  await rpc(page, 'template.apply', { meetingId: meeting.id, source: { from: 'template', id: 'builtin:cop-4.5h' }, replace: true });
  return { communityId: community.id, meetingId: meeting.id, title };
}

test.afterEach(async ({ page }) => {
  await rpc(page, 'settings.update', { language: 'en', roomLanguage: 'en' });
});

test('in Spanish, every main screen reads in Spanish and passes axe', async ({ page }) => {
  const { communityId, meetingId, title } = await freshMeeting(page);
  await page.goto('/');
  await waitUntilLive(page);
  await page.getByLabel('Language').selectOption('es');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
  await expect(page.getByRole('heading', { level: 1, name: 'Le damos la bienvenida a Convene' })).toBeVisible();
  await expect(page.getByLabel('Idioma')).toHaveValue('es');
  await expectNoAxeViolations(page);

  await page.goto(`/#/c/${communityId}`);
  await expect(page.getByRole('link', { name: /^Integrantes \(\d+\)$/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Bienvenida', { exact: false }).first()).toBeVisible();
  await expect(page.getByText(/sáb, 6 de mar de 2027/)).toBeVisible();
  await expect(page.getByLabel('Idioma del documento')).toHaveValue('es');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Biblioteca de actividades' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Biblioteca de actividades' })).toBeVisible();
  await expect(page.getByText('Las actividades incluidas con Convene están en inglés por ahora')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Copias de seguridad' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Copias de seguridad' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.goto(`/#/c/${communityId}/m/${meetingId}/run`);
  await expect(page.getByRole('heading', { level: 1, name: `En vivo: ${title}` })).toBeVisible();
  await expect(page.getByLabel('Idioma de la sala')).toHaveValue('es');
  await expectNoAxeViolations(page);
});

test('the projector speaks the room’s language while the control view keeps the facilitator’s', async ({ page, context }) => {
  const { communityId, meetingId } = await freshMeeting(page);
  await page.goto(`/#/c/${communityId}/m/${meetingId}/run`);
  await waitUntilLive(page);
  const projector = await context.newPage();
  await projector.goto(`/projector?meeting=${meetingId}`);
  await waitUntilLive(projector);
  await expect(projector.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();

  await page.getByLabel('Room language').selectOption('es');
  await expect(projector.getByRole('heading', { level: 1, name: 'Les damos la bienvenida' })).toBeVisible();
  await expect(projector.locator('html')).toHaveAttribute('lang', 'es-US');
  await expect(projector.getByRole('complementary', { name: 'La agenda de hoy' })).toContainText('9:00 a.m.');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');
  await expect(page.getByLabel('Room language')).toHaveValue('es');
  await expectNoAxeViolations(projector);

  await page.getByLabel('Room language').selectOption('en');
  await expect(projector.getByRole('heading', { level: 1, name: 'Welcome' })).toBeVisible();
  await expect(projector.locator('html')).toHaveAttribute('lang', 'en-US');
});

test('in Spanish, the agreement templates and the core’s refusals read in Spanish', async ({ page }) => {
  const community = await rpc(page, 'community.create', { name: uniqueName('Cohorte nueva') });
  await page.goto(`/#/c/${community.id}/agreements`);
  await waitUntilLive(page);
  await expect(page.getByRole('button', { name: 'Use this set: Play Safe · Play Fair · Play Hard' })).toBeVisible();
  await page.getByLabel('Language').selectOption('es');
  await page.getByRole('button', { name: 'Usar este conjunto: Juega seguro · Juega limpio · Da lo mejor' }).click();
  await expect(page.getByRole('group', { name: 'Acuerdo 3', exact: true }).getByLabel('Nombre')).toHaveValue('Da lo mejor');

  const label = page.getByRole('group', { name: 'Acuerdo 2', exact: true }).getByLabel('Nombre');
  await label.fill('   ');
  await page.getByRole('button', { name: 'Guardar como versión 1' }).click();
  await expect(label).toHaveAttribute('aria-invalid', 'true');
  await expect(label).toHaveAccessibleDescription(/El nombre del acuerdo 2 no puede quedar en blanco\./);
  await expectNoAxeViolations(page);

  await label.fill('Juega limpio');
  await page.getByRole('button', { name: 'Guardar como versión 1' }).click();
  await expect(page.getByText('Versión 1 · no se adoptó en una reunión')).toBeVisible();
});

test('an activity without its own opt-out notes is introduced with challenge by choice, in the room’s language', async ({ page, context }) => {
  const [community] = await rpc(page, 'community.list', {});
  const meeting = await rpc(page, 'meeting.create', {
    communityId: community.id,
    fields: { title: uniqueName('Reto'), date: '2027-03-06', startTime: '09:00', endTime: '10:00' },
  });
  await rpc(page, 'agenda.add', { meetingId: meeting.id, fields: { title: 'Torre de papel', kind: 'teambuilding', plannedMinutes: 20 } });
  await rpc(page, 'settings.update', { roomLanguage: 'es' });
  const projector = await context.newPage();
  await projector.goto(`/projector?meeting=${meeting.id}`);
  await waitUntilLive(projector);
  await rpc(page, 'run.start', { meetingId: meeting.id });

  const reminder = projector.getByRole('region', { name: 'Antes de empezar: Torre de papel' });
  await expect(reminder.getByRole('region', { name: 'Pueden optar por no participar' })).toContainText(
    'Reto por elección: ustedes deciden hasta dónde participar',
  );
  await expectNoAxeViolations(projector);
  await rpc(page, 'run.end', { meetingId: meeting.id });
});
