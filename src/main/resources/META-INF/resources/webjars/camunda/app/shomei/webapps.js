// Shomei's script for the Camunda webapps (named in each webapp's config.js). The webapps import it before
// they start, so the language and time zone it sets are in place when they first render.

const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root');
const appName = base.getAttribute('app-name');
const contextPath = appRoot.substring(0, appRoot.lastIndexOf('/'));

// Declared at once: each webapp's config.js names this module among its Angular dependencies.
const webappsModule = window.angular.module('shomei.webapps', []);

const settings = await fetch(contextPath + '/staff/webapp-settings', {
  credentials: 'same-origin',
  headers: { Accept: 'application/json' }
})
  .then(response => (response.ok && response.headers.get('Content-Type')?.includes('json') ? response.json() : null))
  .catch(() => null);

// The webapps take their language from the browser alone. Shomei's rule goes first: the language chosen in
// Shomei's pages, else the browser's if it is one of ours, else Japanese.
const browserLanguage = (navigator.languages?.[0] || navigator.language || '').split('-')[0].toLowerCase();
const language = settings?.language || (['ja', 'en'].includes(browserLanguage) ? browserLanguage : 'ja');
if (language !== browserLanguage) {
  Object.defineProperty(navigator, 'languages', { value: [language], configurable: true });
  Object.defineProperty(navigator, 'language', { value: language, configurable: true });
}
document.documentElement.lang = language;

// The webapps fetch their labels while they already render, and a label asked for before its file arrives
// shows in the fallback language or as its key; with the labels given before the start, none is missing.
const locale = await fetch(`${appRoot}/app/${appName}/locales/${language}.json`)
  .then(response => (response.ok ? response.json() : null))
  .catch(() => null);
// Shomei's own labels (its password rules) come with the settings, in the same language.
const labels = { ...locale?.labels, ...settings?.labels };
if (Object.keys(labels).length) {
  webappsModule.config(['$translateProvider', translate => translate.translations(language, labels)]);
}

const moment = webappModule(source => source.includes('updateOffset') && source.includes('momentProperties'));
if (moment) {
  if (locale?.dateLocales) {
    // Given before the start, the labels are not fetched again, so their dates' language is made here.
    moment.locales().includes(language)
      ? moment.updateLocale(language, locale.dateLocales)
      : moment.defineLocale(language, locale.dateLocales);
  }
  keepMomentInTheWebappsLanguage();
  if (language === 'ja') {
    useJapaneseDateStyle();
  }
  if (settings?.timeZone) {
    showTimesIn(settings.timeZone);
  }
} else {
  console.error('Shomei: the webapp\'s moment was not found; dates follow the browser\'s zone and language.');
}
if (settings) {
  linkStaffHome(settings);
  nameIconControls(settings.names);
}
leaveWhenSignedOut(settings?.signedOut || contextPath + '/staff/login');

/**
 * Each locale file the webapp loads (the chosen one and the English fallback) makes itself moment's language, so
 * the last one to arrive would win; the webapp's language is put back after each.
 */
function keepMomentInTheWebappsLanguage() {
  for (const name of ['defineLocale', 'updateLocale']) {
    const original = moment[name];
    moment[name] = function (...args) {
      const result = original.apply(this, args);
      moment.locale(language);
      return result;
    };
  }
}

/** Cockpit's tables use a fixed ISO-like pattern; Japanese readers get the usual 2026/11/25 09:30:00. */
function useJapaneseDateStyle() {
  const format = moment.fn.format;
  moment.fn.format = function (pattern) {
    return format.call(this, pattern === 'YYYY-MM-DD[T]HH:mm:ss' ? 'YYYY/MM/DD HH:mm:ss' : pattern);
  };
}

