import {
  CycleClose,
  CycleCreate,
  CycleDepartmentParams,
  CycleDepartments,
  CycleList,
  CycleReopen,
  OneCycle,
  OneReminder,
  OverdueReminders,
} from '@plantrack/contract/reporting/cycles.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { IdParam } from '@plantrack/contract/shared.contract';
import { listCycleDepartments } from './cycle-progress.js';
import { closeCycle, listCycles, openCycle, reopenCycle } from './cycles.service.js';
import { createMailer } from './reminders/mailer.js';
import { remindDepartment, remindOverdueDepartments } from './remind-department.js';
import { REPORTING } from './reporting.policies.js';

export function cyclesRoutes({ db, config }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['reporting'];
    // 催报 e-mails go through the same SMTP settings as the scheduled reminders; none configured, none sent.
    const mailer = createMailer(config.mail.smtpUrl, config.mail.from);
    app.addHook('onClose', async () => mailer?.close());
    app.get(
      '/api/cycles',
      { config: { access: REPORTING.read }, schema: { tags, summary: '报送周期 Reporting cycles', response: { 200: CycleList } } },
      async (request) => ({
        cycles: await listCycles(db, contextOf(request).actor),
      }),
    );
    app.post(
      '/api/cycles',
      {
        config: { access: REPORTING.runCycles },
        schema: { tags, summary: '开启报送周期 Open a reporting cycle', body: CycleCreate, response: { 201: OneCycle, ...errorResponses(['DUPLICATE']) } },
      },
      async (request, reply) => {
        reply.status(201);
        return { cycle: await openCycle(db, contextOf(request), request.body) };
      },
    );
    app.post(
      '/api/cycles/:id/close',
      {
        config: { access: REPORTING.runCycles },
        schema: {
          tags,
          summary: '关闭（锁定）报送周期 Close and lock a cycle',
          params: IdParam,
          body: CycleClose,
          response: { 200: OneCycle, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'INVALID_STATE']) },
        },
      },
      async (request) => ({
        cycle: await closeCycle(db, contextOf(request), request.params.id, request.body.version),
      }),
    );
    app.post(
      '/api/cycles/:id/reopen',
      {
        config: { access: REPORTING.runCycles },
        schema: {
          tags,
          summary: '重新开启已关闭周期（记录原因）Reopen a closed cycle, with a reason',
          params: IdParam,
          body: CycleReopen,
          response: { 200: OneCycle, ...errorResponses(['NOT_FOUND', 'STALE_VERSION', 'INVALID_STATE']) },
        },
      },
      async (request) => ({ cycle: await reopenCycle(db, contextOf(request), request.params.id, request.body) }),
    );
    app.get(
      '/api/cycles/:id/departments',
      {
        config: { access: REPORTING.runCycles },
        schema: {
          tags,
          summary: '报送进度：各部门应报、已报、已审、未报 Reporting progress by department',
          params: IdParam,
          response: { 200: CycleDepartments, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => listCycleDepartments(db, contextOf(request).actor, request.params.id),
    );
    app.post(
      '/api/cycles/:id/departments/:departmentId/remind',
      {
        config: { access: REPORTING.runCycles },
        schema: {
          tags,
          summary: '催报：提醒部门报送 Remind a department to report now',
          params: CycleDepartmentParams,
          response: { 200: OneReminder, ...errorResponses(['NOT_FOUND', 'CYCLE_CLOSED', 'INVALID_STATE', 'REMINDER_TOO_SOON']) },
        },
      },
      async (request) => {
        const reminder = await remindDepartment(db, contextOf(request), mailer, request.params.id, request.params.departmentId);
        if (reminder.emailStatus === 'failed' || reminder.emailStatus === 'partly_sent') request.log.warn({ reminder }, '催报 e-mail not fully sent');
        return { reminder };
      },
    );
    app.post(
      '/api/cycles/:id/remind-overdue',
      {
        config: { access: REPORTING.runCycles },
        schema: {
          tags,
          summary: '催报全部逾期部门 Remind every overdue department now',
          params: IdParam,
          response: { 200: OverdueReminders, ...errorResponses(['NOT_FOUND', 'CYCLE_CLOSED', 'INVALID_STATE']) },
        },
      },
      async (request) => {
        const outcome = await remindOverdueDepartments(db, contextOf(request), mailer, request.params.id);
        if (outcome.reminders.some((r) => r.emailStatus === 'failed' || r.emailStatus === 'partly_sent'))
          request.log.warn({ outcome }, '催报 e-mail not fully sent');
        return outcome;
      },
    );
  };
}
