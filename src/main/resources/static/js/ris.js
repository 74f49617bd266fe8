/* OpenRIS: progressive enhancement only – every page works without this script (ADR 0010).
 * <body data-offline-copy="…"> (signed-in pages): the notice shown when the page is displayed without
 * network, i.e. from the device's copy.
 * <body data-offline="…"> says what to do:
 *   "mitglied"  signed-in page: register the service worker (offline copies, see /sw.js)
 *   "sync"      the member's dashboard: as "mitglied", and ask the worker to store the pages and
 *               documents of the next meetings; the status appears in #offline-status
 *   "loeschen"  login page: delete every offline copy and the worker (after logout or an expired
 *               session; Clear-Site-Data on logout already did so – this is the second lock)
 */
(function () {
  'use strict';
  var body = document.body;
  var mode = body && body.getAttribute('data-offline');

  // A signed-in page shown without network is the stored copy: say so, and keep forms from failing.
  var copyText = body && body.getAttribute('data-offline-copy');
  var banner = null;
  function offlineBanner() {
    var main = document.getElementById('inhalt');
    if (!copyText || !main) {
      return;
    }
    if (!navigator.onLine && !banner) {
      banner = document.createElement('p');
      banner.className = 'offline-banner';
      banner.setAttribute('role', 'status');
      banner.setAttribute('tabindex', '-1');
      banner.textContent = copyText;
      main.insertBefore(banner, main.firstChild);
    } else if (navigator.onLine && banner) {
      banner.parentNode.removeChild(banner);
      banner = null;
    }
  }
  offlineBanner();
  window.addEventListener('offline', offlineBanner);
  window.addEventListener('online', offlineBanner);
  document.addEventListener('submit', function (event) {
    if (copyText && !navigator.onLine) {
      event.preventDefault();
      offlineBanner();
      if (banner) {
        banner.focus();
      }
    }
  });

  if (!mode || !('serviceWorker' in navigator) || !window.caches) {
    return;
  }

  if (mode === 'loeschen') {
    var done = function () { document.documentElement.setAttribute('data-offline-cleared', 'ja'); };
    Promise.all([
      caches.keys().then(function (names) {
        return Promise.all(names.map(function (name) { return caches.delete(name); }));
      }),
      navigator.serviceWorker.getRegistrations().then(function (registrations) {
        return Promise.all(registrations.map(function (r) { return r.unregister(); }));
      })
    ]).then(done, done);
    return;
  }

  var panel = document.getElementById('offline');
  var status = document.getElementById('offline-status');

  function show(state, text) {
    if (!status) {
      return;
    }
    status.textContent = text;
    status.setAttribute('data-state', state);
  }

  function format(template, values) {
    return template.replace(/\{(\d)\}/g, function (all, i) { return values[Number(i)]; });
  }

  navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function () {
    if (mode !== 'sync' || !status) {
      return;
    }
    if (panel) {
      panel.hidden = false;
    }
    show('working', status.getAttribute('data-working'));
    navigator.serviceWorker.startMessages();
    navigator.serviceWorker.addEventListener('message', function (event) {
      var data = event.data || {};
      if (data.type === 'offline-synced') {
        var at = new Date(data.at);
        var time = ('0' + at.getHours()).slice(-2) + ':' + ('0' + at.getMinutes()).slice(-2);
        show('ready', format(status.getAttribute('data-ready'), [data.pages, data.files, time]));
      } else if (data.type === 'offline-failed') {
        show('failed', status.getAttribute('data-failed'));
      }
    });
    return navigator.serviceWorker.ready.then(function (registration) {
      registration.active.postMessage({ type: 'offline-sync' });
    });
  }).catch(function () {
    show('failed', status ? status.getAttribute('data-failed') : '');
  });
})();
