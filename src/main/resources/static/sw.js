/* OpenRIS service worker (ADR 0010). A static file, the same for everyone: it holds no user data
 * itself. It keeps
 *   - the app shell (style sheet, page script, icon, German offline page) in "ris-shell-…", and
 *   - copies of member pages and documents in "ris-mitglied-<user id>": the pages the member opens,
 *     and, when the member opens the dashboard, the pages and documents of their next meetings
 *     (listed by /mitglieder/offline.json).
 * Everything goes to the network first; a copy is used only when the network fails. A member copy
 * goes only into the cache that the answer names (header X-RIS-Offline-Cache), and every other
 * member's cache is deleted first. The member caches are deleted on logout (Clear-Site-Data, and
 * the login page's script), as soon as a member page answers with the login (session over), and
 * when the last synchronisation is older than MAX_AGE_MS.
 */
'use strict';

const SHELL = 'ris-shell-v1';
const MEMBER = 'ris-mitglied-';
const MEMBER_CACHE = /^ris-mitglied-\d+$/;
const SHELL_URLS = ['/offline', '/css/ris.css', '/js/ris.js', '/icons/icon.svg', '/icons/document.svg'];
const LIST = '/mitglieder/offline.json';
const META = '/__ris-offline-stand';
const KEY_HEADER = 'X-RIS-Offline-Cache';
const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;
const PAGE_REFRESH_MS = 10 * 60 * 1000;
const PARALLEL = 3;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(SHELL)
    .then((cache) => cache.addAll(SHELL_URLS.map((url) => new Request(url, { credentials: 'omit' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((n) => n.startsWith('ris-shell-') && n !== SHELL).map((n) => caches.delete(n))))
    .then(() => self.clients.claim()));
});

function isMember(url) {
  return url.pathname === '/mitglieder' || url.pathname.startsWith('/mitglieder/');
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/sw.js' || url.pathname === LIST) return;
  if (isMember(url)) {
    event.respondWith(memberFirstNetwork(event, url));
  } else if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => offlinePage()));
  } else if (SHELL_URLS.includes(url.pathname)) {
    event.respondWith(shellFirstNetwork(event, url));
  }
});

async function shellFirstNetwork(event, url) {
  try {
    const response = await fetch(event.request);
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      event.waitUntil(caches.open(SHELL).then((cache) => cache.put(url.pathname, copy)));
    }
    return response;
  } catch (e) {
    const cached = await caches.match(url.pathname, { cacheName: SHELL });
    return cached || Response.error();
  }
}

async function offlinePage() {
  return (await caches.match('/offline', { cacheName: SHELL })) || Response.error();
}

async function memberFirstNetwork(event, url) {
  let response;
  try {
    response = await fetch(event.request);
  } catch (e) {
    const copy = await fromMemberCache(url);
    if (copy) return copy;
    return event.request.mode === 'navigate' ? offlinePage() : Response.error();
  }
  const copy = response.clone();
  event.waitUntil(remember(url, copy).catch(() => undefined));
  return response;
}

/** Member answers: a redirect (to the login) means the session is over; a 200 is kept in the cache it names. */
async function remember(url, response) {
  if (response.type === 'opaqueredirect' || (response.redirected && new URL(response.url).pathname.startsWith('/anmelden'))) {
    await dropMemberCaches();
    return;
  }
  const name = response.headers.get(KEY_HEADER);
  if (response.status !== 200 || response.type !== 'basic' || !name || !MEMBER_CACHE.test(name)) return;
  const cache = await openMemberCache(name);
  if (url.search) {
    // the page after a form, with its one-off notice (?hinweis=…): keep the plain page instead
    const plain = await fetch(url.pathname, { credentials: 'same-origin' });
    if (plain.status === 200 && !plain.redirected && plain.headers.get(KEY_HEADER) === name) await cache.put(url.pathname, plain);
    return;
  }
  await cache.put(url.pathname, response);
}

async function memberCacheNames() {
  return (await caches.keys()).filter((n) => n.startsWith(MEMBER));
}

async function dropMemberCaches(except) {
  await Promise.all((await memberCacheNames()).filter((n) => n !== except).map((n) => caches.delete(n)));
}

