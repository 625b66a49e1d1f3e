/**
 * `<site-search>`: the search box. This file is all a page loads up front (well under a
 * kilobyte): it waits for the reader to use the box (focus, typing, or the `/` key) and only
 * then imports the search code and the index. Without JavaScript the box is a plain form that
 * opens `/search/?q=...`. On the search page itself (`data-mode="page"`) it loads at once.
 */
class SiteSearch extends HTMLElement {
  private loading: Promise<unknown> | null = null;

  connectedCallback() {
    const input = this.querySelector('input');
    if (!input) return;
    const start = () => void this.load();
    if (this.dataset.mode === 'page') start();
    else for (const type of ['focus', 'input', 'pointerdown']) input.addEventListener(type, start, { once: true });
  }

  /** Imports the search code once; it picks up whatever was typed in the meantime. */
  load(): Promise<unknown> {
    this.loading ??= import('./site-search/controller.ts').then(({ SearchController }) => new SearchController(this));
    return this.loading;
  }
}

customElements.define('site-search', SiteSearch);

/** True when a key press is typing into something, where `/` is just a character. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

// "/" focuses the search box from anywhere on the page, as on many sites.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const input = document.querySelector<HTMLInputElement>(
    'site-search[data-mode="page"] input[type="search"], site-search input[type="search"]',
  );
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
