/**
 * `<claim-legend>`: the switches of which kinds are marked in an article. Marks of a kind that is
 * switched off look like plain text (CSS, which also works without script); this takes their
 * links out of the tab order too, so that a keyboard reader does not stop on words that show no
 * mark, and puts them back when the switch is turned on.
 */
class ClaimLegend extends HTMLElement {
  connectedCallback() {
    const body = document.querySelector('.article-body');
    if (!body) return;
    // The links of each claim that are tab stops when its kind is marked (a claim split around
    // another claim has one; its other stretches are never tab stops).
    const stops = (kind: string) =>
      [...body.querySelectorAll(`.claim-${kind}`)].flatMap((claim) =>
        claim instanceof HTMLAnchorElement ? [claim] : [...claim.querySelectorAll(':scope > .claim-part')].slice(0, 1),
      );
    const update = (input: HTMLInputElement) => {
      const kind = input.id.replace(/^show-/, '');
      for (const link of stops(kind))
        if (input.checked) link.removeAttribute('tabindex');
        else link.setAttribute('tabindex', '-1');
    };
    for (const input of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      update(input);
      input.addEventListener('change', () => {
        update(input);
      });
    }
  }
}

if (!customElements.get('claim-legend')) customElements.define('claim-legend', ClaimLegend);
