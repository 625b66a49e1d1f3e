/**
 * `<copy-link>`: clicking a line number inside it, or its "Copy link" button, copies that URL
 * and says so in a live region; its "Share…" button, shown only where the browser can share
 * (Web Share API) on a touch screen, opens the system's share sheet. Without JavaScript the
 * links still lead to their anchors (and the buttons, which need script, stay hidden).
 */
class CopyLink extends HTMLElement {
  connectedCallback() {
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) button.hidden = false;
    const canShare = typeof navigator.share === 'function' && matchMedia('(pointer: coarse)').matches;
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-share]')) button.hidden = !canShare;
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const button = target?.closest('button[data-copy], button[data-share]');
      if (button instanceof HTMLButtonElement) {
        const href = new URL(button.dataset.copy ?? button.dataset.share ?? '', location.href).href;
        void (button.dataset.share === undefined ? this.copy(href) : this.share(href, button.dataset.title));
        return;
      }
      const line = target?.closest('a.ln');
      // The browser follows the anchor as usual (so :target highlights the line); we also copy it.
      if (line instanceof HTMLAnchorElement) void this.copy(line.href);
    });
  }

  async share(url: string, title: string | undefined) {
    try {
      await navigator.share({ url, ...(title ? { title } : {}) });
    } catch {
      // Dismissed by the reader, or refused: nothing to say.
    }
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
