'use strict';
// Sign in with user name, password and the TOTP second factor (what every staff journey starts with).
const { totp } = require('./totp');

async function signIn(page, baseUrl, username, password, secret) {
  await page.goto(`${baseUrl}/anmelden`);
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.waitForURL(/\/anmelden\/code$/);
  await page.getByLabel('Code oder Wiederherstellungscode').fill(totp(secret));
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/anmelden'));
}

module.exports = { signIn };
