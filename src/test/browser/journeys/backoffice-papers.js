'use strict';
// A department author drafts a paper in the back office: the list, the draft form with a missing
// title (German message next to the field), the saved draft, a refused and an accepted attachment,
// the consultation path, and the release with its number. Each state is checked (axe, keyboard, reflow).
//
// params: username, password, secret (base32 TOTP), title, committee, council (organization names)
const { signIn } = require('../lib/signin');

module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await signIn(page, baseUrl, params.username, params.password, params.secret);

  await page.goto(`${baseUrl}/verwaltung/vorlagen`);
  fact('listHeading', await page.locator('h1').innerText());
  await check('papers-list');

  await page.getByRole('link', { name: 'Neue Vorlage anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/vorlagen\/neu$/);
  await page.getByLabel('Vorlagenart').selectOption({ label: 'Beschlussvorlage' });
  // the text field is a rich-text editor (toolbar + editable area; the textarea behind it is hidden)
  await page.locator('.richtext-editor').waitFor(); // the script runs after parsing (defer)
  const editor = page.getByRole('textbox', { name: 'Text', exact: true });
  await editor.click();
  await page.keyboard.type('Die Verwaltung schlägt vor, den Radweg zu verbreitern.');
  await page.keyboard.press('Enter');
  await page.getByRole('toolbar', { name: 'Textformatierung' }).getByRole('button', { name: 'Aufzählung' }).click();
  await page.keyboard.type('Abschnitt Nord');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Abschnitt Süd');
  await check('papers-draft-richtext');
  await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
  await page.locator('#paper-name-error').waitFor();
  fact('titleError', await page.locator('#paper-name-error').innerText());
  await page.locator('.richtext-editor').waitFor(); // the script runs after parsing (defer)
  fact('textKept', await page.locator('.richtext-editor').innerText());
  fact('listKept', await page.locator('.richtext-editor li').allInnerTexts());
  await check('papers-draft-error');

  await page.getByLabel('Titel').fill(params.title);
  await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/vorlagen\/[0-9]+\?hinweis=created$/);
  fact('createdNotice', await page.locator('.notice').innerText());

  await page.getByLabel('Datei auswählen').setInputFiles({ name: 'notiz.pdf', mimeType: 'application/pdf', buffer: Buffer.from('kein PDF') });
  await page.getByRole('button', { name: 'Hochladen' }).click();
  await page.locator('#upload-error').waitFor();
  fact('uploadError', await page.locator('#upload-error').innerText());
  await check('papers-attachment-refused');
  await page.getByLabel('Datei auswählen').setInputFiles({ name: 'Lageplan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(params.pdf, 'base64') });
  await page.getByRole('button', { name: 'Hochladen' }).click();
  await page.waitForURL(/hinweis=attached$/);
  fact('attachments', await page.locator('.paper-files li a').allInnerTexts());
  await check('papers-attachment');

  await page.getByLabel('Gremium').selectOption({ label: params.committee });
  await page.getByLabel('Art der Beratung').selectOption({ label: 'Empfehlung' });
  await page.getByRole('button', { name: 'Zur Beratungsfolge hinzufügen' }).click();
  await page.waitForURL(/hinweis=path$/);
  await page.getByLabel('Gremium').selectOption({ label: params.council });
  await page.getByLabel('Art der Beratung').selectOption({ label: 'Entscheidung' });
  await page.getByLabel('Federführend (entscheidet abschließend)').check();
  await page.getByRole('button', { name: 'Zur Beratungsfolge hinzufügen' }).click();
  await page.waitForURL(/hinweis=path$/);
  fact('path', await page.locator('.consultation-path > li').allInnerTexts());
  await check('papers-consultation-path');

  await page.getByRole('button', { name: 'Freigeben und Nummer vergeben' }).click();
  await page.waitForURL(/hinweis=released$/);
  fact('releasedLead', await page.locator('.lead').first().innerText());
  fact('releasedNotice', await page.locator('.notice').innerText());
  await check('papers-released');
};
