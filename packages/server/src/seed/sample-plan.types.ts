/** The shape of `sample-plan.json` (the Weihai plan's public facts), as far as the loader reads it. */
export interface SamplePlan {
  notice: string;
  organisation: { code: string; name: string; level: 'city'; parent: { code: string; name: string; level: 'province' } };
  districts: { code: string | null; name: string; shortName?: string; kind: string }[];
  departments: { name: string; shortName: string; aliases: string[]; source: string | null; note?: string }[];
  plan: {
    code: string;
    title: string;
    shortTitle: string;
    startYear: number;
    endYear: number;
    issuer: string;
    announced: string;
    positioning: string;
    implements: { title: string; docNo: string };
  };
  areas: { code: string; numeral: string; title: string; summary: string; targets: string[] }[];
  ledgers: { kind: string; name: string; shortName: string; plannedCount: number; description: string }[];
  items: {
    code: string;
    ledgers: string[];
    area: string;
    title: string;
    measures: string | null;
    targets: string | null;
    leadDepartment: string | null;
    coDepartments: string[];
    leadDepartmentSource: string | null;
    deadlineText: string | null;
    source: string;
    pilotLevel?: string;
  }[];
  indicators: {
    code: string;
    name: string;
    unit: string | null;
    direction: 'higher_better' | 'lower_better';
    area: string;
    valueKind: string;
    target2025: number | null;
    targetQualifier: string | null;
    stretchTarget2025: number | null;
    provinceTarget2025: number | null;
    baseline: { year: number; value: number; note?: string } | null;
    source: string;
  }[];
}
