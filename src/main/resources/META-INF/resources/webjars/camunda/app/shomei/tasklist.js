// Shomei's additions to Tasklist (named in its config.js, after webapps.js): the oldest tasks first, and the review
// form's identity-document images with a link to open them at full size, or a visible message with that link when
// an image cannot be loaded. The texts are webapp labels that Shomei's settings give (see webapps.js).

const styles = document.createElement('link');
styles.rel = 'stylesheet';
styles.href = new URL('tasklist.css', import.meta.url).href;
document.head.append(styles);

const OLDEST_FIRST = JSON.stringify([{ sortBy: 'created', sortOrder: 'asc' }]);

sortOldestFirst(false);
window.addEventListener('hashchange', () => sortOldestFirst(true));
document.addEventListener('error', event => {
  if (event.target instanceof HTMLImageElement) {
    showImageLinks(event.target);
  }
}, true);
new MutationObserver(() => document.querySelectorAll('.fjs-container img').forEach(showImageLinks))
  .observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['src'] });

/** Tasklist sorts newest first unless its address names a sorting; staff work through the oldest first. */
function sortOldestFirst(running) {
  const [route, query = ''] = (location.hash || '#/').split('?');
  const search = new URLSearchParams(query);
  if (search.has('sorting')) {
    return;
  }
  search.set('sorting', OLDEST_FIRST);
  const address = location.pathname + location.search + route + '?' + search.toString();
  // Before the start the address is only read; once running, Tasklist follows a change of its hash.
  running ? location.replace(address) : history.replaceState(history.state, '', address);
}

/** Below a form's image: a link to open it at full size, and a message if it could not be loaded. */
function showImageLinks(image) {
  const source = image.getAttribute('src');
  if (!source || !image.closest('.fjs-container')) {
    return;
  }
  const failed = image.complete && image.naturalWidth === 0;
  let links = image.nextElementSibling?.classList.contains('shomei-image-links') ? image.nextElementSibling : null;
  if (links && links.dataset.source === source && links.dataset.failed === String(failed)) {
    return;
  }
  if (!image.complete) {
    image.addEventListener('load', () => showImageLinks(image), { once: true });
  }
  links ??= image.parentElement.insertBefore(document.createElement('p'), image.nextSibling);
  links.className = 'shomei-image-links' + (failed ? ' alert alert-warning' : '');
  failed ? links.setAttribute('role', 'alert') : links.removeAttribute('role');
  links.dataset.source = source;
  links.dataset.failed = String(failed);
  const link = document.createElement('a');
  link.href = source;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = label(failed ? 'SHOMEI_IMAGE_OPEN' : 'SHOMEI_IMAGE_FULL_SIZE');
  links.replaceChildren(...(failed ? [label('SHOMEI_IMAGE_NOT_LOADED') + ' '] : []), link);
}

function label(key) {
  return window.angular.element(document.body).injector()?.get('$translate').instant(key) ?? key;
}
