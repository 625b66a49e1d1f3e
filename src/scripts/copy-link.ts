/**
 * `<copy-link>`: clicking a line number inside it, or its "Copy link" button, copies that URL
 * and says so in a live region. Without JavaScript the links still lead to their anchors (and
 * the buttons, which need script, stay hidden).
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest('button[data-copy]');
      if (button instanceof HTMLButtonElement && button.dataset.copy) {
        void this.copy(new URL(button.dataset.copy, location.href).href);
        return;
      }
      const line = target?.closest('a.ln');
      // The browser follows the anchor as usual (so :target highlights the line); we also copy it.
      if (line instanceof HTMLAnchorElement) void this.copy(line.href);
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

if (!customElements.get('copy-link')) customElements.define('copy-link', CopyLink);
