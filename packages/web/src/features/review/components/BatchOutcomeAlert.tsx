import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReviewResult } from '@plantrack/contract/review/review.contract';

export interface BatchOutcome {
  results: ReviewResult[];
  /** Item codes of the reports decided, to name the ones that were not processed. */
  codes: Map<number, string>;
}

const KNOWN_FAILURES = ['STALE_VERSION', 'INVALID_STATE', 'CYCLE_CLOSED', 'NOT_FOUND'] as const;

/** What a batch decision did: how many succeeded, and each report that did not, with why. */
export function BatchOutcomeAlert({ outcome, onClose }: { outcome: BatchOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  const failures = outcome.results.filter((result) => !result.ok);
  const ok = outcome.results.length - failures.length;
  const reason = (code: string | undefined) =>
    (KNOWN_FAILURES as readonly string[]).includes(code ?? '')
      ? t(`reviewQueue.failure.${code as (typeof KNOWN_FAILURES)[number]}`)
      : t('reviewQueue.failure.other', { code });
  return (
    <Alert
      type={failures.length > 0 ? 'warning' : 'success'}
      showIcon
      role={failures.length > 0 ? 'alert' : 'status'}
      className="review-comment"
      title={failures.length > 0 ? t('reviewQueue.batchDone', { ok, failed: failures.length }) : t('reviewQueue.batchAllDone', { ok })}
      description={
        failures.length > 0 && (
          <ul className="review-failures">
            {failures.map((failure) => (
              <li key={failure.id}>
                <strong>{outcome.codes.get(failure.id) ?? `#${failure.id}`}</strong>：{reason(failure.code)}
              </li>
            ))}
          </ul>
        )
      }
      closable={{ onClose }}
    />
  );
}
