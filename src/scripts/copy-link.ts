/**
 * `<copy-link>`: clicking a line number (or a claim mark) inside it copies that place's URL,
 * updates the address bar and says so in a live region. Without JavaScript the links still
 * lead to the anchor, and the address bar has the URL to copy.
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest('a.ln') : null;
      if (!(target instanceof HTMLAnchorElement)) return;
      // The browser follows the anchor as usual (so :target highlights the line); we also copy it.
      void this.copy(target.href);
    });
  }

  async copy(href: string) {
    const status = this.querySelector('.copy-status');
    try {
      await navigator.clipboard.writeText(href);
      if (status) status.textContent = `Link copied: ${href}`;
    } catch {
      if (status) status.textContent = `Link: ${href}`;
    }
    status?.classList.add('shown');
    window.setTimeout(() => status?.classList.remove('shown'), 2500);
  }
}

customElements.define('copy-link', CopyLink);
