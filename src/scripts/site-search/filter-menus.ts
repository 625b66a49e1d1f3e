/**
 * The search page's story and source menus: the source menu is grouped by story (an `optgroup`
 * with `data-story` each) and lists only the chosen story's sources, so that a reader never picks
 * a source the story filter would leave out.
 */
import type { SearchState } from '../../lib/search/query.ts';

/** Chooses `value` in a menu, or its first entry ("All ...") when the menu has no such value (an old link). */
function choose(menu: HTMLSelectElement | null, value: string | null) {
  if (!menu) return;
  menu.value = value ?? '';
  if (menu.selectedIndex === -1) menu.selectedIndex = 0;
}

export class FilterMenus {
  private readonly story: HTMLSelectElement | null;
  private readonly source: HTMLSelectElement | null;
  /** Every story's group of sources, in page order. */
  private readonly groups: HTMLOptGroupElement[];

  constructor(form: HTMLFormElement) {
    this.story = form.querySelector('select[name="story"]');
    this.source = form.querySelector('select[name="source"]');
    this.groups = [...(this.source?.querySelectorAll('optgroup') ?? [])];
    // On the menu itself, so that the sources are narrowed before the form's change handler searches.
    this.story?.addEventListener('change', () => {
      this.narrow();
    });
  }

  /** Shows a search's story and source (page load, back, forward). */
  show(state: SearchState): void {
    choose(this.story, state.story);
    this.narrow();
    choose(this.source, state.source);
  }

  /** Lists only the sources of the story chosen (all of them when none is); a source of another story is unchosen. */
  private narrow() {
    const menu = this.source;
    if (!menu) return;
    const story = this.story?.value ?? '';
    const chosen = menu.value;
    const wanted = this.groups.filter((group) => story === '' || group.dataset.story === story);
    const shown = [...menu.children].filter((child) => child instanceof HTMLOptGroupElement);
    if (shown.length === wanted.length && shown.every((group, index) => group === wanted[index])) return;
    const first = [...menu.children].filter((child) => child instanceof HTMLOptionElement);
    menu.replaceChildren(...first, ...wanted);
    choose(menu, chosen);
  }
}
