/**
 * The one message catalogue of the API's problem+json answers. People read Chinese, programs
 * read codes: `type`, `status` and `rule` stay stable codes; `title`, `detail` and each field
 * issue's `message` follow Accept-Language — Simplified Chinese by default, English on request
 * (the English text is the one the code writes where the problem arises).
 *
 * Chinese messages are keyed by the stable rule code (or, for the few problems without one, by
 * the English sentence's pattern). Where the English sentence carries facts (a material's name,
 * a count, a date) the Chinese one takes them from it, so the rules keep one place of truth.
 */
import { ACTION_LABELS, ROLE_NAMES, STATUS_NAMES } from '../../domain/case/names.js';
import type { ActionName } from '../../domain/case/actions.js';
import type { CaseStatus, Role } from '../../domain/case/model.js';
import { PAUSE_REASONS, MAX_PAUSES, MAX_PAUSE_WORKING_DAYS } from '../../domain/case/model.js';

export type Lang = 'zh-CN' | 'en';
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

export const TITLES: Record<Lang, Record<number, string>> = {
  'zh-CN': {
    400: '请求有误',
    401: '未登录或登录已失效',
    403: '无权操作',
    404: '未找到',
    409: '与办件当前状态冲突',
    413: '请求内容过大',
    415: '不支持的内容类型',
    422: '不符合办理规则',
    429: '请求过于频繁',
    500: '系统内部错误',
    503: '服务暂不可用',
  },
  en: {
    400: 'Bad request',
    401: 'Not signed in',
    403: 'Forbidden',
    404: 'Not found',
    409: 'Conflict with the current state',
    413: 'Payload too large',
    415: 'Unsupported media type',
    422: 'Refused by a rule',
    429: 'Too many requests',
    500: 'Internal error',
    503: 'Service unavailable',
  },
};

type Template = string | ((en: string) => string);

const after = (en: string, re: RegExp, fallback = '') => en.match(re)?.[1] ?? fallback;
const actionZh = (name: string) => ACTION_LABELS[name as ActionName] ?? name;
const statusZh = (s: string) => STATUS_NAMES[s as CaseStatus] ?? s;
const roleZh = (r: string) => ROLE_NAMES[r as Role] ?? r;
const dateTimeZh = (iso: string) => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
};

