'use strict';
// Saved-search alert and accessibility statement: a citizen saves a search as an e-mail alert
// (a bad address first), follows the footer link to the accessibility statement and sends feedback
// (an empty message first). Each state is checked (axe, keyboard, reflow).
//
// params: query (a word with hits), email (the address to subscribe).
module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await page.goto(`${baseUrl}/suche?q=${encodeURIComponent(params.query)}`);
  fact('offer', await page.locator('#alert-offer-heading').innerText());
  await page.getByRole('button', { name: 'Suche als E-Mail-Benachrichtigung speichern' }).click();
  await page.waitForURL(/\/suche\/benachrichtigung\?/);
  fact('formHeading', await page.locator('h1').innerText());
  fact('formQuery', await page.getByLabel('Suchbegriff').inputValue());
  await check('alert-form');
  await page.getByLabel('E-Mail-Adresse').fill('keine-adresse');
  await page.getByRole('button', { name: 'Benachrichtigung anfordern' }).click();
  await page.locator('#alert-errors').waitFor();
  fact('formError', await page.locator('#alert-errors').innerText());
  await check('alert-form-error');
  await page.getByLabel('E-Mail-Adresse').fill(params.email);
  await page.getByRole('button', { name: 'Benachrichtigung anfordern' }).click();
  await page.locator('h1', { hasText: 'Bitte bestätigen' }).waitFor();
  fact('requestedHeading', await page.locator('h1').innerText());
  await check('alert-requested');

  await page.getByRole('link', { name: 'Barrierefreiheit', exact: true }).click();
  await page.waitForURL(/\/barrierefreiheit$/);
  fact('statementHeading', await page.locator('h1').innerText());
  await check('accessibility');
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await page.locator('#feedback-errors').waitFor();
  fact('feedbackError', await page.locator('#feedback-errors').innerText());
  await check('accessibility-error');
  await page.locator('#feedback-message').fill(params.message);
  await page.getByRole('button', { name: 'Nachricht senden' }).click();
  await page.locator('#feedback-sent').waitFor();
  fact('feedbackSent', await page.locator('#feedback-sent').innerText());
  await check('accessibility-sent');
};
