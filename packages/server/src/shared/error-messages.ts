import type { AppErrorCode } from './app-error.js';

export type Language = 'zh' | 'en';

/** User-facing text per error code: what went wrong and what to do. Chinese is the default. */
const MESSAGES: Record<AppErrorCode, Record<Language, string>> = {
  VALIDATION_FAILED: { zh: '提交的内容不符合要求，请按提示修改后重试', en: 'The request is not valid; correct the fields named and try again' },
  UNKNOWN_REFERENCE: {
    zh: '引用的对象不存在（如部门、领导、片区），请检查名称后重试',
    en: 'A referenced record (department, leader, area…) does not exist; check the name and retry',
  },
  ONE_FILE_REQUIRED: {
    zh: '请以表单方式（multipart/form-data）每次上传一个文件',
    en: 'Upload exactly one file per request, as multipart/form-data',
  },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Please sign in first' },
  INVALID_CREDENTIALS: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  TOTP_REQUIRED: { zh: '请输入身份验证器（动态口令）App 上显示的 6 位验证码', en: 'Enter the 6-digit code from your authenticator app' },
  TOTP_CODE_INVALID: {
    zh: '动态验证码不正确或已使用过，请输入 App 上最新显示的验证码',
    en: 'The authenticator code is wrong or was already used; enter the latest code your app shows',
  },
  FORBIDDEN: { zh: '您的角色无权执行此操作', en: 'Your role may not do this' },
  CSRF_TOKEN_INVALID: { zh: '请求缺少有效的安全令牌（CSRF），请刷新页面后重试', en: 'The request lacks a valid CSRF token; reload the page and try again' },
  PASSWORD_CHANGE_REQUIRED: {
    zh: '请先修改密码：初始密码、重置后的密码或已过期的密码须修改后才能继续使用系统',
    en: 'Change your password first: an initial, reset or expired password must be changed before you go on',
  },
  TOTP_ENROLMENT_REQUIRED: {
    zh: '您的角色须使用双因素认证：请先绑定身份验证器（动态口令）App',
    en: 'Your role requires two-factor authentication: set up an authenticator app first',
  },
  CURRENT_PASSWORD_INCORRECT: { zh: '当前密码不正确', en: 'The current password is wrong' },
  NOT_FOUND: { zh: '未找到该记录，或您无权查看', en: 'Not found, or not yours to see' },
  STALE_VERSION: { zh: '该记录已被他人修改，请刷新后再提交', en: 'Someone else changed this record; reload it and try again' },
  INVALID_STATE: {
    zh: '当前状态下不能执行此操作（例如已审核的报告不能再修改），请刷新查看最新状态',
    en: 'This action is not possible in the record’s current state; reload to see it',
  },
  CYCLE_CLOSED: {
    zh: '该季度报送周期已关闭锁定，修改需由指挥部办公室重新开启',
    en: 'This reporting cycle is closed; the office must reopen it before anything changes',
  },
  CYCLE_NOT_OPEN: { zh: '该季度尚未开启报送周期', en: 'No reporting cycle is open for this quarter' },
  DUPLICATE: { zh: '已存在相同编号或名称的记录', en: 'A record with the same code or name already exists' },
  EXTENSION_REQUEST_PENDING: {
    zh: '该事项已有一份待审批的延期申请，请等待审批结果后再提交',
    en: 'This item already has an extension request awaiting a decision; wait for it before asking again',
  },
  REMINDER_TOO_SOON: {
    zh: '该部门刚刚已被催报，10 分钟内不重复催报；请稍后再试（上次催报时间见报送周期页）',
    en: 'This department was reminded a moment ago; a reminder is not repeated within 10 minutes — try again later (the cycles page shows the last one)',
  },
  RESPONSIBILITY_CHAIN_INCOMPLETE: {
    zh: '该事项责任链不完整（缺牵头部门），请先补全责任链',
    en: 'The item has no lead department; complete its responsibility chain first',
  },
  EVIDENCE_LIMIT_REACHED: {
    zh: '每份报告最多上传 20 个佐证材料，请删除不需要的文件后再上传',
    en: 'A report holds at most 20 evidence files; delete one you no longer need first',
  },
  IDEMPOTENCY_KEY_IN_PROGRESS: {
    zh: '使用同一幂等键（Idempotency-Key）的请求仍在处理中，请稍后重试',
    en: 'A request with the same Idempotency-Key is still being processed; retry shortly',
  },
  PAYLOAD_TOO_LARGE: { zh: '提交的内容过大', en: 'The request is too large' },
  IDEMPOTENCY_KEY_REUSED: {
    zh: '该幂等键（Idempotency-Key）已用于另一个请求，请为新的请求使用新的键',
    en: 'This Idempotency-Key was already used for a different request; use a new key for a new request',
  },
  IMPORT_HAS_PROBLEMS: {
    zh: '导入文件有问题，未做任何改动。请按问题清单（工作表、行、列）修改文件后重新导入',
    en: 'The file has problems and nothing was imported; fix them (by sheet, row and column) and import again',
  },
  IMPORT_FILE_TOO_COMPLEX: {
    zh: '文件未能读取：解析它超出了服务器为单个文件设定的内存或时间上限（常见原因是大量带格式的空白行列、超长文本或异常的文件结构），未做任何改动。请在 Excel 中删除多余的空行、空列和格式，或把有内容的区域复制到新工作簿另存为 .xlsx，必要时拆成几个文件后重新导入',
    en: 'The file could not be read: parsing it went over the memory or time the server allows one file (usually thousands of formatted empty rows or columns, very long texts or an unusual file structure), and nothing was changed. Delete the surplus empty rows, columns and formatting in Excel, or copy the filled range into a new workbook saved as .xlsx, split it if needed, and import again',
  },
  IMPORT_FILE_CHANGED: {
    zh: '确认导入的文件、台账类型或年度与预览时不同，或这份预览有问题而不能确认。请重新预览，没有问题后再确认导入',
    en: 'The file, ledger or year differs from the one previewed, or that preview had problems and cannot be confirmed; preview again and confirm once it has none',
  },
  FILE_TOO_LARGE: {
    zh: '文件超过大小上限（佐证材料单个文件不超过 20 MB），请压缩或拆分后再上传',
    en: 'The file is larger than allowed (evidence files: 20 MB each); compress or split it',
  },
  FILE_TYPE_NOT_ALLOWED: {
    zh: '不支持该文件类型。佐证材料仅限 PDF、图片（PNG、JPEG、GIF、WEBP）、Word/Excel/PowerPoint 文档和纯文本；可执行程序、脚本和带宏的文档不能上传',
    en: 'This kind of file is not accepted. Evidence may be PDF, images (PNG, JPEG, GIF, WEBP), Word/Excel/PowerPoint documents or plain text; programs, scripts and documents with macros are refused',
  },
  RATE_LIMITED: { zh: '操作过于频繁，请稍后再试', en: 'Too many requests; try again later' },
  INTERNAL: { zh: '系统内部错误，请稍后重试；如持续出现请联系系统管理员', en: 'Internal error; try again later or contact the administrator' },
};

export function messageFor(code: AppErrorCode, language: Language): string {
  return MESSAGES[code][language];
}

/** `Accept-Language: en…` → English; everything else (and no header) → Chinese. */
export function languageOf(acceptLanguage: string | undefined): Language {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh';
}
