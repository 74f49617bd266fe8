'use strict';
// A clerk (Sitzungsdienst) plans meetings: the calendar of her committee, the series form (first
// with the end before the start, then correct), the meeting's agenda builder (Regularien, a
// section, a paper from the inbox), and the invitation preview of a meeting three days ahead with
// the notice-period warning.
//
// params: username, password, secret, organizationId, year, from, to, soonMeetingId, sectionName
const { signIn } = require('../lib/signin');

module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await signIn(page, baseUrl, params.username, params.password, params.secret);

  await page.goto(`${baseUrl}/verwaltung`);
  await page.getByRole('link', { name: 'Sitzungen und Tagesordnungen' }).first().click();
  await page.waitForURL(/\/verwaltung\/sitzungen/);
  fact('calendarHeading', await page.locator('h1').innerText());
  await check('bo-meetings-calendar');

  await page.getByRole('link', { name: 'Sitzungsserie anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/sitzungen\/serie/);
  await check('bo-meetings-series');
  await page.getByLabel('Erste mögliche Sitzung am').fill(params.to);
  await page.getByLabel('Letzte mögliche Sitzung am').fill(params.from);
  await page.getByRole('button', { name: 'Sitzungen anlegen' }).click();
  await page.waitForSelector('.field-error');
  fact('seriesError', await page.locator('#to-error').innerText());
  fact('seriesErrorInvalid', await page.locator('#to').getAttribute('aria-invalid'));
  await check('bo-meetings-series-error');
  await page.getByLabel('Erste mögliche Sitzung am').fill(params.from);
  await page.getByLabel('Letzte mögliche Sitzung am').fill(params.to);
  await page.getByRole('button', { name: 'Sitzungen anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/sitzungen\?gremium=/);
  fact('seriesNotice', await page.locator('.notice').innerText());
  await check('bo-meetings-calendar-series');

  await page.locator('.bo-calendar tbody a').last().click();
  await page.waitForURL(/\/verwaltung\/sitzungen\/[0-9]+$/);
  await page.getByRole('button', { name: 'Regularien einfügen' }).click();
  await page.waitForURL(/#tagesordnung$/);
  await page.getByLabel('Überschrift des Abschnitts').fill(params.sectionName);
  await page.getByRole('button', { name: 'Abschnitt anlegen' }).click();
  await page.waitForURL(/#tagesordnung$/);
  await page.getByRole('button', { name: 'Abschnitt anlegen' }).waitFor();
  await page.locator('.bo-inbox select').first().selectOption({ label: `2 ${params.sectionName}` });
  await page.locator('.bo-inbox').getByRole('button', { name: 'Aufnehmen' }).first().click();
  await page.waitForURL(/#tagesordnung$/);
  fact('agenda', await page.locator('.bo-agenda .bo-agenda-text').allInnerTexts());
  await check('bo-meetings-agenda');

  await page.goto(`${baseUrl}/verwaltung/sitzungen/${params.soonMeetingId}/einladung`);
  fact('noticeWarning', await page.locator('#notice-warning').innerText());
  await check('bo-meetings-invitation');
  await page.getByRole('button', { name: 'Einladung jetzt versenden' }).click();
  await page.waitForSelector('#confirmNotice-error');
  fact('confirmError', await page.locator('#confirmNotice-error').innerText());
  await check('bo-meetings-invitation-confirm');
};
