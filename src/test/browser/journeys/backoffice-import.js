'use strict';
// An administrator imports a city from another RIS (issue 8): signs in with password and TOTP, opens
// the OParl import in the back office, first types an address that is not http(s) (the German message
// next to the field, the value kept), then the quirky test server's address; the run goes on in the
// background and its report page shows counts, warnings with examples and unmapped objects.
//
// params: username, password, secret (base32 TOTP), systemUrl
const { signIn } = require('../lib/signin');

module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await signIn(page, baseUrl, params.username, params.password, params.secret);
  await page.waitForLoadState('load');
  await page.goto(`${baseUrl}/verwaltung`);
  await page.getByRole('link', { name: 'OParl-Import' }).first().click();
  await page.waitForURL(/\/verwaltung\/import$/);
  await check('backoffice-import-start');

  await page.getByLabel('Adresse des OParl-Systems').fill('ftp://ris.example/oparl');
  await page.getByRole('button', { name: 'Import starten' }).click();
  await page.waitForLoadState();
  fact('urlError', await page.locator('#f-systemUrl-error').innerText());
  fact('urlDescribedBy', await page.locator('#f-systemUrl').getAttribute('aria-describedby'));
  await check('backoffice-import-error');

  await page.getByLabel('Adresse des OParl-Systems').fill(params.systemUrl);
  await page.getByLabel('Mindestabstand zwischen Anfragen (ms)').fill('0');
  await page.getByRole('button', { name: 'Import starten' }).click();
  await page.waitForURL(/\/verwaltung\/import\/laeufe\/[0-9]+\?hinweis=started$/);
  const report = page.url().replace(/\?.*$/, '');
  let status = '';
  for (let i = 0; i < 60; i++) {
    await page.waitForLoadState('load');
    status = await page.locator('dl.facts div:nth-child(2) dd').first().innerText();
    if (status !== 'läuft') break;
    await page.waitForTimeout(500);
    await page.goto(report);
  }
  fact('status', status);
  fact('countRows', await page.locator('section[aria-labelledby="counts-heading"] tbody').innerText());
  fact('warnings', await page.locator('section[aria-labelledby="warnings-heading"]').innerText());
  await check('backoffice-import-report');
};
