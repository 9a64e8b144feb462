/** Where the home page's early script (vite.config.ts, preload-home) leaves the requests it started. */
interface EarlyRequests {
  __plantrackEarly?: Record<string, Promise<Response>>;
}

/**
 * The response to a GET of `url` that the page requested before the application's code ran, if any;
 * each is handed out once, so a later refetch asks the server again.
 */
export function takeEarlyResponse(url: string): Promise<Response> | undefined {
  const early = (globalThis as EarlyRequests).__plantrackEarly;
  const response = early?.[url];
  if (response) delete early[url];
  return response;
}
