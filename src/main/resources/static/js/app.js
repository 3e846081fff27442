/*
 * Small enhancements for the pages; every page also works without this script.
 * (a) the language pull-down submits its form on change;
 * (b) dependent choices (data-depends-on / data-parent) show only what belongs to the chosen parent;
 * (c) a chosen image file is previewed in the element named by data-preview;
 * (d) the back-side upload is hidden for document types with data-back-allowed="false";
 * (e) forms and buttons with data-once are submitted only once.
 */
(function () {
  'use strict';

  // (a) Language pull-down
  function initLanguage() {
    document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
      select.addEventListener('change', function () {
        if (select.form) {
          select.form.submit();
        }
      });
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

  // Errors: bring the summary into view for keyboard and screen-reader users.
  function focusErrorSummary() {
    var summary = document.getElementById('error-summary');
    if (summary) {
      summary.focus();
    }
  }

  function init() {
    initLanguage();
    initDependents();
    initPreviews();
    initBackSide();
    initOnce();
    focusErrorSummary();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
