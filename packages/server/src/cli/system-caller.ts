import type { IoCaller } from '../io/io-caller.js';

/**
 * The command line as a caller of the import, export and bulletin services. Whoever runs `plantrack`
 * on the server already holds the database, so it acts with the office's role (hq): the services then
 * see the organisation's whole current plan and allow the office's actions (only hq may import).
 * It is no user: userId 0 is never stored, and the audit rows it causes are written with no context,
 * which the audit log records as 'system'.
 */
export function systemCaller(organisationId: number): IoCaller {
  return {
    actor: { userId: 0, username: 'system', displayName: '系统（命令行）', organisationId, role: 'hq', departmentId: null, personId: null },
    audit: null,
  };
}
