'use strict';
// Not a page of the application: a page with one known fault per standard check, so that the
// JUnit test JourneyChecksSensitivityTest proves each check can fail.
const BROKEN = `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kaputte Testseite</title>
<style>
  a.no-focus:focus { outline: none; }
  .wide { width: 500px; background: #eee; }
</style></head>
<body>
  <a class="no-focus" href="#inhalt">Erster Link ohne Fokusrahmen</a>
  <main id="inhalt">
    <h1>Kaputte Testseite</h1>
    <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" width="40" height="40">
    <div class="wide">zu breit für 320 px</div>
    <input aria-label="Tastaturfalle" onkeydown="if (event.key === 'Tab') event.preventDefault()">
  </main>
</body></html>`;

module.exports = async ({ page, check, fact }) => {
  await page.setContent(BROKEN);
  fact('heading', await page.locator('h1').innerText());
  await check();
};
