'use strict';
// Starts Debian's Chromium (never a downloaded browser) with a fresh, throw-away profile.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * A persistent context on a temporary profile directory: a real profile, so service workers,
 * caches and offline mode behave as for a user; removed again by close().
 */
async function openBrowser(executablePath) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ris-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: ARGS,
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    async close() {
      try {
        await context.close();
      } finally {
        fs.rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

module.exports = { openBrowser };
