'use strict';
// A council member signs in with password and TOTP, opens the dashboard (the service worker stores
// the next meetings for offline reading), reads and annotates a non-public document, reloads it
// without network, then signs out: every offline copy is gone and the member area asks for a login.
//
// params: username, password, secret (base32 TOTP), meetingId, fileId, otherFileId (a document of
// the next meeting not opened in the journey), note (text of the annotation to write).
const { totp } = require('../lib/totp');

module.exports = async ({ page, context, baseUrl, params, check, fact }) => {
  const cacheNames = () => page.evaluate(() => caches.keys());

  await page.goto(`${baseUrl}/anmelden`);
  await check('login');
  await page.getByLabel('Benutzername').fill(params.username);
  await page.getByLabel('Passwort', { exact: true }).fill(params.password);
  await page.getByRole('button', { name: 'Weiter' }).click();
  await page.waitForURL(/\/anmelden\/code$/);
  await check('login-code');
  await page.getByLabel('Code oder Wiederherstellungscode').fill(totp(params.secret));
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(/\/mitglieder$/);
  fact('dashboardHeading', await page.locator('h1').innerText());

  // the dashboard asks the service worker to store the next meetings; the status says when it is done
  await page.waitForSelector('#offline-status[data-state="ready"]', { timeout: 60000 });
  fact('offlineStatus', await page.locator('#offline-status').innerText());
  fact('cachesAfterSync', await cacheNames());
  fact('storedPaths', await page.evaluate(async () => {
    const names = (await caches.keys()).filter((n) => n.startsWith('ris-mitglied-'));
    const paths = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    }
    return paths.sort();
  }));
  await check('dashboard');

  await page.getByRole('link', { name: 'Benachrichtigungen per E-Mail' }).click();
  await page.waitForURL(/\/mitglieder\/benachrichtigungen$/);
  await page.getByLabel('Neue Dokumente zu meinen nächsten Sitzungen').check();
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await page.waitForURL(/gespeichert$/);
  fact('notificationsNotice', await page.locator('.notice').innerText());
  await check('notifications');

  await page.goto(`${baseUrl}/konto`);
  await check('account');

  await page.goto(`${baseUrl}/mitglieder/sitzungen/${params.meetingId}`);
  fact('meetingHeading', await page.locator('h1').innerText());
  await check('meeting');

  await page.goto(`${baseUrl}/mitglieder/dokumente/${params.fileId}`);
  fact('documentHeading', await page.locator('h1').innerText());
  await check('document');

  await page.locator('#an-new-note').fill(params.note);
  await page.getByRole('button', { name: 'Anmerkung speichern' }).click();
  await page.waitForURL(/hinweis=gespeichert/);
  fact('notesOnline', await page.locator('.annotation-note').allInnerTexts());
  await check('document-annotated');

  // without network: the document page comes from the member's cache, with the note
  await context.setOffline(true);
  fact('onlineWhileOffline', await page.evaluate(() => navigator.onLine));
  const reloaded = await page.reload();
  fact('offlineFromServiceWorker', Boolean(reloaded && reloaded.fromServiceWorker()));
  fact('offlineDocumentHeading', await page.locator('h1').innerText());
  fact('offlineDocumentText', await page.locator('.document-text').innerText());
  fact('notesOffline', await page.locator('.annotation-note').allInnerTexts());
  fact('offlineBanner', await page.locator('.offline-banner').innerText());
  fact('offlineNotices', await page.locator('.notice').allInnerTexts());
  await check('document-offline');

  // a document of the next meeting that was never opened: stored by the dashboard's synchronisation
  await page.goto(`${baseUrl}/mitglieder/dokumente/${params.otherFileId}`);
  fact('offlineOtherDocumentHeading', await page.locator('h1').innerText());
  await page.goto(`${baseUrl}/mitglieder/sitzungen/${params.meetingId}`);
  fact('offlineMeetingHeading', await page.locator('h1').innerText());
  await check('meeting-offline');
  const download = await page.evaluate(async (url) => {
    const response = await fetch(url);
    return { status: response.status, type: response.headers.get('Content-Type'), start: (await response.text()).slice(0, 8) };
  }, `${baseUrl}/mitglieder/dateien/${params.fileId}`);
  fact('offlineDownload', download);

  // a page that is not stored: the German offline page
  await page.goto(`${baseUrl}/`);
  fact('offlinePageHeading', await page.locator('h1').innerText());
  await check('offline-page');

  await context.setOffline(false);
  await page.goto(`${baseUrl}/mitglieder/dokumente/${params.fileId}`);
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await page.waitForURL(/\/anmelden\?abgemeldet$/);
  await page.waitForSelector('html[data-offline-cleared="ja"]');
  fact('cachesAfterLogout', await cacheNames());
  fact('workersAfterLogout', await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length));
  fact('logoutNotice', await page.locator('.notice').innerText());
  await check('logged-out');

  await page.goto(`${baseUrl}/mitglieder/dokumente/${params.fileId}`);
  fact('afterLogoutUrl', new URL(page.url()).pathname);
  fact('afterLogoutShowsDocument', (await page.content()).includes(params.note));
  await page.goto(`${baseUrl}/mitglieder`);
  fact('dashboardAfterLogoutUrl', new URL(page.url()).pathname);
};
