/*
 * Small enhancements for the pages; every page also works without this script.
 * (a) the language pull-down submits its form on change, so its button (for pages without script) is hidden;
 * (b) dependent choices (data-depends-on / data-parent) show only what belongs to the chosen parent;
 * (c) a chosen image file is previewed in the element named by data-preview, and the field's earlier error is put
 *     aside while the file is of an accepted type (the server checks it again);
 * (d) the back-side upload is hidden for document types with data-back-allowed="false";
 * (e) forms and buttons with data-once are submitted only once;
 * (f) the menu of the signed-in pages closes with Escape or a click elsewhere;
 * (g) a warning with a countdown appears before the automatic logout, with "Stay signed in";
 * (h) the error summary lists its links in the order of the fields on the page (the server's order is the
 *     validator's), and a link puts the focus on its field (a group's first choice that can be used);
 * (i) a choice in a form with data-remember-choice is sent at once in the background, and the form's button hidden;
 * (j) what was typed into the page's form but not yet sent survives the reload that a change of language makes.
 */
(function () {
  'use strict';

  // (a) Language pull-down
  function initLanguage() {
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () {
        if (select.form) {
          keepUnsent();
          select.form.submit();
        }
      });
      if (select.form) {
        select.form.querySelectorAll('button[type="submit"]').forEach(function (button) {
          button.hidden = true;
        });
      }
    });
  }

  // (b) Dependent selects and radio groups
  var dependents = {};

  function valueOf(element) {
    if (!element) {
      return '';
    }
    if (element.tagName === 'SELECT' || element.tagName === 'INPUT') {
      return element.value;
    }
    var checked = element.querySelector('input:checked');
    return checked ? checked.value : '';
  }

  function setupSelect(select) {
    // Keep the original options (and groups) so that they can be put back after filtering;
    // hiding <option> elements is not reliable on every mobile browser.
    var nodes = Array.prototype.slice.call(select.children);
    var groups = new Map();
    nodes.forEach(function (node) {
      if (node.tagName === 'OPTGROUP') {
        groups.set(node, Array.prototype.slice.call(node.children));
      }
    });
    return function filter(parentValue) {
      var current = select.value;
      while (select.firstChild) {
        select.removeChild(select.firstChild);
      }
      nodes.forEach(function (node) {
        if (node.tagName === 'OPTGROUP') {
          while (node.firstChild) {
            node.removeChild(node.firstChild);
          }
          groups.get(node).forEach(function (option) {
            if (option.getAttribute('data-parent') === parentValue) {
              node.appendChild(option);
            }
          });
          if (node.children.length > 0) {
            select.appendChild(node);
          }
        } else if (!node.hasAttribute('data-parent') || node.getAttribute('data-parent') === parentValue) {
          select.appendChild(node);
        }
      });
      select.value = current;
      if (select.value !== current || select.selectedIndex < 0) {
        select.value = '';
      }
    };
  }

  function setupGroup(container) {
    var items = Array.prototype.slice.call(container.querySelectorAll('[data-parent]'));
    return function filter(parentValue) {
      items.forEach(function (item) {
        var visible = item.getAttribute('data-parent') === parentValue;
        item.hidden = !visible;
        var inputs = item.matches('input') ? [item] : Array.prototype.slice.call(item.querySelectorAll('input'));
        inputs.forEach(function (input) {
          input.disabled = !visible;
          if (!visible && input.checked) {
            input.checked = false;
          }
        });
      });
    };
  }

  function refresh(element) {
    var parent = document.getElementById(element.getAttribute('data-depends-on'));
    element.dependentFilter(valueOf(parent));
    if (element.id && dependents[element.id]) {
      dependents[element.id].forEach(refresh);
    }
    updateBackSide();
  }

  function initDependents() {
    var elements = Array.prototype.slice.call(document.querySelectorAll('[data-depends-on]'));
    elements.forEach(function (element) {
      var parentId = element.getAttribute('data-depends-on');
      element.dependentFilter = element.tagName === 'SELECT' ? setupSelect(element) : setupGroup(element);
      (dependents[parentId] = dependents[parentId] || []).push(element);
    });
    Object.keys(dependents).forEach(function (parentId) {
      var parent = document.getElementById(parentId);
      if (parent) {
        parent.addEventListener('change', function () {
          dependents[parentId].forEach(refresh);
        });
      }
    });
    // Filter in document order, so a parent is filtered before its children; prefilled values stay.
    elements.forEach(refresh);
  }

  // (c) Image previews
  function clearChildren(element) {
    while (element.firstChild) {
      element.removeChild(element.firstChild);
    }
  }

  function accepted(input, file) {
    var types = (input.getAttribute('accept') || '').split(',').map(function (type) {
      return type.trim();
    });
    return types.indexOf(file.type) >= 0;
  }

  // The error shown for the file sent before: aside while an accepted file is chosen, back otherwise.
  function showFileError(input, shown) {
    var errorId = input.id + '-error';
    var error = document.getElementById(errorId);
    if (!error) {
      return;
    }
    error.hidden = !shown;
    var field = input.closest('.field');
    if (field) {
      field.classList.toggle('has-error', shown);
    }
    var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(function (id) {
      return id && id !== errorId;
    });
    if (shown) {
      described.push(errorId);
      input.setAttribute('aria-invalid', 'true');
    } else {
      input.removeAttribute('aria-invalid');
    }
    input.setAttribute('aria-describedby', described.join(' '));
    document.querySelectorAll('[data-error-for="' + input.id + '"]').forEach(function (item) {
      item.hidden = !shown;
    });
  }

  function initPreviews() {
    document.querySelectorAll('input[type="file"][data-preview]').forEach(function (input) {
      var target = document.getElementById(input.getAttribute('data-preview'));
      if (!target) {
        return;
      }
      var original = Array.prototype.slice.call(target.childNodes);
      var objectUrl = null;
      input.addEventListener('change', function () {
        if (objectUrl) {
          URL.revokeObjectURL(objectUrl);
          objectUrl = null;
        }
        clearChildren(target);
        var file = input.files && input.files[0];
        showFileError(input, !(file && accepted(input, file)));
        if (!file || !/^image\//.test(file.type) || !window.URL || !URL.createObjectURL) {
          original.forEach(function (node) {
            target.appendChild(node);
          });
          return;
        }
        objectUrl = URL.createObjectURL(file);
        var figure = document.createElement('figure');
        var image = document.createElement('img');
        image.src = objectUrl;
        image.alt = target.getAttribute('data-alt') || '';
        figure.appendChild(image);
        var captionText = target.getAttribute('data-caption');
        if (captionText) {
          var caption = document.createElement('figcaption');
          caption.textContent = captionText + ' ' + file.name;
          figure.appendChild(caption);
        }
        target.appendChild(figure);
      });
    });
  }

  // (d) Back side only where the document type allows it
  function updateBackSide() {
    var radios = document.querySelectorAll('input[data-back-allowed]');
    if (radios.length === 0) {
      return;
    }
    var checked = Array.prototype.slice.call(radios).filter(function (radio) {
      return radio.checked && !radio.disabled;
    })[0];
    var allowed = !checked || checked.getAttribute('data-back-allowed') !== 'false';
    document.querySelectorAll('[data-back-side]').forEach(function (block) {
      block.hidden = !allowed;
      if (!allowed) {
        block.querySelectorAll('input[type="file"]').forEach(function (input) {
          if (input.value) {
            input.value = '';
            input.dispatchEvent(new Event('change'));
          }
        });
      }
    });
    document.querySelectorAll('[data-back-forbidden]').forEach(function (note) {
      note.hidden = allowed;
    });
  }

  function initBackSide() {
    document.querySelectorAll('input[data-back-allowed]').forEach(function (radio) {
      radio.addEventListener('change', updateBackSide);
    });
    updateBackSide();
  }

  // (e) Submit only once
  function setDisabled(buttons, disabled) {
    buttons.forEach(function (button) {
      button.disabled = disabled;
      if (disabled) {
        button.setAttribute('aria-disabled', 'true');
      } else {
        button.removeAttribute('aria-disabled');
      }
    });
  }

  function onceButtons(form) {
    var selector = form.hasAttribute('data-once') ? 'button[type="submit"], input[type="submit"]' : '[data-once]';
    return Array.prototype.slice.call(form.querySelectorAll(selector));
  }

  function initOnce() {
    document.querySelectorAll('form').forEach(function (form) {
      if (!form.hasAttribute('data-once') && !form.querySelector('[data-once]')) {
        return;
      }
      form.addEventListener('submit', function (event) {
        if (form.getAttribute('data-submitted') === 'true') {
          event.preventDefault();
          return;
        }
        form.setAttribute('data-submitted', 'true');
        // Disable after the browser has taken the form data.
        window.setTimeout(function () {
          setDisabled(onceButtons(form), true);
        }, 0);
      });
    });
    // Coming back through the browser history: the page may be restored with disabled buttons.
    window.addEventListener('pageshow', function (event) {
      if (!event.persisted) {
        return;
      }
      document.querySelectorAll('form[data-submitted]').forEach(function (form) {
        form.removeAttribute('data-submitted');
        setDisabled(onceButtons(form), false);
      });
    });
  }

  // (f) Menu of the signed-in pages: a <details> that also closes with Escape or a click elsewhere.
  function initMenu() {
    document.querySelectorAll('details.menu').forEach(function (menu) {
      var summary = menu.querySelector('summary');
      document.addEventListener('click', function (event) {
        if (menu.open && !menu.contains(event.target)) {
          menu.open = false;
        }
      });
      menu.addEventListener('keydown', function (event) {
        if ((event.key === 'Escape' || event.key === 'Esc') && menu.open) {
          menu.open = false;
          if (summary) {
            summary.focus();
          }
        }
      });
    });
  }

  // (g) Warning before the automatic logout. The server ends a session after data-session-timeout seconds
  // without a request; every page load and every "Stay signed in" is such a request. The time of the latest
  // one is shared between the tabs of the service (localStorage), so a tab does not warn while another is used.
  var ACTIVITY_KEY = 'shomei.lastActivity';
  var WARNING_SECONDS = 120;

  function storedActivity() {
    try {
      var value = parseInt(window.localStorage.getItem(ACTIVITY_KEY), 10);
      return isNaN(value) ? 0 : value;
    } catch (e) {
      return 0;
    }
  }

  function storeActivity(time) {
    try {
      if (storedActivity() < time) {
        window.localStorage.setItem(ACTIVITY_KEY, String(time));
      }
    } catch (e) {
      // Storage may be switched off: the tab then counts on its own.
    }
  }

  function formatCountdown(seconds) {
    var whole = Math.max(0, Math.ceil(seconds));
    var rest = whole % 60;
    return Math.floor(whole / 60) + ':' + (rest < 10 ? '0' : '') + rest;
  }

  function metaContent(name) {
    var meta = document.querySelector('meta[name="' + name + '"]');
    return meta ? meta.getAttribute('content') : null;
  }

  function initSessionTimeout() {
    var body = document.body;
    if (!body || !body.hasAttribute('data-session-timeout')) {
      return;
    }
    var timeout = parseInt(body.getAttribute('data-session-timeout'), 10);
    var warning = document.querySelector('.session-warning');
    if (!(timeout > 0) || !warning) {
      return;
    }
    var countdown = warning.querySelector('[data-countdown]');
    var keepButton = warning.querySelector('[data-keepalive]');
    var failure = warning.querySelector('[data-keepalive-failed]');
    var keepaliveUrl = warning.getAttribute('data-keepalive-url') || '/session/keepalive';
    var timeoutUrl = (warning.getAttribute('data-timeout-url') || '/') + '?timeout';
    var lastActivity = Date.now();
    var previousFocus = null;
    var busy = false;
    var ended = false;
    var timer = null;
    storeActivity(lastActivity);

    function latestActivity() {
      var shared = storedActivity();
      // A time in the future can only come from a wrong clock: ignore it.
      return shared > lastActivity && shared <= Date.now() + 5000 ? shared : lastActivity;
    }

    function show() {
      previousFocus = document.activeElement;
      if (failure) {
        failure.hidden = true;
      }
      warning.hidden = false;
      if (keepButton) {
        keepButton.focus();
      }
    }

    function hide() {
      warning.hidden = true;
      if (previousFocus && previousFocus !== document.body && document.contains(previousFocus)
          && warning.contains(document.activeElement)) {
        previousFocus.focus();
      }
      previousFocus = null;
    }

    function end() {
      if (ended) {
        return;
      }
      ended = true;
      window.clearInterval(timer);
      window.location.assign(timeoutUrl);
    }

    function tick() {
      if (ended) {
        return;
      }
      var left = timeout - (Date.now() - latestActivity()) / 1000;
      if (left <= 0) {
        end();
      } else if (left <= WARNING_SECONDS) {
        if (countdown) {
          countdown.textContent = formatCountdown(left);
        }
        if (warning.hidden) {
          show();
        }
      } else if (!warning.hidden) {
        // Another tab has kept the session alive.
        hide();
      }
    }

    function keepAlive() {
      if (busy || ended) {
        return;
      }
      busy = true;
      if (keepButton) {
        keepButton.setAttribute('aria-disabled', 'true');
      }
      var headers = {};
      var csrfHeader = metaContent('_csrf_header');
      var csrfToken = metaContent('_csrf');
      if (csrfHeader && csrfToken) {
        headers[csrfHeader] = csrfToken;
      }
      window.fetch(keepaliveUrl, { method: 'POST', headers: headers, credentials: 'same-origin' })
        .then(function (response) {
          if (response.ok && !response.redirected) {
            // The server renewed the session before it answered: count from now.
            lastActivity = Date.now();
            storeActivity(lastActivity);
            hide();
          } else if (response.redirected || response.status === 401 || response.status === 403) {
            // The session has already ended.
            end();
          } else if (failure) {
            failure.hidden = false;
          }
        }, function () {
          if (failure) {
            failure.hidden = false;
          }
        })
        .then(function () {
          busy = false;
          if (keepButton) {
            keepButton.removeAttribute('aria-disabled');
          }
        });
    }

    if (keepButton) {
      keepButton.addEventListener('click', keepAlive);
    }
    timer = window.setInterval(tick, 1000);
    // Timers may sleep in a hidden tab or a suspended device: check at once when the page is seen again.
    document.addEventListener('visibilitychange', function () {
      if (!document.hidden) {
        tick();
      }
    });
    window.addEventListener('pageshow', function (event) {
      if (!event.persisted) {
        return;
      }
      // Back from the browser history after leaving on timeout: count again (and leave again if still due).
      if (ended) {
        ended = false;
        timer = window.setInterval(tick, 1000);
      }
      tick();
    });
    tick();
  }

  // (i) Choices the server keeps (the student ID for printing): sent as soon as they change.
  function initRememberedChoices() {
    document.querySelectorAll('form[data-remember-choice]').forEach(function (form) {
      form.querySelectorAll('button[type="submit"]').forEach(function (button) {
        button.hidden = true;
      });
      form.addEventListener('change', function () {
        window.fetch(form.action, { method: 'POST', body: new FormData(form), credentials: 'same-origin' });
      });
    });
  }

  // (h) Error summary links: an anchor only scrolls; the focus goes to the field itself.
  function initErrorLinks() {
    var summary = document.getElementById('error-summary');
    if (!summary) {
      return;
    }
    var links = Array.prototype.slice.call(summary.querySelectorAll('li > a[href^="#"]'));
    var positioned = links.filter(function (link) {
      return document.getElementById(link.getAttribute('href').substring(1));
    });
    positioned.sort(function (a, b) {
      var first = document.getElementById(a.getAttribute('href').substring(1));
      var second = document.getElementById(b.getAttribute('href').substring(1));
      return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    positioned.forEach(function (link) {
      link.parentNode.parentNode.appendChild(link.parentNode);
    });
    links.forEach(function (link) {
      link.addEventListener('click', function (event) {
        var target = document.getElementById(link.getAttribute('href').substring(1));
        if (!target) {
          return;
        }
        var control = target.matches('input, select, textarea') && !target.disabled && !target.closest('[hidden]')
            ? target
            : Array.prototype.slice.call((target.closest('fieldset') || target).querySelectorAll('input, select, textarea'))
                .filter(function (candidate) {
                  return !candidate.disabled && !candidate.closest('[hidden]');
                })[0];
        if (control) {
          event.preventDefault();
          control.focus();
          control.scrollIntoView({ block: 'center' });
        }
      });
    });
  }

  // Errors: bring the summary into view for keyboard and screen-reader users.
  // (j) Fields of the page's form, kept in the tab's storage for one reload; files and passwords never are.
  var UNSENT = 'shomei-unsent:';

  function unsentFields() {
    return Array.prototype.slice.call(document.querySelectorAll('main form[method="post"] [name]'))
      .filter(function (field) {
        return field.matches('input, select, textarea')
          && ['file', 'password', 'hidden', 'submit', 'button'].indexOf(field.type) < 0;
      });
  }

  function keepUnsent() {
    var values = unsentFields().map(function (field) {
      var choice = field.type === 'radio' || field.type === 'checkbox';
      return { name: field.name, value: field.value, checked: choice ? field.checked : null };
    });
    try {
      window.sessionStorage.setItem(UNSENT + location.pathname, JSON.stringify({ at: Date.now(), values: values }));
    } catch (e) {
      // Storage refused (private mode, quota): the page reloads with what the server kept.
    }
  }

  function restoreUnsent() {
    var key = UNSENT + location.pathname;
    var kept;
    try {
      kept = JSON.parse(window.sessionStorage.getItem(key));
      window.sessionStorage.removeItem(key);
    } catch (e) {
      return;
    }
    // Only for the reload that followed at once, never for a later visit of the page.
    if (!kept || Date.now() - kept.at > 60000) {
      return;
    }
    var fields = unsentFields();
    // In document order, so that a parent's choice shows its dependents' options before they are set.
    kept.values.forEach(function (value) {
      fields.filter(function (field) {
        return field.name === value.name;
      }).forEach(function (field) {
        var changed = false;
        if (value.checked === null) {
          changed = field.value !== value.value;
          field.value = value.value;
        } else if (field.value === value.value && field.checked !== value.checked) {
          changed = true;
          field.checked = value.checked;
        }
        if (changed) {
          field.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
    });
  }

  // A new certificate type's store printing follows its language (Japanese: yes, English: post only) until set by hand.
  function initStorePrintingDefault() {
    var language = document.querySelector('select[data-sets-store-printing]');
    var storePrinting = language && language.form.querySelector('input[type="checkbox"][name="storePrinting"]');
    if (!storePrinting) {
      return;
    }
    var setByHand = false;
    storePrinting.addEventListener('change', function () {
      setByHand = true;
    });
    language.addEventListener('change', function () {
      if (!setByHand) {
        storePrinting.checked = language.value === 'ja';
      }
    });
  }

  function focusErrorSummary() {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  function init() {
    initLanguage();
    initDependents();
    restoreUnsent();
    initPreviews();
    initBackSide();
    initOnce();
    initMenu();
    initSessionTimeout();
    initErrorLinks();
    initRememberedChoices();
    initStorePrintingDefault();
    focusErrorSummary();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
