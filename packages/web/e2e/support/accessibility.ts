import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AccessibilityProblem {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

/**
 * axe-core's serious and critical violations on the page once its transitions have ended. axe is
 * evaluated through the DevTools protocol, so the app's Content-Security-Policy stays on (it forbids
 * inline scripts).
 */
export async function findSeriousAccessibilityProblems(page: Page): Promise<AccessibilityProblem[]> {
  await waitForMotionToEnd(page);
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return (result as AxeResult).violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
}

/**
 * A dialog fading out is half-transparent, so axe would measure its text's contrast mid-fade and report
 * a colour problem no user sees. Waits until no finite CSS animation or transition runs (a spinner's
 * endless one does not count) and no Ant Design
 * motion class (`…-enter`, `…-appear`, `…-leave`) is left on an element.
 */
async function waitForMotionToEnd(page: Page): Promise<void> {
  await page
    .waitForFunction(
      () =>
        document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity) &&
        document.querySelector('[class*="-leave-active"], [class*="-enter-active"], [class*="-appear-active"]') === null,
      null,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
}
