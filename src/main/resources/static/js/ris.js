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

/* Rich text (progressive enhancement): <textarea data-richtext data-toolbar-label="…"> becomes a
 * toolbar and an editable area whose HTML is copied back into the textarea before every submit;
 * without this script the textarea takes plain text or simple HTML. Whatever arrives is cleaned on
 * the server (paper.PaperText); here the starting HTML is reduced to the same small set of elements
 * before it is shown, and pasted content (e.g. from a word processor) is cleaned the same way. */
(function () {
  'use strict';
  var ALLOWED = { P: [], BR: [], H3: [], H4: [], UL: [], OL: [], LI: [], STRONG: [], B: [], EM: [], I: [], U: [],
    BLOCKQUOTE: [], TABLE: [], CAPTION: [], THEAD: [], TBODY: [], TR: [], TH: ['colspan', 'rowspan', 'scope'],
    TD: ['colspan', 'rowspan'], A: ['href', 'title'] };

  function clean(source, target) {
    Array.prototype.forEach.call(source.childNodes, function (node) {
      if (node.nodeType === 3) {
        target.appendChild(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === 1) {
        var name = node.nodeName.toUpperCase();
        if (name === 'SCRIPT' || name === 'STYLE' || name === 'TEMPLATE') {
          return;
        }
        if (!ALLOWED[name]) {
          clean(node, target); // keep the text of unknown elements (spans, fonts, divs of a pasted document)
          return;
        }
        var copy = document.createElement(name);
        ALLOWED[name].forEach(function (attribute) {
          var value = node.getAttribute(attribute);
          if (value !== null && !(attribute === 'href' && !/^(https?:|mailto:)/i.test(value))) {
            copy.setAttribute(attribute, value);
          }
        });
        clean(node, copy);
        target.appendChild(copy);
      }
    });
  }

  function fromText(text) {
    var doc = document.implementation.createHTMLDocument('');
    var holder = doc.createElement('div');
    if (/<[a-zA-Z/!]/.test(text)) {
      holder.innerHTML = text; // inert document: nothing loads or runs
    } else {
      text.replace(/\r\n/g, '\n').split(/\n\s*\n/).forEach(function (block) {
        if (!block.trim()) {
          return;
        }
        var p = doc.createElement('p');
        block.trim().split('\n').forEach(function (line, i) {
          if (i > 0) {
            p.appendChild(doc.createElement('br'));
          }
          p.appendChild(doc.createTextNode(line));
        });
        holder.appendChild(p);
      });
    }
    return holder;
  }

  var COMMANDS = [
    ['bold', null], ['italic', null], ['formatBlock', 'h3'], ['formatBlock', 'p'], ['insertUnorderedList', null],
    ['insertOrderedList', null], ['formatBlock', 'blockquote'], ['table', null], ['removeFormat', null]
  ];

  Array.prototype.forEach.call(document.querySelectorAll('textarea[data-richtext]'), function (area) {
    var labels = (area.getAttribute('data-richtext') || '').split('|');
    var label = document.querySelector('label[for="' + area.id + '"]');
    var toolbar = document.createElement('div');
    toolbar.className = 'richtext-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', area.getAttribute('data-toolbar-label') || '');
    var editor = document.createElement('div');
    editor.className = 'richtext-editor';
    editor.id = area.id + '-editor';
    editor.contentEditable = 'true';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    if (label) {
      label.id = label.id || area.id + '-label';
      editor.setAttribute('aria-labelledby', label.id);
      label.setAttribute('for', editor.id);
    }
    ['aria-describedby', 'aria-invalid'].forEach(function (a) {
      if (area.getAttribute(a)) {
        editor.setAttribute(a, area.getAttribute(a));
      }
    });
    clean(fromText(area.value), editor);
    if (!editor.firstChild) {
      editor.appendChild(document.createElement('p')).appendChild(document.createElement('br')); // typing starts in a paragraph
    }
    document.execCommand('defaultParagraphSeparator', false, 'p');

    COMMANDS.forEach(function (command, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'richtext-button';
      button.textContent = labels[i] || command[0];
      button.addEventListener('mousedown', function (event) { event.preventDefault(); }); // keep the selection
      button.addEventListener('click', function () {
        editor.focus();
        document.execCommand('styleWithCSS', false, false);
        if (command[0] === 'table') {
          document.execCommand('insertHTML', false,
            '<table><thead><tr><th>&nbsp;</th><th>&nbsp;</th></tr></thead><tbody><tr><td>&nbsp;</td><td>&nbsp;</td></tr></tbody></table><p><br></p>');
        } else {
          document.execCommand(command[0], false, command[1]);
        }
        sync();
      });
      toolbar.appendChild(button);
    });

    function sync() {
      area.value = editor.innerHTML;
    }
    editor.addEventListener('input', sync);
    editor.addEventListener('paste', function (event) {
      var data = event.clipboardData;
      if (!data) {
        return;
      }
      event.preventDefault();
      var html = data.getData('text/html');
      var holder = document.createElement('div');
      clean(html ? fromText(html) : fromText(data.getData('text/plain')), holder);
      document.execCommand('insertHTML', false, holder.innerHTML);
      sync();
    });
    if (area.form) {
      area.form.addEventListener('submit', sync);
    }
    area.hidden = true;
    area.parentNode.insertBefore(toolbar, area);
    area.parentNode.insertBefore(editor, area);
    sync();
  });
})();

/* Speaker picker next to a rich-text field: <div data-speakers-for="ID"> with a select and a hidden
 * button; with this script the button appears and inserts the chosen name at the cursor. */
(function () {
  'use strict';
  Array.prototype.forEach.call(document.querySelectorAll('[data-speakers-for]'), function (box) {
    var button = box.querySelector('[data-insert-speaker]');
    var select = box.querySelector('select');
    var editor = document.getElementById(box.getAttribute('data-speakers-for') + '-editor');
    if (!button || !select || !editor) {
      return;
    }
    var range = null;
    document.addEventListener('selectionchange', function () {
      var selection = window.getSelection();
      if (selection.rangeCount && editor.contains(selection.anchorNode)) {
        range = selection.getRangeAt(0).cloneRange();
      }
    });
    button.hidden = false;
    button.addEventListener('click', function () {
      editor.focus();
      if (range) {
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      }
      document.execCommand('insertText', false, select.value + ' ');
      editor.dispatchEvent(new Event('input'));
    });
  });
})();

/* Roll-call vote on the item recording page (issue 7, itemextras): the ballots block
 * [data-roll-call] is shown only while the vote kind "namentlich" is chosen, and the typed majority,
 * counts and faction positions [data-not-roll-call] only while it is not; without this script all
 * stay visible (the hints say which applies when). */
(function () {
  'use strict';
  var block = document.querySelector('[data-roll-call]');
  var radios = document.querySelectorAll('input[name="voteKind"]');
  if (!block || !radios.length) {
    return;
  }
  var others = document.querySelectorAll('[data-not-roll-call]');
  function update() {
    var chosen = document.querySelector('input[name="voteKind"]:checked');
    var rollCall = !!chosen && chosen.value === 'ROLL_CALL';
    block.hidden = !rollCall;
    // majority, counts and faction positions follow from the ballots
    Array.prototype.forEach.call(others, function (el) {
      el.hidden = rollCall;
    });
  }
  Array.prototype.forEach.call(radios, function (radio) {
    radio.addEventListener('change', update);
  });
  update();
})();