/** Chinese by rule code (case rules, API rules, field rules of the catalog and accounts). */
export const RULE_MESSAGES_ZH: Record<string, Template> = {
  // who may act (R1.2, R2.4)
  'role.not_allowed': (en) => {
    const role = after(en, /^([A-Z_]+) may not/);
    return role ? `您的角色（${roleZh(role)}）不能办理此操作` : '您的角色不能办理此操作';
  },
  'scope.department': '该办件属于其他部门，您无权查看或办理',
  // one-time notice, consultations, catalog (issue 16, 12)
  'correction.unknown_material': '告知单中列出的材料不属于该事项的材料清单',
  'correction.nothing_missing': '申请材料已齐全且未指出任何问题，无需一次性告知，请直接受理',
  'catalog.version_unknown': '该事项没有所指定的版本',
  'consultation.case_unknown': '所关联的办件不存在',
  'consultation.case_item_mismatch': '所关联办件的事项与咨询事项不一致',
  'consultation.already_linked': '该咨询记录已关联办件，不能重复关联',
  'department.unknown': '部门编码不存在',
  // sign-in (issue 14)
  'auth.slow_down': '登录失败次数过多，请稍后再试',
  // supervision (issue 13)
  'situation.unknown': '负面行为情形编码不存在',
  'finding.already_decided': '该问题线索已处理（已确认或已排除），不能重复处理',
  'negative_situation.exists': '该负面行为情形编码已存在',
  'outbox.not_dead': '只有投递失败（死信）的消息才能重新发送',
  'rating.not_completed': '办件办结后才能评价',
  'rating.already_given': '该办件已评价过，每件只能评价一次',
  // the big screen (issue 12)
  'screen_credential.ticket_invalid': '大屏连接票据无效或已过期，请重新连接',
  'screen_credential.invalid': '大屏凭证无效或已被撤销，请向中心管理员重新申领',
  'screen_credential.required': '请使用大屏凭证或工作人员账号访问大屏',
  'scope.own_case': '申请人只能查看和办理本人的办件',
  'case.closed': '该办件已结束，不能再办理',
  // documents and electronic results (issue 17)
  'file.type': '文件不是 PDF、JPG 或 PNG（按文件内容判断，与文件名无关），请上传扫描件或照片',
  'file.too_large': (en) => `文件过大，单个文件不超过 ${Math.round(Number(after(en, /larger than (\d+) bytes/, '0')) / 1024 / 1024) || 10} MB`,
  'multipart.required': '请以表单（multipart/form-data）方式上传文件',
  'document.case_closed': '该办件已结束，不再接收材料',
  'document.not_expected': '该办件当前不需要申请人提交材料',
  'document.store_unavailable': '文档库暂不可用，请稍后重试',
  'document.integrity': '存储的文件与其指纹不符，已拒绝提供',
  'result.not_decided': '该办件尚未作出审批决定',
  'result.not_electronic': '该办件的结果通过窗口领取或邮寄送达；综合窗口选择电子送达后方可下载电子文书',
  'certificate.not_genuine': '没有以此核验码出具的文书：该文书不是真实文书，或核验码有误',
  'certificate.file_altered': '该文件与以此核验码出具的文书不一致：文件已被改动，或属于其他办件',
  'identity.refused': '身份核验未通过',
  'account.username_taken': '该账号已被使用，请换一个',
  // intake and acceptance
  'item.channel_not_offered': (en) => `该事项不能通过${/online/.test(en) ? '网上' : '窗口'}渠道申请`,
  'item.not_published': '该事项尚未发布，暂不能申请',
  unknown_material: (en) => `材料 ${after(en, /^(\S+) is not a material/)} 不是该事项的申请材料`,
  not_applicable: '容缺受理只适用于窗口当场受理',
  'refuse.reason_required': '不予受理须写明理由',
  'tolerance.unknown_material': (en) => `材料 ${after(en, /material (\S+) is not/)} 不是该事项的申请材料`,
  'tolerance.material_not_tolerable': (en) => `材料「${after(en, /\((.+?)\)/, after(en, /material (\S+)/))}」不可容缺受理`,
  'tolerance.date_in_past': (en) => `「${after(en, / for (.+) is in the past/)}」的承诺补交日期 ${after(en, /promised date (\S+)/)} 早于今天`,
  'tolerance.date_beyond_limit': (en) =>
    `「${after(en, / for (.+?) is after/)}」的承诺补交日期 ${after(en, /promised date (\S+)/)} 晚于承诺时限届满日（${after(en, /end \((\S+)\)/)}）`,
  'tolerance.not_tolerated': (en) => `材料 ${after(en, /material (\S+)/)} 不是本件容缺受理的材料`,
  'tolerance.already_supplied': (en) => `容缺材料「${after(en, /\((.+?)\)/, after(en, /material (\S+)/))}」已经补交过了`,
  // correction (一次性告知)
  'correction.one_time_notice': '补正材料须一次性告知：本件已经告知过一次，不能再次告知',
  'correction.items_required': '一次性告知单至少要列出一项缺少或有误的材料',
  'correction.item_name_required': '一次性告知单的每一项都要写明材料名称',
  'correction.item_problem_required': '一次性告知单的每一项都要写明需补正的内容',
  'correction.days_range': (en) => `补正期限须为 1 至 ${after(en, /1 to (\d+)/, '30')} 个工作日`,
  'resubmit.note_required': '重新提交须写明说明',
  // output (出件)
  'output.tolerance_pending': (en) => `容缺材料补齐前不予出件，尚缺：${after(en, /supplied: (.+)$/)}`,
  'output.tracking_required': '邮寄送达须填写邮件单号',
  'terminate.reason_required': '终止办件须写明理由',
  // department decisions
  'deny.reason_required': '不予许可须写明理由',
  'return.reason_required': '退件须写明理由',
  'special_procedure.not_configured': (en) => `该事项未配置此特别程序（已配置：${after(en, /configured: (.*)\)$/) || '无'}）`,
  'special_procedure.reason_required': '启动特别程序须写明理由',
  'special_procedure.none_open': '当前没有进行中的特别程序',
  'special_procedure.result_required': '结束特别程序须写明结果',
  'pause.reason_not_allowed': `只能因以下三种原因暂停：${Object.values(PAUSE_REASONS).join('、')}`,
  'pause.note_required': '暂停须写明说明',
  'pause.max_count': (en) => `一个办件最多暂停 ${MAX_PAUSES} 次，本件已暂停 ${after(en, /has been paused (\d+)/, String(MAX_PAUSES))} 次`,
  'pause.max_working_days': (en) => `暂停累计最多 ${MAX_PAUSE_WORKING_DAYS} 个工作日，本件已用 ${after(en, /has used (\d+)/)} 个工作日`,
  'pause.no_tolerated_material_missing': '本件没有未补交的容缺材料，不能以“容缺件未提交”为由暂停',
  'resume.not_paused': '本件未处于暂停状态，无需恢复',
  'withdraw.reason_required': '撤回申请须写明理由',
  'urge.note_required': '督办须写明督办意见',
  // notices, sign-in, accounts
  'notice.none': '该办件没有这份告知书',
  'auth.locked': (en) => `连续登录失败次数过多，账号已锁定至 ${dateTimeZh(after(en, /until (\S+)$/))}，请稍后再试`,
  rate_limit: (en) => (/sign-in/.test(en) ? '登录尝试过于频繁，请一分钟后再试' : '请求过于频繁，请稍后再试'),
  'password.too_short': '密码太短',
  'password.needs_digit': '密码须包含数字',
  'password.needs_letter': '密码须包含字母',
  'password.contains_username': '密码不能包含用户名',
  'password.unchanged': '新密码不能与原密码相同',
  'password.old_wrong': '原密码不正确',
  'user.username_taken': '用户名已被使用',
  'user.self_lockout': '不能停用或降级自己的账号',
  'user.department_required': '部门人员须指定所属部门',
  'user.department_unknown': '所属部门不存在',
  'user.department_not_allowed': '只有部门人员才指定所属部门',
  'user.window_required': '综合窗口人员须指定窗口号',
  'user.window_not_allowed': '只有综合窗口人员才指定窗口号',
  // catalog, calendar, reports
  'catalog.invalid': '事项内容不符合要求',
  'catalog.item_exists': '该事项编码已存在',
  'catalog.item_retired': '该事项已停用',
  'catalog.no_draft': '该事项没有草稿',
  'catalog.draft_race': '草稿已被他人修改，请刷新后重试',
  'catalog.publish_race': '事项已被他人发布，请刷新后重试',
  'catalog.import_race': '导入与其他修改冲突，请重试',
  'calendar.makeup_on_weekday': '调休工作日只能设在周末',
  makeup_on_weekday: '调休工作日只能设在周末',
  'report.future_month': '不能生成尚未结束月份的报告',
  'idempotency.key_reused': '同一个 Idempotency-Key 已用于另一请求',
  'idempotency.in_progress': '相同请求正在处理中，请稍后重试',
  'idempotency.retry': '上一次相同请求失败，请重试',
};

