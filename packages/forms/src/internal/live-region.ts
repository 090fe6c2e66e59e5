/** How urgently a status message interrupts: `polite` waits, `assertive` interrupts. */
export type Politeness = 'polite' | 'assertive';

const ATTRIBUTE = 'data-hon-live-region';
const HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap';

/**
 * Mounts the page's status live region (once) at the end of `<body>`, in light DOM: live regions
 * inside shadow roots are unreliable in Chrome and VoiceOver. Call it early (the elements'
 * `define` does), since a region must exist before its content changes to be announced.
 */
export function mountLiveRegion(politeness: Politeness = 'polite'): HTMLElement {
  const existing = document.querySelector<HTMLElement>(`[${ATTRIBUTE}="${politeness}"]`);
  if (existing !== null) return existing;
  const region = document.createElement('div');
  region.setAttribute(ATTRIBUTE, politeness);
  region.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'true');
  region.style.cssText = HIDDEN;
  document.body.append(region);
  return region;
}

/**
 * Announces a status message to screen-reader users ("Brouillon enregistré", "12 demandes
 * approuvées, 1 refusée") through the page's light-DOM live region. The text is set as text,
 * never as HTML. Errors of a form go to `<hon-error-summary>`, not here.
 */
export function announce(message: string, politeness: Politeness = 'polite'): Promise<void> {
  const region = mountLiveRegion(politeness);
  region.textContent = '';
  return new Promise((resolve) => {
    // A short pause lets screen readers see the region empty, then the new text.
    setTimeout(() => {
      region.textContent = message;
      resolve();
    }, 50);
  });
}
