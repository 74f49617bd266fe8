'use strict';
// A citizen follows a paper through the public portal: start page → calendar (month and list) →
// meeting → paper → person, and looks at the organization and the overviews on the way.
module.exports = async ({ page, baseUrl, params, check, fact }) => {
  const response = await page.goto(`${baseUrl}/`);
  fact('status', response.status());
  await check('portal-start');

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Kalender' }).click();
  fact('calendarHeading', await page.locator('h1').innerText());
  // the meeting lies in the past: go to its month and narrow the calendar to its committee with the form
  await page.goto(`${baseUrl}/kalender?monat=${params.month}`);
  await page.getByLabel('Gremium').selectOption(String(params.committee));
  await page.getByRole('button', { name: 'Anzeigen' }).click();
  // htmx replaces the calendar in place and then sets the address (without JavaScript: a page load)
  await page.waitForURL(/gremium=/);
  fact('calendarUrl', new URL(page.url()).search);
  await check('portal-calendar');
  await page.getByRole('link', { name: 'Liste' }).click();
  await check('portal-calendar-list');

  await page.locator(`a[href="/sitzungen/${params.meeting}"]`).first().click();
  fact('meetingHeading', await page.locator('h1').innerText());
  await check('portal-meeting');

  await page.locator(`a[href="/vorlagen/${params.reference}"]`).first().click();
  fact('paperPath', new URL(page.url()).pathname);
  fact('paperHeading', await page.locator('h1').innerText());
  await check('portal-paper');

  await page.locator(`a[href="/personen/${params.person}"]`).first().click();
  fact('personHeading', await page.locator('h1').innerText());
  await check('portal-person');

  await page.locator(`a[href="/gremien/${params.committee}"]`).first().click();
  fact('organizationHeading', await page.locator('h1').innerText());
  await check('portal-organization');

  await page.goto(`${baseUrl}/gremien`);
  await check('portal-organizations');
  await page.goto(`${baseUrl}/antraege`);
  await check('portal-motions');
  await page.goto(`${baseUrl}/vorlagen`);
  await check('portal-papers');
  await page.goto(`${baseUrl}/personen`);
  await check('portal-persons');
};
