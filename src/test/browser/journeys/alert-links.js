'use strict';
// The links of the alert mails: the confirmation page and its button, the unsubscribe page and its
// button, and a used link (410, German message). Each state is checked (axe, keyboard, reflow).
//
// params: confirm, unsubscribe (paths with their tokens, from the mails).
module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await page.goto(`${baseUrl}${params.confirm}`);
  await check('alert-confirm');
  await page.getByRole('button', { name: 'Ja, Benachrichtigung bestätigen' }).click();
  await page.locator('h1', { hasText: 'Benachrichtigung gespeichert' }).waitFor();
  fact('confirmed', await page.locator('h1').innerText());
  await check('alert-confirmed');
  await page.goto(`${baseUrl}${params.unsubscribe}`);
  await check('alert-unsubscribe');
  await page.getByRole('button', { name: 'Abbestellen und Adresse löschen' }).click();
  await page.locator('h1', { hasText: 'Abgemeldet' }).waitFor();
  fact('unsubscribed', await page.locator('h1').innerText());
  await check('alert-unsubscribed');
  const used = await page.goto(`${baseUrl}${params.confirm}`);
  fact('usedStatus', used.status());
  fact('usedHeading', await page.locator('h1').innerText());
  await check('alert-link-used');
};
