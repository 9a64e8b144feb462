/** A network and screen a user opens the app with; Chromium's DevTools throttling stands in for the network. */
export interface NetworkProfile {
  key: 'extranet' | 'phone';
  label: string;
  downloadMbps: number;
  uploadMbps: number;
  /** Added to every request by the throttling (DevTools emulates per request, not per packet). */
  latencyMs: number;
  viewport: { width: number; height: number };
  isMobile: boolean;
}

export const PROFILES: readonly NetworkProfile[] = [
  {
    key: 'extranet',
    label: '政务外网 desktop, 10 Mbps / 40 ms',
    downloadMbps: 10,
    uploadMbps: 10,
    latencyMs: 40,
    viewport: { width: 1440, height: 900 },
    isMobile: false,
  },
  {
    key: 'phone',
    label: 'phone, 390 px, 4 Mbps / 100 ms',
    downloadMbps: 4,
    uploadMbps: 4,
    latencyMs: 100,
    viewport: { width: 390, height: 844 },
    isMobile: true,
  },
];

/**
 * A page a user opens, and when its content counts as visible: every selector of `content` matches an
 * element with a box on the screen, and nothing in the main area still shows a loading indicator (a
 * spinner over a table being refetched, a section still waiting for its data).
 */
export interface BenchPage {
  key: string;
  label: string;
  path: string;
  content: string[];
}

/** The city hq's everyday pages; `itemId` is an item of the city's master ledger. */
export function benchPages(itemId: number): BenchPage[] {
  return [
    { key: 'dashboard', label: '总览 dashboard', path: '/dashboard', content: ['#status .panel__body', '#ranking tbody tr', '#ledgers .panel__body'] },
    { key: 'ledger', label: '工作台账 master ledger', path: '/ledgers', content: ['#ledger-panel .ant-table-row'] },
    // The table on a wide screen, one quarter's cards on a phone.
    { key: 'roadmap', label: '施工路线图 roadmap', path: '/roadmap', content: ['table.roadmap td.roadmap__cell, .roadmap-phone__area'] },
    { key: 'item', label: '事项 item page', path: `/items/${itemId}`, content: ['.item-code', '#schedule .panel__body', '#quarterly-plan tbody tr'] },
    { key: 'indicators', label: '重点指标 indicators', path: '/indicators', content: ['#main-content .ant-table-row'] },
    { key: 'review', label: '报送审核 review queue', path: '/review', content: ['#queue .ant-table-row'] },
  ];
}

/** What marks a part of the page as still loading (Ant Design's spinner and skeleton, the app's page spinner). */
export const LOADING_SELECTOR = '.ant-spin-spinning, .ant-skeleton-active, .page-loading';
