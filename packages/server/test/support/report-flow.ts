import type { Session } from './test-app.js';

/** A report drafted by a department's staff and submitted by its manager, through the API as they would. */
export async function draftAndSubmitReport(staff: Session, manager: Session, itemId: number, period: string, completionPercent = 35) {
  const draft = (
    await staff.put(`/api/items/${itemId}/reports/${period}`, {
      progressState: 'in_progress',
      completionPercent,
      progress: '推进中',
      problems: null,
      nextSteps: null,
    })
  ).json().report;
  await manager.post(`/api/reports/${draft.id}/submit`, { version: draft.version });
  return draft as { id: number; version: number };
}
