/**
 * Rate limits count in fixed windows (auth/rate-limit.ts). A test that fills a window waits, when the
 * current one is about to end, for the next to begin, so the count never resets halfway through it.
 */
export async function startOfFreshWindow(windowSeconds: number, neededSeconds: number): Promise<void> {
  const windowMs = windowSeconds * 1000;
  const leftMs = windowMs - (Date.now() % windowMs);
  if (leftMs < neededSeconds * 1000) await new Promise((resolve) => setTimeout(resolve, leftMs + 50));
}
