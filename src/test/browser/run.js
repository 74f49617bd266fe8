'use strict';
// Runs one journey and writes its JSON result (see README.md in this folder).
//   node run.js --journey home --base-url http://localhost:8080 [--params '{"k":"v"}']
//               [--screenshots ../../../target/screenshots] [--result result.json] [--chromium /usr/bin/chromium]
const fs = require('fs');
const path = require('path');
const { openBrowser } = require('./lib/browser');
const { checkPage } = require('./lib/checks');

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i += 2) {
    if (!argv[i].startsWith('--') || argv[i + 1] === undefined) throw new Error('usage: node run.js --journey NAME --base-url URL ...');
    args[argv[i].slice(2)] = argv[i + 1];
  }
  for (const required of ['journey', 'base-url']) {
    if (!args[required]) throw new Error(`--${required} is missing`);
  }
  return args;
}

async function runJourney(args) {
  const journeyName = args.journey;
  if (!/^[a-z0-9-]+$/.test(journeyName)) throw new Error(`bad journey name: ${journeyName}`);
  const journey = require(path.join(__dirname, 'journeys', `${journeyName}.js`));
  const screenshotDir = path.resolve(args.screenshots || path.join(__dirname, '..', '..', '..', 'target', 'screenshots'));
  fs.mkdirSync(screenshotDir, { recursive: true });
  const baseUrl = args['base-url'].replace(/\/$/, '');
  const result = {
    journey: journeyName, baseUrl, error: null, facts: {}, checks: [], pageErrors: [], consoleErrors: [], failedRequests: [],
  };
  const started = Date.now();
  const browser = await openBrowser(args.chromium || '/usr/bin/chromium');
  try {
    const page = browser.context.pages()[0] || await browser.context.newPage();
    page.setDefaultTimeout(15000);
    page.on('pageerror', (e) => result.pageErrors.push(String(e)));
    page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
    page.on('response', (r) => {
      if (r.status() >= 400) result.failedRequests.push({ url: r.url(), status: r.status(), resourceType: r.request().resourceType() });
    });
    page.on('requestfailed', (r) => {
      result.failedRequests.push({ url: r.url(), status: 0, resourceType: r.resourceType(), failure: (r.failure() || {}).errorText });
    });
    await journey({
      page,
      context: browser.context,
      baseUrl,
      /** Where check() writes its screenshots; for extra ones (e.g. the print view) of the journey. */
      screenshotDir,
      params: JSON.parse(args.params || '{}'),
      /** Runs the standard checks on the current page state; name defaults to the journey's name. */
      check: async (name = journeyName) => {
        if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad check name: ${name}`);
        if (result.checks.some((c) => c.name === name)) throw new Error(`check name used twice: ${name}`);
        result.checks.push(await checkPage(page, name, screenshotDir));
      },
      /** Reports a value for the JUnit test to assert on. */
      fact: (key, value) => { result.facts[key] = value; },
    });
  } catch (e) {
    result.error = (e && e.stack) || String(e);
  } finally {
    await browser.close();
  }
  result.durationMs = Date.now() - started;
  return result;
}

(async () => {
  let result;
  let args = {};
  try {
    args = parseArgs(process.argv.slice(2));
    result = await runJourney(args);
  } catch (e) {
    result = { journey: args.journey || null, error: (e && e.stack) || String(e), facts: {}, checks: [] };
  }
  const json = JSON.stringify(result, null, 2);
  if (args.result) fs.writeFileSync(args.result, json);
  else process.stdout.write(json + '\n');
})();
