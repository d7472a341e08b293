// Display formulas wider than the statement pane scroll sideways inside it (CSS). This action
// makes the ones that actually overflow reachable from the keyboard: a focusable region with a
// name, so arrow keys scroll it; the ones that fit stay out of the tab order.
import type { Action } from 'svelte/action';

export interface ScrollableMathOptions {
  /** Changes whenever the statement's HTML does (language switch, another exercise). */
  html: string;
  /** Accessible name of an overflowing formula, in the interface language. */
  label: string;
}

export const scrollableMath: Action<HTMLElement, ScrollableMathOptions> = (node, options) => {
  let label = options.label;
  const mark = () => {
    for (const el of node.querySelectorAll<HTMLElement>('.math-display')) {
      if (el.scrollWidth > el.clientWidth + 1) {
        el.tabIndex = 0;
        el.setAttribute('role', 'region');
        el.setAttribute('aria-label', label);
        el.classList.add('overflowing');
      } else {
        el.removeAttribute('tabindex');
        el.removeAttribute('role');
        el.removeAttribute('aria-label');
        el.classList.remove('overflowing');
      }
    }
  };
  const resized = new ResizeObserver(mark);
  resized.observe(node);
  mark();
  return {
    update(next) {
      label = next.label;
      // The new HTML is in the DOM once Svelte has flushed this update.
      queueMicrotask(mark);
    },
    destroy() {
      resized.disconnect();
    },
  };
};
