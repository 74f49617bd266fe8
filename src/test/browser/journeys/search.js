'use strict';
// The public search: a citizen searches a compound part ("Radweg"), narrows by a facet, then
// enters an impossible date and gets a German message; each state is checked (axe, keyboard, reflow).
//
// params: committee (name of the organization facet to choose).
module.exports = async ({ page, baseUrl, params, check, fact }) => {
  const response = await page.goto(`${baseUrl}/suche`);
  fact('status', response.status());
  await check('search-empty');
  await page.getByLabel('Suchbegriff').fill('Radweg');
  await page.getByLabel('Suchbegriff').press('Enter');
  await page.waitForURL(/\/suche\?/);
  fact('hits', await page.locator('.search-hit-title').allInnerTexts());
  fact('marks', await page.locator('.search-hit mark').allInnerTexts());
  await check('search-results');
  await page.locator('.search-facets').getByRole('link', { name: new RegExp('^' + params.committee) }).first().click();
  await page.waitForURL(/gremium=/);
  fact('selectedFacet', await page.locator('.facet-selected').first().innerText());
  fact('filteredHits', await page.locator('.search-hit-title').allInnerTexts());
  fact('filteredMarks', await page.locator('.search-hit mark').allInnerTexts());
  await check('search-facet');
  const bad = await page.goto(`${baseUrl}/suche?q=Radweg&von=31.02.2024`);
  fact('badStatus', bad.status());
  fact('badMessage', await page.locator('[role=alert]').innerText());
  await check('search-bad-input');
};