/** Field rules (zod issue codes and the API's own) as a person reads them. */
export const FIELD_RULES_ZH: Record<string, string> = {
  'file.required': '请选择要上传的文件',
  'file.empty': '文件是空的',
  'file.unexpected': '每次只能上传一个文件',
  'multipart.malformed': '上传内容不完整，请重新上传',
  invalid_type: '缺少或类型不对',
  too_small: '不能为空或过短',
  too_big: '过长或过大',
  invalid_format: '格式不对',
  invalid_value: '取值不在允许范围内',
  invalid_enum_value: '取值不在允许范围内',
  unrecognized_keys: '含有不认识的字段',
  custom: '不符合要求',
  invalid_union: '格式不对',
  not_multiple_of: '取值不对',
  unknown_material: '不是该事项的申请材料',
  not_applicable: '此处不适用',
  not_future: '须为将来的日期',
};

/** Problems without a rule code, recognised by their English sentence. */
const PATTERNS_ZH: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^wrong username or password$/, () => '用户名或密码错误'],
  [/^sign in first/, () => '请先登录'],
  [/access token has expired/, () => '登录已过期，请重新登录'],
  [/access token is not valid/, () => '登录凭证无效，请重新登录'],
  [/Authorization header must be/, () => '登录凭证格式不对，请重新登录'],
  [/refresh token is not valid/, () => '登录已失效，请重新登录'],
  [/^case (\d+) does not exist/, (m) => `办件 ${m[1]} 不存在`],
  [/^case (\d+) has no correction request/, (m) => `办件 ${m[1]} 没有一次性告知记录`],
  [/^case (\d+) was not refused/, (m) => `办件 ${m[1]} 未被不予受理`],
  [/^case (\d+) has not been accepted/, (m) => `办件 ${m[1]} 尚未受理`],
  [/^service item (\S+) does not exist/, (m) => `事项 ${m[1]} 不存在`],
  [/^service item (\S+) has not been published/, (m) => `事项 ${m[1]} 尚未发布`],
  [/^service item (\S+) has no published version (\d+)/, (m) => `事项 ${m[1]} 没有已发布的第 ${m[2]} 版`],
  [/^account administrators do not see cases/, () => '账号管理员不能查看办件'],
  [/^applicants may (see|print) only their own/, () => '申请人只能查看本人的办件'],
  [/^department staff see only their own department/, () => '部门人员只能查看本部门的办件'],
  [/^no route (\S+) (\S+)/, (m) => `没有此接口：${m[1]} ${m[2]}`],
  [/^the request body is not valid JSON/, () => '请求内容不是有效的 JSON'],
  [/^the request body is too large/, () => '请求内容过大'],
  [/^send the request body as application\/json/, () => '请以 application/json 格式发送请求内容'],
  [/^something went wrong on our side; quote request id (\S+)/, (m) => `系统内部错误，请联系管理员并提供请求编号 ${m[1]}`],
  [/^(\w+) is not possible while the case is (\w+)/, (m) => `办件当前状态为「${statusZh(m[2]!)}」，不能${actionZh(m[1]!)}`],
];

