'use strict';
// Acceptance journey of issue 6 (back office): the meeting of the example minutes
// (/work/shared/examples/minutes-musterstadt.txt, "12. Sitzung des Ausschusses für Umwelt, Klima
// und Mobilität") built through the UI by the people who do it in reality. The JUnit driver
// (BackofficeExampleMeetingJourneyTest) runs it once per person (params.phase), each time in a
// fresh browser profile, and does between the phases what has no screen yet (granting a staff role,
// holding the previous meeting, member accounts):
//
//   admin      the administrator creates the committee
//   clerk      the council office enters the twelve persons and their memberships (chair, members,
//              a deputy, three sB nominated by their factions, an sE of the Seniorenbeirat without
//              vote) and plans the previous and the new meeting in the calendar
//   author     a department author drafts, attaches, routes and releases one administration paper
//   faction    a faction office submits an agenda proposal or a request for a statement
//   agenda     the clerk builds the agenda (Regularien, three sections, five papers from the inbox),
//              previews the invitation, fetches its PDF and sends it
//   portal     a citizen opens the meeting on the public portal
//
// params: phase, username, password, secret, and per phase what it needs (see the JUnit test).
const { signIn: signInWithCode } = require('../lib/signin');

async function signIn(page, baseUrl, params) {
  await signInWithCode(page, baseUrl, params.username, params.password, params.secret);
  await page.waitForLoadState('load');
}

/** Selects a value in a select when the form shows one (e.g. the body, only offered with several bodies). */
async function selectIfShown(page, selector, value) {
  const select = page.locator(`select${selector}`);
  if (await select.count()) await select.selectOption(String(value));
}

/** Selects the option whose text contains the given words (labels carry extra hints such as "(Mitglied, seit …)"). */
async function selectContaining(page, selector, words) {
  const value = await page.locator(selector).evaluate((select, w) => {
    const option = [...select.options].find((o) => o.textContent.includes(w));
    return option ? option.value : null;
  }, words);
  if (value === null) throw new Error(`no option containing "${words}" in ${selector}`);
  await page.locator(selector).selectOption(value);
}

async function notice(page) {
  const n = page.locator('.notice');
  return (await n.count()) ? (await n.first().innerText()).trim() : null;
}

// ------------------------------------------------------------------------------------------ admin

async function admin({ page, baseUrl, params, check, fact }) {
  await signIn(page, baseUrl, params);
  await page.goto(`${baseUrl}/verwaltung`);
  await check('example-admin-start');
  await page.getByRole('link', { name: 'Stammdaten' }).first().click();
  await page.waitForURL(/\/verwaltung\/stammdaten$/);
  await page.goto(`${baseUrl}/verwaltung/stammdaten/gremien/neu`);
  await selectIfShown(page, '#f-bodyId', params.bodyId);
  await page.locator('#f-name').fill(params.committeeName);
  await page.locator('#f-shortName').fill('AUKM');
  await page.locator('#f-kind').selectOption('COMMITTEE');
  await page.locator('#f-classification').fill('Fachausschuss');
  await page.locator('#f-startDate').fill(params.termStart);
  await page.locator('#f-public').check();
  await check('example-admin-committee-form');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/stammdaten\/gremien\/[0-9]+/);
  fact('committeeId', Number(page.url().match(/gremien\/([0-9]+)/)[1]));
  fact('committeeHeading', await page.locator('h1').innerText());
  fact('committeeNotice', await notice(page));
  await check('example-admin-committee');
}

// ------------------------------------------------------------------------------------------ clerk