/** Dates and times in the configured zone, whatever the browser's: in Intl's formats and in moment's. */
function showTimesIn(timeZone) {
  const NativeDateTimeFormat = Intl.DateTimeFormat;
  const inZone = options => ({ timeZone, ...options });
  Intl.DateTimeFormat = new Proxy(NativeDateTimeFormat, {
    construct: (target, [locales, options]) => new target(locales, inZone(options)),
    apply: (target, thisArg, [locales, options]) => target(locales, inZone(options))
  });

  const parts = new NativeDateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric'
  });
  const offsetAt = millis => {
    const p = Object.fromEntries(parts.formatToParts(new Date(millis)).map(part => [part.type, part.value]));
    const wallClock = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    return Math.round((wallClock - Math.floor(millis / 1000) * 1000) / 60000);
  };

  // moment asks updateOffset for the offset of every moment it makes or changes (as moment-timezone does);
  // moments made as UTC on purpose are left alone.
  const previous = moment.updateOffset;
  let adjusting = false;
  moment.momentProperties.push('_shomeiZone');
  moment.updateOffset = function (m, keepTime) {
    previous.call(this, m, keepTime);
    if (adjusting || !m.isValid() || (m._isUTC && !m._shomeiZone)) {
      return;
    }
    adjusting = true;
    try {
      m.utcOffset(offsetAt(m.valueOf()), keepTime);
      m._shomeiZone = true;
    } finally {
      adjusting = false;
    }
  };
}

/** A module of the webapp's own bundle, found by its source, through the bundle's chunk loader. */
function webappModule(matches) {
  let found = null;
  self.webpackChunkcamunda_bpm_webapp?.push([['shomei-webapps'], {}, require => {
    const id = Object.keys(require.m).find(key => matches(String(require.m[key])));
    found = id === undefined ? null : require(id);
  }]);
  return found;
}

/** Beside the webapp's name in the header: the staff member's university and the way back to the staff home. */
function linkStaffHome({ home, homeLabel, university }) {
  const place = () => {
    const brand = document.querySelector('.navbar-brand');
    if (!brand || brand.parentElement.querySelector('.shomei-home')) {
      return;
    }
    const link = document.createElement('a');
    link.className = 'shomei-home';
    link.href = home;
    link.textContent = university ? university + ' · ' + homeLabel : homeLabel;
    brand.after(link);
  };
  new MutationObserver(place).observe(document.body, { childList: true, subtree: true });
  place();
}

/**
 * Some of the webapps' buttons and links show only an icon, and screen readers find no name for them. They get
 * their tooltip as a name, or one of Shomei's; the search field with its suggestion list is marked a combobox.
 */
function nameIconControls(names) {
  const named = [
    ['button.region-toggle[data-region="filters"]', names.filters],
    ['button.region-toggle[data-region="list"]', names.list],
    ['button.region-toggle[data-region="task"]', names.task],
    ['button.maximize', names.maximize],
    ['[cam-widget-header] a.dropdown-toggle', names.apps],
    ['.stored-criteria button.dropdown-toggle', names.savedSearches],
    ['a.instance-link', names.processInstance]
  ];
  const nameOf = control => control.getAttribute('uib-tooltip')
    || control.querySelector('[uib-tooltip]')?.getAttribute('uib-tooltip')
    || control.parentElement?.querySelector('.app-name')?.textContent.trim()
    || named.find(([selector]) => control.matches(selector))?.[1];
  let scheduled = false;
  const nameAll = () => {
    scheduled = false;
    for (const control of document.querySelectorAll('button, a[href]')) {
      const ours = control.hasAttribute('data-shomei-name');
      if ((control.hasAttribute('aria-label') && !ours) || (!ours && control.innerText.trim())) {
        continue;
      }
      const name = nameOf(control);
      if (name && control.getAttribute('aria-label') !== name) {
        control.setAttribute('aria-label', name);
        control.setAttribute('data-shomei-name', '');
      }
    }
    for (const input of document.querySelectorAll('input[uib-typeahead]:not([role])')) {
      input.setAttribute('role', 'combobox');
    }
  };
  new MutationObserver(() => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(nameAll);
    }
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['uib-tooltip'] });
}

/** The webapps' own login is closed: a signed-out webapp goes to Shomei's staff sign-in instead. */
function leaveWhenSignedOut(signIn) {
  const leave = () => {
    if (/^#!?\/login/.test(location.hash)) {
      location.replace(signIn);
    }
  };
  window.addEventListener('hashchange', leave);
  leave();
}
