'use strict';
// An address that does not exist: the German error page, and the way back to the start page.
module.exports = async ({ page, baseUrl, check, fact }) => {
  const response = await page.goto(`${baseUrl}/gibt-es-nicht`);
  fact('status', response.status());
  fact('heading', await page.locator('h1').innerText());
  fact('message', await page.locator('main').innerText());
  await check();
  await page.getByRole('link', { name: 'Zur Startseite' }).click();
  await page.waitForURL(`${baseUrl}/`);
  fact('backLinkLeadsTo', new URL(page.url()).pathname);
};
