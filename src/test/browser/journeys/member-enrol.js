'use strict';
// A new member's first login: password, then setting up the authenticator app (QR code and the key
// to type), then the one-time recovery codes.
// params: username, password
const { totp } = require('../lib/totp');

module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await page.goto(`${baseUrl}/anmelden`);
  await page.getByLabel('Benutzername').fill(params.username);
  await page.getByLabel('Passwort', { exact: true }).fill(params.password);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.waitForURL(/\/anmelden\/einrichten$/);
  fact('enrolHeading', await page.locator('h1').innerText());
  await check('enrol');

  await page.getByLabel('Code aus der App').fill('000000');
  await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
  fact('wrongCodeError', await page.locator('.form-error').innerText());
  await check('enrol-wrong-code');

  const secret = await page.locator('#totp-secret').innerText();
  await page.getByLabel('Code aus der App').fill(totp(secret));
  await page.getByRole('button', { name: 'Einrichtung abschließen' }).click();
  await page.waitForURL(/\/anmelden\/wiederherstellungscodes$/);
  fact('recoveryHeading', await page.locator('h1').innerText());
  fact('recoveryCodes', await page.locator('.recovery-codes li').count());
  await check('recovery-codes');
};
