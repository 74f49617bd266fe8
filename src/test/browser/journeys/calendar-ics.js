'use strict';
// A citizen narrows the calendar to a committee (htmx updates the calendar in place; the same form
// works without JavaScript) and subscribes to the committee's calendar: the ICS link is fetched and
// its content reported.
//
// params: month (YYYY-MM of a meeting), committee (id), committeeName.
module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await page.goto(`${baseUrl}/kalender?monat=${params.month}`);
  await page.waitForFunction(() => window.htmx !== undefined);
  await page.evaluate(() => { window.risSamePage = 'ja'; });
  await page.getByLabel('Gremium').selectOption(String(params.committee));
  await page.waitForURL(new RegExp(`gremium=${params.committee}`));
  await page.locator('#calendar-region').getByRole('link', { name: new RegExp(params.committeeName + '.*abonnieren') }).waitFor();
  fact('samePage', await page.evaluate(() => window.risSamePage || null));
  fact('status', await page.locator('#calendar-status').innerText());
  fact('lead', await page.locator('#calendar-lead').innerText());
  fact('title', await page.title());
  await check('calendar-filtered');

  const link = page.locator('#calendar-region').getByRole('link', { name: new RegExp(params.committeeName + '.*abonnieren') });
  const href = await link.getAttribute('href');
  fact('icsHref', href);
  const ics = await page.request.get(new URL(href, page.url()).toString());
  const text = await ics.text();
  fact('icsStatus', ics.status());
  fact('icsType', ics.headers()['content-type']);
  fact('icsEvents', (text.match(/^BEGIN:VEVENT/gm) || []).length);
  fact('icsTzid', (text.match(/^DTSTART;TZID=([^:]+):/m) || [])[1] || null);
  fact('icsTimezone', /^BEGIN:VTIMEZONE\r?\nTZID:Europe\/Berlin/m.test(text));
  fact('icsSummaries', (text.match(/^SUMMARY:.*$/gm) || []).map((s) => s.slice(8)));

};
