import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextReportState, REPORT_ACTIONS, REPORT_STATES } from './report-workflow.js';

describe('the report workflow', () => {
  it('walks draft → submitted → returned → submitted → approved', () => {
    let state = nextReportState('draft', 'save');
    expect(state).toBe('draft');
    state = nextReportState(state!, 'submit');
    expect(state).toBe('submitted');
    state = nextReportState(state!, 'return');
    expect(state).toBe('returned');
    expect(nextReportState(state!, 'save')).toBe('returned');
    state = nextReportState(state!, 'submit');
    expect(nextReportState(state!, 'approve')).toBe('approved');
  });

  it('a submitted report can be withdrawn to a draft, but not edited in place', () => {
    expect(nextReportState('submitted', 'withdraw')).toBe('draft');
    expect(nextReportState('submitted', 'save')).toBeNull();
  });

  it('an approved report is final: no action moves it', () => {
    fc.assert(fc.property(fc.constantFrom(...REPORT_ACTIONS), (action) => nextReportState('approved', action) === null));
  });

  it('only a submitted report can be reviewed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...REPORT_STATES), fc.constantFrom('approve' as const, 'return' as const), (state, action) => {
        expect(nextReportState(state, action) !== null).toBe(state === 'submitted');
      }),
    );
  });
});