/** The Chinese of one problem detail: by rule code first, then by the English sentence. */
export function detailZh(status: number, en: string, rule?: string): string {
  if (rule) {
    const t = RULE_MESSAGES_ZH[rule];
    if (t) return typeof t === 'string' ? t : t(en);
    // `<action>.status`: the action is not possible in the case's state.
    const m = rule.match(/^(\w+)\.status$/);
    if (m) {
      const state = after(en, /while the case is (\w+)/);
      return `办件当前状态为「${statusZh(state)}」，不能${actionZh(m[1]!)}`;
    }
  }
  for (const [re, f] of PATTERNS_ZH) {
    const m = en.match(re);
    if (m) return f(m);
  }
  if (status === 400 && en.startsWith('invalid ')) return '请求有误，请检查所填内容';
  // Nothing in the catalogue yet: say what kind of problem it is, and keep the facts.
  return `${TITLES['zh-CN'][status] ?? '错误'}：${en}`;
}

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  rule?: string;
  errors?: { field: string; rule: string; message: string }[];
  [k: string]: unknown;
}

/** The problem in the asked language: English as written, Chinese from the catalogue. */
export function localizeProblem(body: ProblemBody, lang: Lang): ProblemBody {
  if (lang === 'en') return body;
  const errors = body.errors?.map((e) => ({ ...e, message: FIELD_RULES_ZH[e.rule] ?? (RULE_MESSAGES_ZH[e.rule] ? detailZh(body.status, e.message, e.rule) : e.message) }));
  const detail =
    body.status === 400 && errors?.length && !body.rule
      ? `请求有误：${errors.map((e) => `${e.field}（${e.message}）`).join('；')}`
      : detailZh(body.status, body.detail, body.rule);
  return { ...body, title: TITLES['zh-CN'][body.status] ?? '错误', detail, ...(errors ? { errors } : {}) };
}

/** Accept-Language → zh-CN unless English is preferred (zh-CN when absent or anything else). */
export function negotiateLang(acceptsLanguages: (langs: string[]) => string | false): Lang {
  const pick = acceptsLanguages(['zh-CN', 'zh', 'en', 'en-US', 'en-GB']);
  return typeof pick === 'string' && pick.startsWith('en') ? 'en' : 'zh-CN';
}
