import { Command } from 'commander';
import { AuditPurgeRefused, purgeAuditLog } from '../audit/purge-audit-log.js';
import { verifyAuditChain } from '../audit/verify-audit-chain.js';
import { withDatabase } from './with-database.js';

/** Exit code when the chain is broken or a purge is refused (1 is any other failure). */
export const EXIT_AUDIT_PROBLEM = 2;

export function auditCommand(): Command {
  const audit = new Command('audit').description('审计日志：校验防篡改哈希链、清理超过保留期的记录 Audit log: verify the hash chain, purge old rows');

  audit
    .command('verify')
    .description('逐条校验审计日志哈希链，报告第一处断裂 Walk the hash chain; report OK or the first broken link')
    .action(async () => {
      const report = await withDatabase((db) => verifyAuditChain(db));
      if (report.broken) {
        console.error(`审计日志已被篡改 BROKEN：${report.broken.messageZh}`);
        console.error(`  row id=${report.broken.rowId} problem=${report.broken.problem}: ${report.broken.message}`);
        console.error(`  此前 ${report.rowCount} 条完好 (${report.rowCount} rows before it are intact)`);
        process.exitCode = EXIT_AUDIT_PROBLEM;
        return;
      }
      const start = report.anchor ? `，起于清理锚点（第 ${report.anchor.throughId} 条之后）` : '';
      console.log(`审计日志完整 OK：已校验 ${report.rowCount} 条${start} (${report.rowCount} rows verified)`);
      if (report.headHash) console.log(`  最新一条 last row id=${report.lastId} hash=${report.headHash}`);
    });

  audit
    .command('purge')
    .description('删除某日之前的审计记录（不得在保留期 PLANTRACK_AUDIT_RETENTION_DAYS 内），链仍可校验 Purge rows recorded before a date')
    .requiredOption('--before <date>', '日期 YYYY-MM-DD（北京时间）：删除此日零点之前的记录')
    .action(async (options: { before: string }) => {
      try {
        const outcome = await withDatabase((db, config) => purgeAuditLog(db, { before: options.before, retentionDays: config.audit.retentionDays }));
        console.log(
          outcome.deleted === 0
            ? `${options.before} 之前没有审计记录，未删除 nothing to purge`
            : `已删除 ${outcome.deleted} 条（至第 ${outcome.throughId} 条）审计记录，清理已记入日志 purged ${outcome.deleted} rows`,
        );
      } catch (error) {
        if (!(error instanceof AuditPurgeRefused)) throw error;
        console.error(error.message);
        process.exitCode = EXIT_AUDIT_PROBLEM;
      }
    });

  return audit;
}