async function createPerson(page, baseUrl, params, person, checkName, check) {
  await page.goto(`${baseUrl}/verwaltung/stammdaten/personen/neu`);
  await selectIfShown(page, '#f-bodyId', params.bodyId);
  await page.locator('#f-formOfAddress').fill(person.formOfAddress);
  if (person.title) await page.locator('#f-title').fill(person.title);
  await page.locator('#f-givenName').fill(person.givenName);
  await page.locator('#f-familyName').fill(person.familyName);
  if (person.status) await page.locator('#f-status').fill(person.status);
  if (checkName) await check(checkName + '-form');
  await page.getByRole('button', { name: 'Anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/stammdaten\/personen\/[0-9]+\?hinweis=angelegt$/);
  if (checkName) await check(checkName);
  return Number(page.url().match(/personen\/([0-9]+)/)[1]);
}

async function enterMembership(page, baseUrl, params, m, personId, checkName, check) {
  await page.goto(`${baseUrl}/verwaltung/stammdaten/gremien/${params.committeeId}/mitglieder/neu`);
  await page.locator('#f-personId').selectOption(String(personId));
  await page.locator('#f-role').selectOption(m.role);
  if (m.roleLabel) await page.locator('#f-roleLabel').fill(m.roleLabel);
  await page.locator('#f-mandate').selectOption(m.mandate);
  await page.locator('#f-seatCategory').selectOption(m.seat);
  if (m.nominatedBy) await page.locator('#f-onBehalfOfId').selectOption(String(m.nominatedBy));
  if (m.substitutes) await selectContaining(page, '#f-substituteForId', m.substitutes);
  await page.locator('#f-start').fill(params.termStart);
  if (checkName) await check(checkName);
  await page.getByRole('button', { name: 'Eintragen' }).click();
  await page.waitForURL(/\?hinweis=eingetragen$/, { timeout: 5000 }).catch(async () => {
    const errors = await page.locator('.field-error, .form-error').allInnerTexts();
    throw new Error(`membership of ${m.familyName} refused: ${errors.join(' | ')}`);
  });
}

async function planMeeting(page, m) {
  await page.locator('#organization').selectOption(String(m.organizationId));
  await page.locator('#from').fill(m.date);
  await page.locator('#to').fill(m.date);
  await page.locator('#everyWeeks').selectOption('1');
  await page.locator('#weekday').selectOption(String(m.weekday));
  await page.locator('#time').fill(m.time);
  await page.locator('#duration').fill(m.duration);
  if (m.locationId) {
    await page.locator('#location').selectOption(String(m.locationId));
  } else {
    await page.locator('#locationDescription').fill(m.place.description);
    await page.locator('#locationRoom').fill(m.place.room);
    await page.locator('#locationStreet').fill(m.place.street);
    await page.locator('#locationPostalCode').fill(m.place.postalCode);
    await page.locator('#locationLocality').fill(m.place.locality);
  }
  await page.locator('#publicMeeting').check();
}

async function clerk({ page, baseUrl, params, check, fact }) {
  await signIn(page, baseUrl, params);
  const personIds = {};
  let first = true;
  for (const person of params.persons) {
    personIds[person.familyName] = await createPerson(page, baseUrl, params, person, first ? 'example-clerk-person' : null, check);
    first = false;
  }
  fact('personIds', personIds);

  const shots = { CHAIR: 'example-clerk-membership-chair', DEPUTY_MEMBER: 'example-clerk-membership-deputy',
    CITIZEN_MEMBER: 'example-clerk-membership-sb', RESIDENT_MEMBER: 'example-clerk-membership-se' };
  const shot = new Set();
  for (const m of params.memberships) {
    const key = m.role === 'CHAIR' || m.role === 'DEPUTY_MEMBER' ? m.role : m.mandate;
    const name = shots[key] && !shot.has(key) ? shots[key] : null;
    if (name) shot.add(key);
    await enterMembership(page, baseUrl, params, m, personIds[m.familyName], name, check);
  }
  fact('membershipNotice', await notice(page));
  fact('members', await page.locator('section[aria-labelledby="members-heading"] tbody tr').allInnerTexts());
  await check('example-clerk-committee-members');

  // the meeting calendar: the previous meeting (held before the journey's agenda is built) and the new one
  await page.goto(`${baseUrl}/verwaltung`);
  await page.getByRole('link', { name: 'Sitzungen und Tagesordnungen' }).first().click();
  await page.waitForURL(/\/verwaltung\/sitzungen/);
  await page.getByRole('link', { name: 'Sitzungsserie anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/sitzungen\/serie/);
  await planMeeting(page, params.previousMeeting);
  await check('example-clerk-series-previous');
  await page.getByRole('button', { name: 'Sitzungen anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/sitzungen\?gremium=/, { timeout: 5000 }).catch(async () => {
    throw new Error('series refused: ' + (await page.locator('.field-error, .form-error').allInnerTexts()).join(' | '));
  });
  fact('previousSeriesNotice', await notice(page));
  await page.getByRole('link', { name: 'Sitzungsserie anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/sitzungen\/serie/);
  // the place created with the previous meeting, picked from the list; the list shows at most 200 places of
  // the whole installation in alphabetical order, so when it is not among them the clerk types it again
  const placeId = await page.locator('#location').evaluate((s, p) => {
    const o = [...s.options].reverse().find((x) => x.textContent.trim() === p);
    return o ? o.value : null;
  }, params.placeLabel);
  fact('placePicked', placeId !== null);
  await planMeeting(page, { ...params.meeting, locationId: placeId });
  await page.getByRole('button', { name: 'Sitzungen anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/sitzungen\?gremium=/, { timeout: 5000 }).catch(async () => {
    throw new Error('series refused: ' + (await page.locator('.field-error, .form-error').allInnerTexts()).join(' | '));
  });
  fact('seriesNotice', await notice(page));
  fact('calendarRows', await page.locator('.bo-calendar tbody tr').allInnerTexts());
  await check('example-clerk-calendar');
}

// ----------------------------------------------------------------------------------------- papers

async function draftAndRelease({ page, baseUrl, params, check, fact }, prefix) {
  await signIn(page, baseUrl, params);
  await page.goto(`${baseUrl}/verwaltung/vorlagen`);
  await page.getByRole('link', { name: 'Neue Vorlage anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/vorlagen\/neu$/);
  await page.getByLabel('Vorlagenart').selectOption({ label: params.paperType });
  await page.getByLabel('Titel').fill(params.title);
  await page.getByLabel('Text', { exact: true }).fill(params.text);
  fact('originatorUnit', await page.locator('#originator-unit option:checked').innerText());
  fact('originatorFactions', await page.locator('input[name="originatorFactionIds"]:checked + label').allInnerTexts());
  if (params.checkForm) await check(`${prefix}-form`);
  await page.getByRole('button', { name: 'Entwurf anlegen' }).click();
  await page.waitForURL(/\/verwaltung\/vorlagen\/[0-9]+\?hinweis=created$/, { timeout: 5000 }).catch(async () => {
    throw new Error('draft refused: ' + (await page.locator('.form-error').allInnerTexts()).join(' | '));
  });
  const paperId = Number(page.url().match(/vorlagen\/([0-9]+)/)[1]);
  fact('paperId', paperId);
  if (params.pdf) {
    await page.getByLabel('Datei auswählen').setInputFiles({ name: params.pdfName, mimeType: 'application/pdf', buffer: Buffer.from(params.pdf, 'base64') });
    await page.getByRole('button', { name: 'Hochladen' }).click();
    await page.waitForURL(/hinweis=attached$/);
    fact('attachments', await page.locator('.paper-files li a').allInnerTexts());
  }
  for (const step of params.path) {
    await page.locator('#path-organization').selectOption(String(step.organizationId));
    await page.locator('#path-role').selectOption(step.role);
    if (step.authoritative) await page.locator('#path-authoritative').check();
    await page.getByRole('button', { name: 'Zur Beratungsfolge hinzufügen' }).click();
    await page.waitForURL(/hinweis=path$/, { timeout: 5000 }).catch(async () => {
      throw new Error('consultation refused: ' + (await page.locator('.form-error').allInnerTexts()).join(' | '));
    });
  }
  fact('path', await page.locator('.consultation-path > li').allInnerTexts());
  await check(`${prefix}-draft`);
  await page.getByRole('button', { name: 'Freigeben und Nummer vergeben' }).click();
  await page.waitForURL(/hinweis=released$/, { timeout: 5000 }).catch(async () => {
    throw new Error('release refused: ' + (await page.locator('.form-error').allInnerTexts()).join(' | '));
  });
  const lead = await page.locator('.lead').first().innerText();
  fact('releasedLead', lead);
  const number = lead.match(/[0-9]{5}-[0-9]{2}/);
  fact('reference', number ? number[0] : null);
  await check(`${prefix}-released`);
}

// ----------------------------------------------------------------------------------------- agenda

async function agenda({ page, context, baseUrl, params, check, fact }) {
  await signIn(page, baseUrl, params);
  await page.goto(`${baseUrl}/verwaltung/sitzungen?gremium=${params.committeeId}&jahr=${params.year}`);
  await page.locator('.bo-calendar tbody a', { hasText: params.meetingName }).click();
  await page.waitForURL(/\/verwaltung\/sitzungen\/[0-9]+$/);
  fact('meetingHeading', await page.locator('h1').innerText());
  fact('inbox', await page.locator('.bo-inbox tbody tr').allInnerTexts());
  await check('example-agenda-empty');

  await page.getByRole('button', { name: 'Regularien einfügen' }).click();
  await page.waitForURL(/#tagesordnung$/);
  for (const section of params.sections) {
    await page.getByLabel('Überschrift des Abschnitts').fill(section);
    await page.getByRole('button', { name: 'Abschnitt anlegen' }).click();
    await page.waitForURL(/#tagesordnung$/);
    await page.waitForLoadState('load');
  }
  await check('example-agenda-sections');
  for (const placement of params.placements) {
    const row = page.locator('.bo-inbox tbody tr', { hasText: placement.reference });
    await selectContaining(page, `.bo-inbox tbody tr:has-text("${placement.reference}") select`, placement.section);
    await row.getByRole('button', { name: 'Aufnehmen' }).click();
    await page.waitForURL(/#tagesordnung$/);
    await page.waitForLoadState('load');
  }
  fact('agenda', await page.locator('.bo-agenda .bo-agenda-text').allInnerTexts());
  fact('inboxAfter', await page.locator('.bo-inbox tbody tr').count());
  await check('example-agenda-built');

  await page.getByRole('link', { name: 'Einladung vorbereiten' }).click();
  await page.waitForURL(/\/einladung$/);
  fact('invitationPreview', await page.locator('main').innerText());
  await check('example-invitation-preview');
  const pdf = await page.request.get(`${baseUrl}${new URL(page.url()).pathname}.pdf`);
  fact('pdfStatus', pdf.status());
  fact('pdfType', pdf.headers()['content-type']);
  fact('pdf', (await pdf.body()).toString('base64'));
  // before the dispatch the portal shows the meeting without its agenda (a second tab; the portal is always anonymous)
  const citizen = await context.newPage();
  const before = await citizen.goto(`${baseUrl}/sitzungen/${new URL(page.url()).pathname.match(/sitzungen\/([0-9]+)/)[1]}`);
  fact('portalBeforeStatus', before.status());
  fact('portalBeforeText', await citizen.locator('main').innerText());
  await citizen.close();
  await page.getByRole('button', { name: 'Einladung jetzt versenden' }).click();
  await page.waitForURL(/\/verwaltung\/sitzungen\/[0-9]+(\?.*)?$/, { timeout: 10000 }).catch(async () => {
    throw new Error('invitation refused: ' + (await page.locator('.form-error, .field-error').allInnerTexts()).join(' | '));
  });
  fact('sentNotice', await notice(page));
  fact('meetingFacts', await page.locator('dl.facts').innerText());
  await check('example-invitation-sent');
}

// ----------------------------------------------------------------------------------------- portal

async function portal({ page, baseUrl, params, check, fact }) {
  const response = await page.goto(`${baseUrl}/sitzungen/${params.meetingId}`);
  fact('portalStatus', response.status());
  fact('portalText', await page.locator('main').innerText());
  await check('example-portal-meeting');
}

// ------------------------------------------------------------------------- conduct (issue 7)
// The council office records the meeting as it happens: an urgent paper, attendance with a substitute,
// a late arrival, administration and a guest, the order of treatment, and every item; then the minutes.
const { totp } = require('../lib/totp');

/** The links "Ergebnis erfassen" of the meeting page, by item number. */
async function recordLinks(page, baseUrl, meetingId) {
  await page.goto(`${baseUrl}/verwaltung/sitzungen/${meetingId}`);
  return page.locator('.bo-record-link a').evaluateAll((links) => Object.fromEntries(links.map((a) => [
    a.querySelector('.visually-hidden').textContent.replace('TOP', '').trim(), a.getAttribute('href')])));
}

async function failIfRefused(page, what, urlPattern) {
  await page.waitForURL(urlPattern, { timeout: 8000 }).catch(async () => {
    const errors = await page.locator('.form-error, .field-error').allInnerTexts();
    throw new Error(`${what} refused: ${errors.join(' | ')}`);
  });
}

/**
 * Types the discussion into the rich-text editor: paragraphs, each optionally starting with a speaker
 * from the picker; {list: [...]} a numbered list made with the toolbar, {quote: '…'} a quoted motion.
 */
async function writeDiscussion(page, blocks) {
  const editor = page.locator('#minutesText-editor');
  await editor.click();
  await page.keyboard.press('Control+End');
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (i > 0) await page.keyboard.press('Enter');
    if (b.speaker) {
      await selectContaining(page, '#speaker', b.speaker);
      await page.getByRole('button', { name: 'In den Text einfügen' }).click();
      await page.keyboard.insertText(b.text);
    } else if (b.list) {
      await page.locator('.richtext-toolbar').first().getByRole('button', { name: 'Nummerierung' }).click();
      for (let j = 0; j < b.list.length; j++) {
        if (j > 0) await page.keyboard.press('Enter');
        await page.keyboard.insertText(b.list[j]);
      }
      await page.keyboard.press('Enter'); // an empty list item ends the list
    } else if (b.quote) {
      await page.locator('.richtext-toolbar').first().getByRole('button', { name: 'Zitat' }).click();
      await page.keyboard.insertText(b.quote);
    } else {
      await page.keyboard.insertText(b.text);
    }
  }
}

async function typeInto(page, selector, text) {
  await page.locator(`${selector}-editor`).click();
  await page.keyboard.insertText(text);
}

async function recordItem(page, baseUrl, links, number, item, check, fact) {
  await page.goto(`${baseUrl}${links[number]}`);
  await page.locator('#status-TREATED').check();
  if (item.coSigner) await selectContaining(page, '#coSigner', item.coSigner);
  if (item.discussion) await writeDiscussion(page, item.discussion);
  if (item.outcome) await page.locator('#outcome').selectOption(item.outcome);
  if (item.recommendedTo) await selectContaining(page, '#recommendedTo', item.recommendedTo);
  if (item.resolution) await typeInto(page, '#resolutionText', item.resolution);
  if (item.vote) {
    await page.locator(`#voteKind-${item.vote.kind}`).check();
    if (item.vote.majority) await page.locator('#majority').selectOption(item.vote.majority);
    for (const c of ['yes', 'no', 'abstain']) {
      if (item.vote[c] !== undefined) await page.locator(`#${c}`).fill(String(item.vote[c]));
    }
    for (const [faction, position] of Object.entries(item.vote.factions || {})) {
      await page.locator('.bo-factions label', { hasText: faction }).first().evaluate((l) => l.getAttribute('for'))
        .then((id) => page.locator(`select#${id}`).selectOption(position));
    }
  }
  for (const name of item.recused || []) {
    await page.getByRole('checkbox', { name, exact: true }).check();
  }
  if (item.followUp) {
    await page.locator('#followUpDescription').fill(item.followUp.description);
    await page.locator('#followUpDue').fill(item.followUp.due);
    await selectContaining(page, '#followUpUnit', item.followUp.unit);
  }
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await failIfRefused(page, `TOP ${number}`, /\/verwaltung\/tagesordnungspunkte\/[0-9]+$/);
  fact(`notice-${number}`, await notice(page));
  fact(`phrase-${number}`, (await page.locator('#phrase').count()) ? await page.locator('#phrase').innerText() : null);
  if (item.treatBefore) {
    await selectContaining(page, '#before', item.treatBefore);
    await page.getByRole('button', { name: 'Reihenfolge übernehmen' }).click();
    await failIfRefused(page, `order of TOP ${number}`, /\/verwaltung\/tagesordnungspunkte\/[0-9]+$/);
    fact(`moveNotice-${number}`, await notice(page));
  }
  if (item.attachment) {
    // the presentation shown in the meeting, as "Anlage 1" (its title: the file name without extension)
    await page.locator('#attachment-file').setInputFiles({ name: item.attachment.name, mimeType: 'application/pdf',
      buffer: Buffer.from(item.attachment.pdf, 'base64') });
    await page.getByRole('button', { name: 'Anlage hinzufügen' }).click();
    await failIfRefused(page, `attachment of TOP ${number}`, /#anlagen$/);
    fact(`attachments-${number}`, await page.locator('.bo-attachment-name').allInnerTexts());
  }
  if (item.check) await check(item.check);
}

async function conduct({ page, baseUrl, params, check, fact }) {
  await signIn(page, baseUrl, params);
  // the next meeting in the calendar (the follow-up of TOP 3.2 is due on its day)
  await page.goto(`${baseUrl}/verwaltung/sitzungen/serie`);
  const placeId = await page.locator('#location').evaluate((s, p) => {
    const o = [...s.options].reverse().find((x) => x.textContent.trim() === p);
    return o ? o.value : null;
  }, params.placeLabel);
  await planMeeting(page, { ...params.nextMeeting, locationId: placeId });
  await page.getByRole('button', { name: 'Sitzungen anlegen' }).click();
  await failIfRefused(page, 'next meeting', /\/verwaltung\/sitzungen\?gremium=/);

  // the urgent paper, placed in the meeting "im Rahmen der Dringlichkeit"
  await page.goto(`${baseUrl}/verwaltung/sitzungen/${params.meetingId}`);
  const row = page.locator('.bo-inbox tbody tr', { hasText: params.urgentReference });
  await selectContaining(page, `.bo-inbox tbody tr:has-text("${params.urgentReference}") select`, '2 Vorlagen der Verwaltung');
  await row.getByLabel('Dringlichkeit').check();
  await row.getByRole('button', { name: 'Aufnehmen' }).click();
  await page.waitForURL(/#tagesordnung$/);
  await page.waitForLoadState('load');
  fact('agendaAfterUrgent', await page.locator('.bo-agenda .bo-agenda-text').allInnerTexts());
  await check('example-conduct-urgent');

  // attendance
  await page.getByRole('link', { name: 'Anwesenheit erfassen' }).click();
  await page.waitForURL(/\/anwesenheit$/);
  const ids = params.personIds;
  await page.locator('#start').fill('16:00');
  await page.locator('#end').fill('18:40');
  await page.locator(`#status-${ids.Dorn}-EXCUSED`).check();
  await page.locator(`#substitute-${ids.Dorn}`).selectOption(String(ids.Celik));
  await page.locator(`#arrived-${ids.Hahn}`).fill('16:25');
  await page.getByRole('button', { name: 'Anwesenheit speichern' }).click();
  await failIfRefused(page, 'attendance', /\/anwesenheit(\?.*)?$/);
  fact('attendanceNotice', await notice(page));
  for (const o of params.others) {
    await page.locator('#otherCategory').selectOption(o.category);
    await page.locator('#otherSalutation').fill(o.salutation);
    await page.locator('#otherName').fill(o.name);
    if (o.unit) await page.locator('#otherUnit').fill(o.unit);
    if (o.fn) await page.locator('#otherFunction').fill(o.fn);
    if (o.affiliation) await page.locator('#otherAffiliation').fill(o.affiliation);
    await page.getByRole('button', { name: 'Hinzufügen' }).click();
    await failIfRefused(page, `attendee ${o.name}`, /\/anwesenheit(\?.*)?(#.*)?$/);
    await page.waitForLoadState('load');
  }
  fact('others', await page.locator('.bo-others li').allInnerTexts());
  await check('example-conduct-attendance');

  // the items, in the order they were treated
  const links = await recordLinks(page, baseUrl, params.meetingId);
  fact('recordLinks', Object.keys(links));
  for (const [number, item] of params.items) {
    await recordItem(page, baseUrl, links, number, item, check, fact);
  }
  await page.goto(`${baseUrl}/verwaltung/sitzungen/${params.meetingId}`);
  fact('agendaRecorded', await page.locator('.bo-agenda .bo-agenda-text').allInnerTexts());

  // the minutes: draft from the record, two edits in the editor, release for signature
  await page.getByRole('link', { name: 'Niederschrift', exact: true }).click();
  await page.waitForURL(/\/niederschrift$/);
  await page.getByRole('button', { name: 'Entwurf aus dem Sitzungsverlauf erzeugen' }).click();
  await failIfRefused(page, 'draft', /\/niederschrift(\?.*)?(#.*)?$/);
  await page.waitForLoadState('load');
  fact('draftNotice', await notice(page));
  await check('example-minutes-draft');
  const editor = page.locator('#body-oeffentlich-editor');
  // "den Bericht" → "den Zwischenbericht" (TOP 2.1), and under 4. that the chair had no communications
  await editor.evaluate((el, words) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = n.nodeValue.indexOf(words);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(n, at + words.length - 'Bericht'.length); // the clerk selects the "B" …
        range.setEnd(n, at + words.length - 'Bericht'.length + 1);
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        el.focus();
        return;
      }
    }
    throw new Error('not in the draft: ' + words);
  }, 'nimmt den Bericht');
  await page.keyboard.type('Zwischenb'); // … and types over it
  await editor.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el.lastElementChild);
    range.collapse(false);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    el.focus();
  });
  await page.keyboard.press('Enter');
  await page.keyboard.insertText(params.noCommunications);
  await page.getByRole('button', { name: 'Entwurf speichern' }).click();
  await failIfRefused(page, 'draft save', /\/niederschrift(\?.*)?(#.*)?$/);
  await page.waitForLoadState('load');
  fact('savedNotice', await notice(page));
  await selectContaining(page, '#chair-oeffentlich', 'Albers');
  await page.locator('#chairLabel-oeffentlich').fill('Vorsitzender');
  await selectContaining(page, '#coSigner-oeffentlich', 'Jansen');
  await page.locator('#coSignerLabel-oeffentlich').fill('Ratsmitglied');
  await page.locator('#secretary-oeffentlich').selectOption(String(params.secretaryUserId));
  await page.locator('#secretaryLabel-oeffentlich').fill('Geschäftsführerin');
  await check('example-minutes-release-form');
  await page.getByRole('button', { name: 'Zur Unterschrift freigeben' }).last().click();
  await failIfRefused(page, 'release', /\/niederschrift(\?.*)?(#.*)?$/);
  await page.waitForLoadState('load');
  fact('releasedNotice', await notice(page));
  fact('releasedState', await page.locator('.bo-minutes-state').first().innerText());
  await check('example-minutes-in-signature');
}

/** A member signs in the member area: dashboard → list → the minutes, confirmation and a fresh code. */
async function memberSign({ page, baseUrl, params, check, fact }) {
  await signIn(page, baseUrl, params);
  await page.goto(`${baseUrl}/mitglieder`);
  fact('dashboard', await page.locator('main').innerText());
  await page.goto(`${baseUrl}/mitglieder/unterschriften`);
  await page.locator('.signature-list a').first().click();
  await page.waitForURL(/\/mitglieder\/unterschriften\/[0-9]+$/);
  fact('hashShown', await page.locator('.minutes-hash code').innerText());
  if (params.checkPrefix) await check(`${params.checkPrefix}`);
  await page.locator('#confirm').check();
  await page.locator('#code').fill(totp(params.secret, Date.now() + 30000)); // the sign-in used this step's code
  await page.getByRole('button', { name: 'Unterschreiben' }).click();
  await failIfRefused(page, 'signature', /\/mitglieder\/unterschriften(\?.*)?$/);
  fact('signedNotice', await notice(page));
  if (params.checkPrefix) await check(`${params.checkPrefix}-done`);
}

/** The secretary signs in the back office; then the signed minutes, their PDF and the portal. */
async function secretarySign({ page, context, baseUrl, params, check, fact }) {
  await signIn(page, baseUrl, params);
  await page.goto(`${baseUrl}/verwaltung/sitzungen/${params.meetingId}/niederschrift`);
  await page.locator('#confirm-oeffentlich').check();
  await page.locator('#code-oeffentlich').fill(totp(params.secret, Date.now() + 30000));
  await check('example-minutes-secretary-sign');
  await page.getByRole('button', { name: 'Unterschreiben' }).click();
  await failIfRefused(page, 'secretary signature', /\/niederschrift(\?.*)?(#.*)?$/);
  await page.waitForLoadState('load');
  fact('signedNotice', await notice(page));
  fact('signatures', await page.locator('.bo-minutes-signatures li').allInnerTexts());
  fact('signedState', await page.locator('.bo-minutes-state').first().innerText());
  await check('example-minutes-signed');
  const href = await page.getByRole('link', { name: 'Unterschriebene Niederschrift (PDF/A)' }).first().getAttribute('href');
  const pdf = await page.request.get(`${baseUrl}${href}`);
  fact('pdfStatus', pdf.status());
  fact('pdf', (await pdf.body()).toString('base64'));
  const citizen = await context.newPage();
  const response = await citizen.goto(`${baseUrl}/sitzungen/${params.meetingId}`);
  fact('portalStatus', response.status());
  fact('portalText', await citizen.locator('main').innerText());
  fact('portalLinks', await citizen.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));
  await citizen.close();
}

module.exports = async (ctx) => {
  const phases = {
    admin,
    clerk,
    // without a check prefix the paper is written without page checks (the urgent paper of issue 7)
    author: (c) => draftAndRelease(c.params.checkPrefix ? c : { ...c, check: async () => {} }, c.params.checkPrefix),
    faction: (c) => draftAndRelease(c, c.params.checkPrefix),
    agenda,
    portal,
    conduct,
    memberSign,
    secretarySign,
  };
  const phase = phases[ctx.params.phase];
  if (!phase) throw new Error(`unknown phase ${ctx.params.phase}`);
  await phase(ctx);
};
