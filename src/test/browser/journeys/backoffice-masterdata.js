'use strict';
// A council-office clerk keeps the master data (issue 6): signs in with password and TOTP, opens the
// organization list, a committee with its members, enters a person (first without the family name:
// the German message next to the field, the values kept), then the membership form of the committee
// and adds the new person as an appointed citizen member (sB) nominated by a faction.
//
// params: username, password, secret (base32 TOTP), organizationId, factionId, familyName
const { signIn } = require('../lib/signin');

module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await signIn(page, baseUrl, params.username, params.password, params.secret);
  await page.waitForLoadState('load');
  await page.goto(`${baseUrl}/verwaltung`);
  await page.getByRole('link', { name: 'Stammdaten' }).first().click();
  await page.waitForURL(/\/verwaltung\/stammdaten$/);
  fact('listGroups', await page.locator('.masterdata-group h3').allInnerTexts());
  await check('backoffice-masterdata-organizations');

  await page.waitForLoadState('load');
  await page.goto(`${baseUrl}/verwaltung/stammdaten/gremien/${params.organizationId}`);
  fact('organizationHeading', await page.locator('h1').innerText());
  fact('memberRows', await page.locator('section[aria-labelledby="members-heading"] tbody tr').count());
  await check('backoffice-masterdata-organization');

  await page.waitForLoadState('load');
  await page.goto(`${baseUrl}/verwaltung/stammdaten/personen/neu`);
  await page.getByLabel('Anrede').fill('Frau');
  await page.getByLabel('Titel').fill('Dr.');
  await page.getByLabel('Vorname').fill('Helene');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.waitForLoadState();
  fact('personError', await page.locator('#f-familyName-error').innerText());
  fact('keptGivenName', await page.getByLabel('Vorname').inputValue());
  fact('familyNameDescribedBy', await page.locator('#f-familyName').getAttribute('aria-describedby'));
  await check('backoffice-masterdata-person-error');

  await page.getByLabel('Nachname').fill(params.familyName);
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/stammdaten\/personen\/[0-9]+\?hinweis=angelegt$/);
  const personId = page.url().match(/personen\/([0-9]+)/)[1];

  await page.waitForLoadState('load');
  await page.goto(`${baseUrl}/verwaltung/stammdaten/gremien/${params.organizationId}/mitglieder/neu`);
  await page.locator('#f-personId').selectOption(personId);
  await page.getByLabel('Mandat').selectOption('CITIZEN_MEMBER');
  await check('backoffice-masterdata-membership-form');
  await page.getByRole('button', { name: 'Eintragen' }).click();
  await page.waitForLoadState();
  fact('membershipError', await page.locator('#f-onBehalfOfId-error').innerText());
  await page.getByLabel('Benannt von').selectOption(String(params.factionId));
  await page.getByRole('button', { name: 'Eintragen' }).click();
  await page.waitForURL(/\?hinweis=eingetragen$/);
  fact('membershipNotice', await page.locator('.notice[role="status"]').innerText());
  fact('membersAfter', await page.locator('section[aria-labelledby="members-heading"] tbody').innerText());
};
