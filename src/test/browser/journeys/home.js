'use strict';
// The public start page: body name, next public meetings, what is published.
module.exports = async ({ page, baseUrl, check, fact }) => {
  const response = await page.goto(`${baseUrl}/`);
  fact('status', response.status());
  fact('heading', await page.locator('h1').innerText());
  fact('meetings', await page.locator('.meeting-card .meeting-name').allInnerTexts());
  await check();
};
