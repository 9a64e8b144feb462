import {
  AsOfQuery,
  DashboardSummary,
  Portfolio,
  PortfolioQuery,
  Roadmap,
  RoadmapCellMilestones,
  RoadmapCellQuery,
  RoadmapQuery,
  WarningPage,
  WarningsQuery,
} from '@plantrack/contract/dashboard/dashboard.contract';
import { errorResponses } from '@plantrack/contract/shared.contract';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../app-deps.js';
import { contextOf } from '../auth/access.js';
import { listOwedReports } from '../reporting/owed-reports.js';
import { OwedReports } from '@plantrack/contract/reporting/reports.contract';
import { getPortfolio } from './portfolio.js';
import { RoadmapCache } from './roadmap-cache.js';
import { getRoadmapCell } from './roadmap.service.js';
import { DashboardSummaryCache } from './summary-cache.js';
import { pageWarnings, presentSummary } from './warnings.js';
import { REPORTING } from '../reporting/reporting.policies.js';
import { DASHBOARD } from './dashboard.policies.js';

export function dashboardRoutes({ db }: AppDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const tags = ['dashboard'];
    // One per app: a cache is never shared between databases (tests run several apps in one process).
    const summaries = new DashboardSummaryCache();
    const roadmaps = new RoadmapCache();
    app.get(
      '/api/dashboard/summary',
      {
        config: { access: DASHBOARD.readSummary, etag: true },
        schema: {
          tags,
          summary: '总览：按领域/部门/领导/台账的状态、预警、排名 Summary for a quarter',
          querystring: AsOfQuery,
          response: { 200: DashboardSummary, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => presentSummary(await summaries.get(db, contextOf(request).actor, request.query.asOf)),
    );
    app.get(
      '/api/dashboard/warnings',
      {
        config: { access: DASHBOARD.readSummary, etag: true },
        schema: {
          tags,
          summary: '总览的全部预警，分页 The summary’s warnings, a page at a time',
          querystring: WarningsQuery,
          response: { 200: WarningPage, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => pageWarnings(await summaries.get(db, contextOf(request).actor, request.query.asOf), request.query),
    );
    app.get(
      '/api/dashboard/portfolio',
      {
        config: { access: DASHBOARD.readPortfolio, etag: true },
        schema: {
          tags,
          summary: '市领导分管事项 A leader’s portfolio',
          querystring: PortfolioQuery,
          response: { 200: Portfolio, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => getPortfolio(db, contextOf(request).actor, request.query.asOf, request.query.leader),
    );
    app.get(
      '/api/dashboard/roadmap',
      {
        config: { access: DASHBOARD.readRoadmap, etag: true },
        schema: {
          tags,
          summary: '施工路线图：按领域×季度的状态与节点数 Roadmap of a year by area and quarter (counts)',
          querystring: RoadmapQuery,
          response: { 200: Roadmap, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => roadmaps.get(db, contextOf(request).actor, request.query.year),
    );
    app.get(
      '/api/dashboard/roadmap/cell',
      {
        config: { access: DASHBOARD.readRoadmap, etag: true },
        schema: {
          tags,
          summary: '施工路线图某格的计划节点（分页） A roadmap cell’s milestones, paged',
          querystring: RoadmapCellQuery,
          response: { 200: RoadmapCellMilestones, ...errorResponses(['NOT_FOUND']) },
        },
      },
      async (request) => getRoadmapCell(db, contextOf(request).actor, request.query),
    );
    app.get(
      '/api/reporting/owed',
      {
        config: { access: REPORTING.read },
        schema: { tags: ['reporting'], summary: '本季度待报事项 What I owe this quarter', response: { 200: OwedReports, ...errorResponses(['NOT_FOUND']) } },
      },
      async (request) => ({
        owed: await listOwedReports(db, contextOf(request).actor),
      }),
    );
  };
}
