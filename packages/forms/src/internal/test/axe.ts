// Loads axe-core (a UMD script that sets `window.axe`) into the test page and runs it.
import 'axe-core';
import type { AxeResults, ElementContext, RunOptions } from 'axe-core';

declare global {
  interface Window {
    axe: { run(context?: ElementContext, options?: RunOptions): Promise<AxeResults> };
  }
}

/** Runs axe-core against WCAG 2.2 A/AA rules and returns the ids of the violations. */
export async function axeViolations(context: ElementContext = document.body): Promise<string[]> {
  const results = await window.axe.run(context, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
