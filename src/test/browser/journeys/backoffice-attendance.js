'use strict';
// The clerk records the attendance of a meeting on a tablet: opens the sheet from the meeting page,
// marks the member Dorn excused with the personal deputy Celik in his place, enters the late arrival
// of Hahn, the end of the meeting, saves, and adds a member of the administration.
//
// Then records TOP 1.1: a speaker inserted into the discussion, the outcome, a unanimous open vote.
// Then TOP 1.2 by roll call (the deputy Celik votes in Dorn's seat, Hahn does not vote) and a
// presentation uploaded to it as "Anlage 1".
//
// params: username, password, secret, meetingId, dornId, celikId, hahnId, itemId, albersId, falkId, rollCallItemId, pdfBase64
const { signIn } = require('../lib/signin');

module.exports = async ({ page, baseUrl, params, check, fact }) => {
  await signIn(page, baseUrl, params.username, params.password, params.secret);

  await page.goto(`${baseUrl}/verwaltung/sitzungen/${params.meetingId}`);
  await page.getByRole('link', { name: 'Anwesenheit erfassen' }).click();
  await page.waitForURL(/\/anwesenheit$/);
  fact('legends', await page.locator('.bo-attendee legend').allInnerTexts());
  await check('bo-attendance');

  await page.locator(`#status-${params.dornId}-EXCUSED`).check();
  await page.locator(`#substitute-${params.dornId}`).selectOption(String(params.celikId));
  await page.locator(`#arrived-${params.hahnId}`).fill('16:25');
  await page.getByLabel('Ende der Sitzung').fill('18:40');
  await page.getByRole('button', { name: 'Anwesenheit speichern' }).click();
  await page.waitForURL(/\/anwesenheit$/);
  fact('savedNotice', await page.locator('.notice').first().innerText());
  fact('substituteKept', await page.locator(`#substitute-${params.dornId}`).inputValue());

  await page.getByLabel('Gruppe').selectOption({ label: 'Verwaltung' });
  await page.getByLabel('Anrede oder Amtsbezeichnung').fill('Herr');
  await page.getByLabel('Name', { exact: true }).fill('Neumann');
  await page.getByLabel('Dienststelle (Kennziffer)').fill('60');
  await page.getByLabel('Funktion').fill('FBL');
  await page.getByRole('button', { name: 'Hinzufügen' }).click();
  await page.waitForURL(/\/anwesenheit#weitere$/);
  fact('others', await page.locator('.bo-others li').allInnerTexts());
  await check('bo-attendance-saved');

  await page.goto(`${baseUrl}/verwaltung/sitzungen/${params.meetingId}`);
  await page.getByRole('link', { name: 'Ergebnis erfassen TOP 1.1' }).click();
  await page.waitForURL(/\/verwaltung\/tagesordnungspunkte\/[0-9]+$/);
  await page.locator('#minutesText-editor').waitFor();
  await check('bo-item-record');
  await page.locator('#minutesText-editor').click();
  await page.locator('#speaker').selectOption({ index: 0 });
  await page.getByRole('button', { name: 'In den Text einfügen' }).click();
  await page.keyboard.type('stellt die Vorlage vor.');
  await page.getByLabel('Ergebnis', { exact: true }).selectOption('ADOPTED');
  await page.getByLabel('offen', { exact: true }).check();
  await page.getByLabel('Mehrheit').selectOption('UNANIMOUS');
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await page.waitForURL(/\/verwaltung\/tagesordnungspunkte\/[0-9]+$/);
  await page.locator('#phrase').waitFor();
  fact('phrase', await page.locator('#phrase').innerText());
  fact('discussion', await page.locator('#minutesText-editor').innerText());
  await check('bo-item-recorded');

  // TOP 1.2: a roll-call vote; the ballots appear only once "namentlich" is chosen
  await page.goto(`${baseUrl}/verwaltung/tagesordnungspunkte/${params.rollCallItemId}`);
  await page.locator('#minutesText-editor').waitFor();
  fact('rollCallHiddenFirst', await page.locator('#roll-call').isHidden());
  await page.getByLabel('Ergebnis', { exact: true }).selectOption('ADOPTED');
  await page.getByLabel('namentlich', { exact: true }).check();
  await page.locator('#roll-call').waitFor({ state: 'visible' });
  fact('roll', await page.locator('#roll-call legend').allInnerTexts());
  await page.locator(`#ballot-${params.albersId}-YES`).check();
  await page.locator(`#ballot-${params.celikId}-YES`).check();
  await page.locator(`#ballot-${params.falkId}-NO`).check();
  await page.locator(`#ballot-${params.hahnId}-NOT_VOTED`).check();
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await page.waitForURL(/\/verwaltung\/tagesordnungspunkte\/[0-9]+$/);
  await page.locator('#phrase').waitFor();
  fact('rollCallPhrase', await page.locator('#phrase').innerText());
  fact('tally', await page.locator('#roll-call-tally').innerText());
  await page.locator('#roll-call').scrollIntoViewIfNeeded();
  await check('bo-roll-call');

  // a presentation as "Anlage 1"
  await page.locator('#attachment-file').setInputFiles({ name: 'Präsentation Baumkataster.pdf', mimeType: 'application/pdf',
    buffer: Buffer.from(params.pdfBase64, 'base64') });
  await page.getByRole('button', { name: 'Anlage hinzufügen' }).click();
  await page.waitForURL(/#anlagen$/);
  fact('attachmentNotice', await page.locator('.notice[role="status"]').first().innerText());
  fact('attachments', await page.locator('.bo-attachment-name').allInnerTexts());
  await page.locator('#anlagen').scrollIntoViewIfNeeded();
  await check('bo-item-attachment');

  // published on the portal: the named ballots under the item, the attachment with its label
  await page.goto(`${baseUrl}/sitzungen/${params.meetingId}`);
  fact('portalRollCall', await page.locator('.roll-call').innerText());
  fact('portalAttachment', await page.locator('.agenda-item .document-list').last().innerText());
  await page.locator('.roll-call-votes').scrollIntoViewIfNeeded();
  await check('portal-roll-call');

  // the follow-up list, the allowance overview (clerk) and the public follow-ups
  await page.goto(`${baseUrl}/verwaltung/beschlusskontrolle`);
  fact('followUps', await page.locator('.bo-followups tbody tr').allInnerTexts());
  await check('bo-follow-ups');
  await page.goto(`${baseUrl}/verwaltung/sitzungsgeld`);
  fact('allowanceHeading', await page.locator('h1').innerText());
  await check('bo-allowance');
  await page.goto(`${baseUrl}/beschlusskontrolle`);
  await check('portal-follow-ups');
};