/** The user's cache; every other member's cache is deleted first. */
async function openMemberCache(name) {
  await dropMemberCaches(name);
  const cache = await caches.open(name);
  if (!(await cache.match(META))) {
    await writeMeta(cache, { syncedAt: Date.now(), pagesAt: 0, versions: {} });
  }
  return cache;
}

async function readMeta(cache) {
  const stored = await cache.match(META);
  const meta = stored ? await stored.json() : {};
  return { syncedAt: meta.syncedAt || 0, pagesAt: meta.pagesAt || 0, versions: meta.versions || {} };
}

function writeMeta(cache, meta) {
  return cache.put(META, new Response(JSON.stringify(meta), { headers: { 'Content-Type': 'application/json' } }));
}

async function fromMemberCache(url) {
  for (const name of await memberCacheNames()) {
    const cache = await caches.open(name);
    const meta = await readMeta(cache);
    if (Date.now() - meta.syncedAt > MAX_AGE_MS) {
      await caches.delete(name);
      continue;
    }
    const hit = await cache.match(url.pathname, { ignoreSearch: true, ignoreVary: true });
    if (hit) return hit;
  }
  return null;
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  if (data.type !== 'offline-sync') return;
  const client = event.source;
  event.waitUntil(synchronise().then(
    (result) => client && client.postMessage(Object.assign({ type: 'offline-synced' }, result)),
    () => client && client.postMessage({ type: 'offline-failed' })));
});

class SessionOver extends Error {}

/**
 * Stores what the list names: pages again at most every PAGE_REFRESH_MS (each fetch is a read in
 * the audit log), downloads only when new or changed; drops what an earlier list named and this
 * one does not.
 */
async function synchronise() {
  const response = await fetch(LIST, { credentials: 'same-origin', cache: 'no-store' });
  if (response.redirected) {
    await dropMemberCaches();
    throw new SessionOver();
  }
  if (!response.ok) throw new Error('offline list: ' + response.status);
  const list = await response.json();
  if (!MEMBER_CACHE.test(list.cache)) throw new Error('offline list without cache name');
  const cache = await openMemberCache(list.cache);
  const meta = await readMeta(cache);
  const now = Date.now();
  const refreshPages = now - meta.pagesAt > PAGE_REFRESH_MS;
  const cached = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  const wanted = new Map();
  list.pages.forEach((path) => wanted.set(path, 'seite'));
  list.files.forEach((file) => wanted.set(file.url, file.version));
  const versions = {};
  const tasks = [];
  let failed = 0;
  for (const [path, version] of wanted) {
    const fresh = cached.has(path) && (version === 'seite' ? !refreshPages : meta.versions[path] === version);
    if (fresh) {
      versions[path] = version;
      continue;
    }
    tasks.push(async () => {
      const outcome = await store(cache, list.cache, path);
      if (outcome === 'stored') versions[path] = version;
      else if (outcome === 'failed') failed++;
    });
  }
  await runLimited(tasks, PARALLEL);
  for (const path of Object.keys(meta.versions)) {
    if (!wanted.has(path)) await cache.delete(path);
  }
  const pagesAt = refreshPages && failed === 0 ? now : meta.pagesAt;
  await writeMeta(cache, { syncedAt: now, pagesAt, versions });
  if (failed > 0) throw new Error(failed + ' copies failed');
  const stored = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  return {
    pages: list.pages.filter((p) => stored.has(p)).length,
    files: list.files.filter((f) => stored.has(f.url)).length,
    at: now,
  };
}

/** 'stored', 'gone' (no longer visible: the copy is deleted) or 'failed'; a login redirect ends the session's copies. */
async function store(cache, name, path) {
  let response;
  try {
    response = await fetch(path, { credentials: 'same-origin' });
  } catch (e) {
    return 'failed';
  }
  if (response.redirected) {
    await dropMemberCaches();
    throw new SessionOver();
  }
  if (response.status === 404) {
    await cache.delete(path);
    return 'gone';
  }
  if (response.status !== 200 || response.headers.get(KEY_HEADER) !== name) return 'failed';
  await cache.put(path, response);
  return 'stored';
}

async function runLimited(tasks, parallel) {
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const task = tasks[next++];
      await task();
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, tasks.length) }, worker));
}
