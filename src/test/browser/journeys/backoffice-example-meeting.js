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

module.exports = async (ctx) => {
  const phases = {
    admin,
    clerk,
    author: (c) => draftAndRelease(c, c.params.checkPrefix),
    faction: (c) => draftAndRelease(c, c.params.checkPrefix),
    agenda,
    portal,
  };
  const phase = phases[ctx.params.phase];
  if (!phase) throw new Error(`unknown phase ${ctx.params.phase}`);
  await phase(ctx);
};
