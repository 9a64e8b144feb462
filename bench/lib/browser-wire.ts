import type { CDPSession } from 'playwright-core';
import type { NetworkProfile } from './browser-pages.js';

/** One response as the browser's network stack saw it (DevTools protocol), times from the document's request. */
export interface WireEntry {
  url: string;
  /** DevTools' resource type: Document, Script, Stylesheet, Fetch, Font, Image… */
  type: string;
  status: number;
  /** Bytes received for it, headers included, compressed as sent (Network.loadingFinished). */
  wireBytes: number;
  /** The body once decoded (what the app parses). */
  bytes: number;
  startMs: number;
  endMs: number;
  /** Answered from the browser's cache without a request (a revalidated 304 is a request). */
  isFromCache: boolean;
}

interface Pending {
  url: string;
  type: string;
  started: number;
  status: number;
  bytes: number;
  isFromCache: boolean;
}

const MBPS = 1_000_000 / 8;

/** Throttles the page's network as DevTools does (bytes per second; latency added to every request). */
export async function throttle(session: CDPSession, profile: NetworkProfile): Promise<void> {
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latencyMs,
    downloadThroughput: profile.downloadMbps * MBPS,
    uploadThroughput: profile.uploadMbps * MBPS,
  });
}

export interface WireRecorder {
  /** Forgets what was recorded: call before a navigation. */
  reset(): void;
  /** Resolves once no request has been in flight for `quietMs` (or after `timeoutMs`, for a page that polls). */
  settled(quietMs: number, timeoutMs: number): Promise<void>;
  /** Every finished response since the last reset, times relative to the document's request. */
  entries(): WireEntry[];
}

/** Records every request of the page from the DevTools protocol's Network events (the session has Network enabled). */
export function recordWire(session: CDPSession): WireRecorder {
  let pending = new Map<string, Pending>();
  let finished: (Pending & { ended: number; wireBytes: number })[] = [];
  let lastActivity = performance.now();
  const touch = () => (lastActivity = performance.now());
  session.on('Network.requestWillBeSent', (event) => {
    touch();
    pending.set(event.requestId, { url: event.request.url, type: event.type ?? 'Other', started: event.timestamp, status: 0, bytes: 0, isFromCache: false });
  });
  session.on('Network.requestServedFromCache', (event) => {
    const entry = pending.get(event.requestId);
    if (entry) entry.isFromCache = true;
  });
  session.on('Network.responseReceived', (event) => {
    const entry = pending.get(event.requestId);
    if (!entry) return;
    entry.status = event.response.status;
    entry.isFromCache ||= event.response.fromDiskCache === true || event.response.fromPrefetchCache === true;
  });
  session.on('Network.dataReceived', (event) => {
    const entry = pending.get(event.requestId);
    if (entry) entry.bytes += event.dataLength;
  });
  session.on('Network.loadingFinished', (event) => {
    touch();
    const entry = pending.get(event.requestId);
    if (!entry) return;
    pending.delete(event.requestId);
    finished.push({ ...entry, ended: event.timestamp, wireBytes: event.encodedDataLength });
  });
  session.on('Network.loadingFailed', (event) => {
    touch();
    pending.delete(event.requestId);
  });
  return {
    reset() {
      pending = new Map();
      finished = [];
      touch();
    },
    async settled(quietMs, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline && (pending.size > 0 || performance.now() - lastActivity < quietMs)) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    entries() {
      const origin = Math.min(...finished.filter((entry) => entry.type === 'Document').map((entry) => entry.started));
      const ms = (seconds: number) => Math.round((seconds - origin) * 1000);
      return finished.map((entry) => ({
        url: entry.url,
        type: entry.type,
        status: entry.status,
        wireBytes: Math.round(entry.wireBytes),
        bytes: entry.bytes,
        startMs: ms(entry.started),
        endMs: ms(entry.ended),
        isFromCache: entry.isFromCache,
      }));
    },
  };
}
