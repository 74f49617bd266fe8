'use strict';
// A citizen finds a paper by a keyword with the search box of the start page, opens the paper,
// follows its consultation to the meeting and downloads the meeting's minutes (Niederschrift).
//
// params: keyword, reference (paper number), meeting (id), minutesName (the link text starts with it).
const path = require('path');

module.exports = async ({ page, baseUrl, screenshotDir, params, check, fact }) => {
  await page.goto(`${baseUrl}/`);
  const box = page.getByRole('searchbox', { name: 'Vorlagen, Sitzungen, Beschlüsse und Personen suchen' });
  await box.fill(params.keyword);
  await box.press('Enter');
  await page.waitForURL(/\/suche\?/);
  fact('hits', await page.locator('.search-hit-title').allInnerTexts());
  await check('find-search');

  await page.locator(`.search-hit-title a[href="/vorlagen/${params.reference}"]`).click();
  await page.waitForURL(`**/vorlagen/${params.reference}`);
  fact('paperHeading', await page.locator('h1').innerText());

  await page.locator(`main a[href="/sitzungen/${params.meeting}"]`).first().click();
  await page.waitForURL(`**/sitzungen/${params.meeting}`);
  fact('meetingHeading', await page.locator('h1').innerText());
  await check('find-meeting');

  // the agenda printed: emulated print media, one full-page picture (A4 width at 96 dpi) and what is hidden
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await page.screenshot({ path: path.join(screenshotDir, 'portal-meeting-print.png'), fullPage: true });
  fact('print', await page.evaluate(() => {
    const shown = (selector) => [...document.querySelectorAll(selector)].some((e) => e.getClientRects().length > 0);
    const after = [...document.querySelectorAll('main a[href]')].map((a) => getComputedStyle(a, '::after').content)
      .filter((c) => c && c !== 'none' && c !== 'normal');
    return {
      header: shown('.site-header'), nav: shown('.portal-nav'), search: shown('.portal-search'), footer: shown('.site-footer'),
      skip: shown('.skip-link'), breadcrumb: shown('.breadcrumb'), buttons: shown('main .button'),
      agendaItems: [...document.querySelectorAll('.agenda-item')].filter((e) => e.getClientRects().length > 0).length,
      linkAddresses: after.length, linkColor: getComputedStyle(document.querySelector('main a[href]')).color,
    };
  }));
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize({ width: 1280, height: 800 });

  const minutes = page.getByRole('link', { name: new RegExp('^' + params.minutesName) });
  fact('minutesLinkText', await minutes.innerText());
  const href = await minutes.getAttribute('href');
  fact('minutesHref', href);
  // the download itself: fetched with the page's cookies, as the click would (a PDF may open in the viewer instead)
  const download = await page.request.get(new URL(href, page.url()).toString());
  const body = await download.body();
  fact('downloadStatus', download.status());
  fact('downloadType', download.headers()['content-type']);
  fact('downloadDisposition', download.headers()['content-disposition']);
  fact('downloadStartsWithPdf', body.subarray(0, 5).toString('latin1') === '%PDF-');
};
