/**
 * The path every progress report (and indicator value) takes: staff draft → the department head
 * submits (or withdraws) → the office approves or returns with a comment → a returned report is
 * corrected and submitted again. Only approved reports count.
 */
export const REPORT_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = ['save', 'submit', 'withdraw', 'approve', 'return'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const ALLOWED_FROM: Record<ReportAction, readonly ReportState[]> = {
  save: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  withdraw: ['submitted'],
  approve: ['submitted'],
  return: ['submitted'],
};

/** The state after `action`, or null when the action is not allowed from `state`. */
export function nextReportState(state: ReportState, action: ReportAction): ReportState | null {
  if (!ALLOWED_FROM[action].includes(state)) return null;
  switch (action) {
    case 'save':
      return state;
    case 'submit':
      return 'submitted';
    case 'withdraw':
      return 'draft';
    case 'approve':
      return 'approved';
    case 'return':
      return 'returned';
  }
}

export const REPORT_STATE_LABELS_ZH: Record<ReportState, string> = { draft: '草稿', submitted: '已报送', returned: '已退回', approved: '已审核' };
export const REPORT_STATE_LABELS_EN: Record<ReportState, string> = { draft: 'Draft', submitted: 'Submitted', returned: 'Returned', approved: 'Approved' };
