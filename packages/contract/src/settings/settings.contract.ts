/** The office's settings: the rules' thresholds and weights, and the quarterly bulletin's fixed texts. */
import { z } from 'zod';

const Share = z.number().min(0);

/** A change of the rules: any subset, the rest kept. */
export const RulesUpdate = z.strictObject({
  schedule: z.strictObject({ yellowGap: Share, redGap: Share }).partial().optional(),
  indicator: z.strictObject({ onTrack: Share, accelerationNeeded: Share }).partial().optional(),
  departmentScore: z
    .strictObject({
      weights: z.strictObject({ onSchedule: Share, timeliness: Share, quality: Share, supervision: Share }).partial().optional(),
      openOrderCredit: z.number().min(0).max(1).optional(),
    })
    .optional(),
  rankPoints: z
    .strictObject({ stepPercent: z.number().min(0).max(100) })
    .partial()
    .optional(),
  /** When the settings the editor started from were saved (null: the defaults); a newer save makes this 409. */
  updatedAt: z.string().max(40).nullable().optional(),
});
export type RulesUpdateInput = z.input<typeof RulesUpdate>;

/** The tunable numbers behind the rules (domain settings.ts): schedule and indicator cut-offs, score weights, rank points. */
export const Rules = z
  .object({
    schedule: z.object({ yellowGap: z.number(), redGap: z.number() }),
    indicator: z.object({ onTrack: z.number(), accelerationNeeded: z.number() }),
    departmentScore: z.object({
      weights: z.object({ onSchedule: z.number(), timeliness: z.number(), quality: z.number(), supervision: z.number() }),
      openOrderCredit: z.number(),
    }),
    rankPoints: z.object({ stepPercent: z.number() }),
  })
  .meta({ id: 'Rules' });
export type Rules = z.infer<typeof Rules>;

/** The rules in force, the defaults beside them, and when they were last saved (null: never). */
export const RulesForEditing = z.object({ rules: Rules, defaults: Rules, updatedAt: z.string().nullable() });
export type RulesForEditing = z.infer<typeof RulesForEditing>;

/**
 * The texts of the quarterly bulletin that only the office can say (GB/T 9704-2012): who issues it,
 * its 发文机关标志 and 字号 prefix, to whom it goes (主送, 抄送), who prints it, and the 下一步工作要求.
 * Stored as overrides: a field left out (or null) takes its default.
 */
const Line = (max: number) => z.string().trim().min(1, '不能为空').max(max).nullable().optional();

export const BulletinSettingsUpdate = z.strictObject({
  /** 发文机关, e.g. 威海市绿色低碳高质量发展指挥部办公室: the signature (署名) and the default of the others. */
  issuerName: Line(60),
  /** 发文机关标志, in red at the top of the first page, e.g. 威海市绿色低碳高质量发展指挥部办公室文件. */
  issuerMark: Line(60),
  /** 发文字号 prefix (机关代字), e.g. 威绿发办 → 威绿发办〔2024〕4号. */
  numberPrefix: z
    .string()
    .trim()
    .min(1, '不能为空')
    .max(20)
    .regex(/^[^〔〕[\]\d\s]+$/, '发文字号前缀只写机关代字，如“威绿发办”，年份和序号由系统生成')
    .nullable()
    .optional(),
  /** 主送机关, without the closing colon. */
  mainRecipients: Line(200),
  /** 抄送机关; an empty text leaves the 抄送 line out of the 版记. */
  copyTo: z.string().trim().max(300).nullable().optional(),
  /** 印发机关 in the 版记 (normally the office itself). */
  printer: Line(60),
  /** 下一步工作要求: one paragraph a line. */
  nextSteps: z.string().trim().min(1, '不能为空').max(4000).nullable().optional(),
  /** When the settings the editor started from were saved (null: the defaults); a newer save makes this 409. */
  updatedAt: z.string().max(40).nullable().optional(),
});
export type BulletinSettingsUpdateInput = z.input<typeof BulletinSettingsUpdate>;
export type BulletinSettingsOverrides = Omit<z.infer<typeof BulletinSettingsUpdate>, 'updatedAt'>;

export const BulletinSettings = z
  .object({
    issuerName: z.string(),
    issuerMark: z.string(),
    numberPrefix: z.string(),
    mainRecipients: z.string(),
    copyTo: z.string(),
    printer: z.string(),
    nextSteps: z.string(),
  })
  .meta({ id: 'BulletinSettings' });
export type BulletinSettings = z.infer<typeof BulletinSettings>;

/** The texts in force, the defaults beside them, and when they were last saved (null: never). */
export const BulletinSettingsForEditing = z.object({ bulletin: BulletinSettings, defaults: BulletinSettings, updatedAt: z.string().nullable() });
export type BulletinSettingsForEditing = z.infer<typeof BulletinSettingsForEditing>;
