'use strict';
// Search as you type and facets with htmx, then the same search with JavaScript switched off.
// With htmx: typing updates the results without reloading the page, the address follows, the
// count is announced in the live region, a facet narrows the results and keeps the focus.
// Without JavaScript: the same form and facet links work as plain GET requests.
//
// params: committee (name of the organization facet to choose).
module.exports = async ({ page, context, baseUrl, params, check, fact }) => {
  await page.goto(`${baseUrl}/suche`);
  await page.waitForFunction(() => window.htmx !== undefined);
  await page.evaluate(() => { window.risSamePage = 'ja'; });
  await page.getByLabel('Suchbegriff').pressSequentially('Radweg', { delay: 60 });
  await page.waitForURL(/q=Radweg/);
  await page.locator('#search-results .search-hit').first().waitFor();
  await page.waitForFunction(() => /Treffer/.test(document.getElementById('search-status').textContent));
  fact('typedSamePage', await page.evaluate(() => window.risSamePage || null));
  const typedStatus = (await page.locator('#search-status').textContent()).trim();
  fact('typedStatus', typedStatus);
  fact('typedHits', await page.locator('.search-hit').count());
  fact('typedTitle', await page.title());
  fact('typedFocus', await page.evaluate(() => document.activeElement.id));
  await check('search-htmx-typed');

  const facet = page.locator('.search-facets').getByRole('link', { name: new RegExp('^' + params.committee) }).first();
  await facet.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/gremium=/);
  await page.locator('.facet-selected').first().waitFor();
  await page.waitForFunction((before) => document.getElementById('search-status').textContent.trim() !== before,
    typedStatus);
  fact('facetSamePage', await page.evaluate(() => window.risSamePage || null));
  fact('facetStatus', (await page.locator('#search-status').textContent()).trim());
  fact('facetHits', await page.locator('.search-hit').count());
  fact('facetSelected', await page.locator('.facet-selected').first().innerText());
  fact('facetFocus', await page.evaluate(() => document.activeElement.id));
  fact('facetHidden', await page.locator('#search-filters input[name=gremium]').getAttribute('value'));
  await check('search-htmx-facet');

  // sort and date range: the facet stays (hidden field updated out of band)
  await page.getByLabel('Sortierung').selectOption('datum');
  await page.waitForURL(/sortierung=datum/);
  fact('sortUrl', new URL(page.url()).search);
  fact('sortSamePage', await page.evaluate(() => window.risSamePage || null));

  // JavaScript off: the same page works with plain GET requests (full page loads)
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  await page.goto(`${baseUrl}/suche`);
  await page.getByLabel('Suchbegriff').fill('Radweg');
  await page.getByLabel('Suchbegriff').press('Enter');
  await page.waitForURL(/q=Radweg/);
  fact('noJsHits', await page.locator('.search-hit').count());
  fact('noJsCount', (await page.locator('#search-count').innerText()).trim());
  await page.locator('.search-facets').getByRole('link', { name: new RegExp('^' + params.committee) }).first().click();
  await page.waitForURL(/gremium=/);
  fact('noJsFacetHits', await page.locator('.search-hit').count());
  fact('noJsFacetCount', (await page.locator('#search-count').innerText()).trim());
  fact('noJsFacetSelected', await page.locator('.facet-selected').first().innerText());
  await cdp.send('Emulation.setScriptExecutionDisabled', { value: false });
};
