'use strict';
// The standard checks every journey runs on every page state it reaches (see docs/testing.md).
// They only measure and report; the JUnit side decides what passes.
const fs = require('fs');
const path = require('path');

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCREENSHOT_WIDTHS = [{ width: 1280, height: 800 }, { width: 360, height: 740 }];
const REFLOW = { width: 320, height: 640 };

/** Lets layout settle after a viewport change. */
async function settle(page) {
  await page.evaluate(() => document.fonts.ready
    .then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
}

/** Puts the keyboard focus at the very start of the document, as right after loading the page. */
async function focusDocumentStart(page) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    const root = document.body;
    const had = root.hasAttribute('tabindex');
    root.setAttribute('tabindex', '-1');
    root.focus({ preventScroll: true });
    if (!had) root.removeAttribute('tabindex');
  });
}

/** What the browser shows of the focused element: name, visibility and its focus indicator. */
function describeFocus() {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) return { element: 'body', body: true };
  const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
    + (e.classList.length ? '.' + [...e.classList].join('.') : '');
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  const inViewport = r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
    && r.left < window.innerWidth && r.top < window.innerHeight;
  const shown = cs.visibility !== 'hidden' && cs.display !== 'none' && parseFloat(cs.opacity) > 0;
  const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1;
  const shadow = cs.boxShadow && cs.boxShadow !== 'none';
  return {
    element: describe(el),
    body: false,
    text: (el.innerText || el.getAttribute('aria-label') || el.value || '').trim().slice(0, 80),
    href: el.getAttribute('href'),
    visible: inViewport && shown,
    focusIndicator: Boolean(outline || shadow),
    inMain: Boolean(el.closest('main')),
    isMain: el.tagName === 'MAIN',
  };
}

/**
 * First Tab → skip link; Enter on it → focus in main. Enter is pressed only on an in-page link
 * (never on a button that might submit something), and the address gets its old fragment back.
 */
async function skipLink(page) {
  await focusDocumentStart(page);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(describeFocus);
  let afterEnter = null;
  if (!first.body && first.href && first.href.startsWith('#')) {
    const before = page.url();
    await page.keyboard.press('Enter');
    await settle(page);
    afterEnter = await page.evaluate(describeFocus);
    await page.evaluate((url) => { if (location.href !== url) history.replaceState(history.state, '', url); }, before);
  }
  return { first, afterEnter };
}

/** Tabs through the whole page once: every stop visible with a focus indicator, and focus leaves the page again (no trap). */
async function tabWalk(page) {
  await focusDocumentStart(page);
  const tabbable = await page.evaluate(() => [...document.querySelectorAll(
    'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]')]
    .filter((e) => !e.disabled && e.tabIndex >= 0 && e.getClientRects().length > 0).length);
  const stops = [];
  let leftPage = false;
  for (let i = 0; i < Math.min(tabbable + 5, 400); i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(describeFocus);
    if (focus.body) { leftPage = true; break; }
    stops.push(focus);
  }
  return { tabbable, stops, trapped: !leftPage };
}

async function axe(page, width) {
  const present = await page.evaluate(() => typeof window.axe !== 'undefined');
  // evaluated through the DevTools protocol, which the page's CSP (script-src 'self', no inline) does not block
  if (!present) await page.evaluate(AXE_SOURCE + '\n;true');
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
    resultTypes: ['violations'],
  }), AXE_TAGS);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    helpUrl: v.helpUrl,
    width,
    nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 200), summary: n.failureSummary })),
  }));
}

/** WCAG 1.4.10: at 320 CSS px no horizontal scrolling; names the elements that stick out. */
async function reflow(page) {
  await page.setViewportSize(REFLOW);
  await settle(page);
  return page.evaluate((limit) => {
    const scrollWidth = document.scrollingElement.scrollWidth;
    const describe = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
      + (e.classList.length ? '.' + [...e.classList].join('.') : '');
    const overflowing = [];
    // text sticks out of its box without its element doing so (a long word), hence text nodes too
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n && overflowing.length < 10; n = walker.nextNode()) {
      let rect;
      if (n.nodeType === Node.TEXT_NODE) {
        if (!n.textContent.trim()) continue;
        range.selectNodeContents(n);
        rect = range.getBoundingClientRect();
      } else {
        rect = n.getBoundingClientRect();
      }
      if (rect.width > 0 && rect.right > limit + 1) {
        const owner = n.nodeType === Node.TEXT_NODE ? n.parentElement : n;
        overflowing.push(describe(owner) + (n.nodeType === Node.TEXT_NODE ? ` text "${n.textContent.trim().slice(0, 60)}"` : '')
          + ' right=' + Math.round(rect.right));
      }
    }
    return { width: limit, scrollWidth, overflowing };
  }, REFLOW.width);
}

/**
 * Runs all standard checks on the page as it is now and names the state (screenshot file names).
 * The viewport is back at 1280 px afterwards.
 */
async function checkPage(page, name, screenshotDir) {
  const started = Date.now();
  await page.setViewportSize(SCREENSHOT_WIDTHS[0]);
  await settle(page);
  const check = { name, url: page.url(), title: await page.title(), screenshots: [], axe: [] };
  check.skipLink = await skipLink(page);
  check.tabWalk = await tabWalk(page);
  await focusDocumentStart(page);
  for (const size of SCREENSHOT_WIDTHS) {
    await page.setViewportSize(size);
    await settle(page);
    const file = path.join(screenshotDir, `${name}-${size.width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    check.screenshots.push(file);
    check.axe.push(...await axe(page, size.width));
  }
  check.reflow = await reflow(page);
  await page.setViewportSize(SCREENSHOT_WIDTHS[0]);
  await settle(page);
  check.durationMs = Date.now() - started;
  return check;
}

module.exports = { checkPage };
