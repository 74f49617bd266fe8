'use strict';
// A citizen finds a paper by a keyword with the search box in the page header, opens the paper,
// follows its consultation to the meeting and downloads the meeting's minutes (Niederschrift).
//
// params: keyword, reference (paper number), meeting (id), minutesName (the link text starts with it).
module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await page.goto(`${baseUrl}/`);
  const box = page.getByLabel('Suche im Ratsinformationssystem');
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
