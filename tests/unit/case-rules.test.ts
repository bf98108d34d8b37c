/**
 * The update validator (`checkAction`) judges an action on a scratch copy of the case: it must
 * refuse exactly what `applyAction` refuses, and never write to the case it judges. Every action,
 * with good and bad payloads, is checked against cases in every status — on deep-frozen states, so
 * a single write to the original throws — and compared with the action applied to a full deep copy.
 */
import { describe, expect, it } from 'vitest';
import { OFFICIAL_CALENDAR } from '../../domain/calendar/official-days.js';
import { ACTION_NAMES, ACTION_ROLES, type ActionName, type CaseAction } from '../../domain/case/actions.js';
import { CaseRefusal } from '../../domain/case/errors.js';
import { type Actor, type CaseInput, type CaseState, CURRENT_RULES, type ItemSnapshot, type Role } from '../../domain/case/model.js';
import { applyAction, checkAction, contextOf, markDelivered, newCaseState, tick } from '../../domain/case/rules.js';
import { deepFreeze } from '../../api/services/reference-cache.js';

const DAY = 86_400_000;
/** A Monday morning in Shanghai, in a year with official calendar data (pure rules: any instant will do). */
const T0 = Date.parse('2026-03-02T09:00:00+08:00');

const ITEM: ItemSnapshot = {
  code: 'TEST-ITEM',
  version: 1,
  name: '测试事项',
  departmentCode: 'YL-TEST',
  departmentName: '测试局',
  zoneCode: 'Z1',
  promisedLimitDays: 10,
  statutoryLimitDays: 20,
  specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 5 }],
  materials: [
    { code: 'M1', name: '申请书', required: true, tolerable: false },
    { code: 'M2', name: '营业执照', required: true, tolerable: true },
    { code: 'M3', name: '其他', required: false, tolerable: false },
  ],
};

const ACTORS: Record<Role, Actor> = {
  FRONT_DESK_CLERK: { id: 'clerk', name: '窗口', role: 'FRONT_DESK_CLERK', windowNo: 'A-01' },
  DEPARTMENT_REVIEWER: { id: 'rev', name: '审批', role: 'DEPARTMENT_REVIEWER', departmentCode: 'YL-TEST' },
  DEPARTMENT_LEAD: { id: 'lead', name: '负责人', role: 'DEPARTMENT_LEAD', departmentCode: 'YL-TEST' },
  CENTRE_MANAGER: { id: 'mgr', name: '管理', role: 'CENTRE_MANAGER' },
  SUPERVISOR: { id: 'sup', name: '监督', role: 'SUPERVISOR' },
  APPLICANT: { id: 'app-user', name: '申请人', role: 'APPLICANT' },
  ACCOUNT_ADMIN: { id: 'adm', name: '管理员', role: 'ACCOUNT_ADMIN' },
  COMPLAINT_CENTRE: { id: 'cc', name: '投诉中心', role: 'COMPLAINT_CENTRE' },
};
const OTHER_DEPARTMENT: Actor = { id: 'rev2', name: '他局', role: 'DEPARTMENT_REVIEWER', departmentCode: 'YL-OTHER' };

const inDays = (n: number) => new Date(T0 + n * DAY + 8 * 3_600_000).toISOString().slice(0, 10);

/** Good and bad payloads for every action. */
const PAYLOADS: { [K in ActionName]: unknown[] } = {
  accept: [{ toleratedMaterials: [] }, { toleratedMaterials: [{ code: 'M2', promisedDate: inDays(3) }] }, { toleratedMaterials: [{ code: 'M1', promisedDate: inDays(3) }] }],
  refuse: [{ reason: '材料不符' }, { reason: ' ' }],
  requestCorrection: [{ items: [], days: 5 }, { items: [{ name: '申请书', problem: '未签字', materialCode: 'M1' }], days: 5 }, { items: [], days: 0 }],
  supplyCorrection: [{ materialCodes: ['M1', 'M2'] }, { materialCodes: ['M1'] }, { materialCodes: ['NOPE'] }],
  supplyToleratedMaterial: [{ materialCode: 'M2' }, { materialCode: 'M1' }],
  resubmit: [{ note: '已补正' }, { note: '' }],
  issueOutput: [{ method: 'WINDOW_PICKUP' }, { method: 'POST' }, { method: 'POST', trackingNo: 'EMS1' }],
  confirmDelivery: [{}],
  terminate: [{ reason: '终止' }],
  approve: [{ opinion: '同意' }],
  deny: [{ reason: '不符合条件' }, { reason: '' }],
  returnToFrontDesk: [{ reason: '退回' }],
  startSpecialProcedure: [{ kind: 'SITE_SURVEY', reason: '踏勘' }, { kind: 'TESTING', reason: '检验' }],
  finishSpecialProcedure: [{ result: '完成' }],
  pause: [{ reason: 'FORCE_MAJEURE', note: '暴雨' }, { reason: 'TOLERANCE_MATERIAL_PENDING', note: '等材料' }, { reason: 'OTHER', note: 'x' }],
  resume: [{}],
  withdraw: [{ reason: '撤回' }],
  urge: [{ note: '请尽快' }],
};

type Step = (s: CaseState, at: number) => void;
const act = (name: ActionName, payload: unknown, role: Role): Step => (s, at) => {
  applyAction(s, { name, payload } as CaseAction, ACTORS[role], contextOf(s, at));
};
const delivered: Step = (s, at) => void markDelivered(s, 'R-1', at);
const later: Step = (s, at) => void tick(s, contextOf(s, at));

/** Cases in every status (and paused, in a special procedure, held), each built afresh. */
const SCENARIOS: Record<string, { rules: number; channel: 'ONLINE' | 'WINDOW'; submitted: string[]; steps: Step[] }> = {
  'received online': { rules: CURRENT_RULES, channel: 'ONLINE', submitted: ['M1'], steps: [] },
  'received online (rules 1)': { rules: 1, channel: 'ONLINE', submitted: ['M1'], steps: [] },
  'awaiting correction': { rules: CURRENT_RULES, channel: 'ONLINE', submitted: ['M1'], steps: [act('requestCorrection', { items: [], days: 5 }, 'FRONT_DESK_CLERK')] },
  'accepted with a tolerated material': {
    rules: CURRENT_RULES,
    channel: 'WINDOW',
    submitted: ['M1'],
    steps: [act('accept', { toleratedMaterials: [{ code: 'M2', promisedDate: inDays(2) }] }, 'FRONT_DESK_CLERK')],
  },
  'in review': { rules: CURRENT_RULES, channel: 'WINDOW', submitted: ['M1', 'M2'], steps: [act('accept', {}, 'FRONT_DESK_CLERK'), delivered] },
  'in review, paused': {
    rules: CURRENT_RULES,
    channel: 'WINDOW',
    submitted: ['M1'],
    steps: [act('accept', { toleratedMaterials: [{ code: 'M2', promisedDate: inDays(2) }] }, 'FRONT_DESK_CLERK'), delivered, act('pause', { reason: 'TOLERANCE_MATERIAL_PENDING', note: '等' }, 'DEPARTMENT_REVIEWER'), later],
  },
  'in review, special procedure past its limit': {
    rules: CURRENT_RULES,
    channel: 'WINDOW',
    submitted: ['M1', 'M2'],
    steps: [act('accept', {}, 'FRONT_DESK_CLERK'), delivered, act('startSpecialProcedure', { kind: 'SITE_SURVEY', reason: '踏勘' }, 'DEPARTMENT_REVIEWER'), later],
  },
  returned: { rules: CURRENT_RULES, channel: 'WINDOW', submitted: ['M1', 'M2'], steps: [act('accept', {}, 'FRONT_DESK_CLERK'), delivered, act('returnToFrontDesk', { reason: '退' }, 'DEPARTMENT_REVIEWER')] },
  'decided, output held': {
    rules: CURRENT_RULES,
    channel: 'WINDOW',
    submitted: ['M1'],
    steps: [act('accept', { toleratedMaterials: [{ code: 'M2', promisedDate: inDays(12) }] }, 'FRONT_DESK_CLERK'), delivered, act('approve', { opinion: '同意' }, 'DEPARTMENT_REVIEWER')],
  },
  'in delivery': {
    rules: CURRENT_RULES,
    channel: 'WINDOW',
    submitted: ['M1', 'M2'],
    steps: [act('accept', {}, 'FRONT_DESK_CLERK'), delivered, act('deny', { reason: '否' }, 'DEPARTMENT_REVIEWER'), act('issueOutput', { method: 'POST', trackingNo: 'EMS9' }, 'FRONT_DESK_CLERK')],
  },
  completed: {
    rules: CURRENT_RULES,
    channel: 'WINDOW',
    submitted: ['M1', 'M2'],
    steps: [act('accept', {}, 'FRONT_DESK_CLERK'), delivered, act('approve', { opinion: '' }, 'DEPARTMENT_REVIEWER'), act('issueOutput', { method: 'WINDOW_PICKUP' }, 'FRONT_DESK_CLERK')],
  },
};

function build(name: string): CaseState {
  const sc = SCENARIOS[name]!;
  const input: CaseInput = {
    caseNo: '61080020260302000001',
    channel: sc.channel,
    item: ITEM,
    applicant: { name: '张三', ...(sc.channel === 'ONLINE' ? { userId: 'app-user' } : {}) },
    submittedMaterials: sc.submitted,
    submittedBy: sc.channel === 'ONLINE' ? ACTORS.APPLICANT : ACTORS.FRONT_DESK_CLERK,
    warningDays: 2,
    calendar: OFFICIAL_CALENDAR,
  };
  const { state } = newCaseState(input, T0, sc.rules);
  sc.steps.forEach((step, i) => step(state, T0 + (i + 1) * 2 * DAY));
  return state;
}

const outcome = (f: () => unknown) => {
  try {
    return { events: f() };
  } catch (e) {
    if (e instanceof CaseRefusal) return { refused: { kind: e.kind, rule: e.rule, message: e.message } };
    throw e;
  }
};

const actorsFor = (name: ActionName): Actor[] => [...ACTION_ROLES[name].map((r) => ACTORS[r]), OTHER_DEPARTMENT, ACTORS.SUPERVISOR];

describe('the update validator', () => {
  it('when every action is checked against cases in every status, then the case checked is never written to and the verdict matches the action applied to a deep copy', () => {
    let accepted = 0;
    let refused = 0;
    deepFreeze(OFFICIAL_CALENDAR);
    for (const scenario of Object.keys(SCENARIOS)) {
      const built = build(scenario);
      // A fresh copy per check; the calendar (never written by any rule) is shared, frozen.
      const fresh = (): CaseState => ({ ...structuredClone({ ...built, calendar: undefined }), calendar: OFFICIAL_CALENDAR }) as CaseState;
      for (const name of ACTION_NAMES) {
        for (const payload of PAYLOADS[name]) {
          for (const actor of actorsFor(name)) {
            const at = T0 + 30 * DAY;
            const frozen = deepFreeze(fresh());
            const before = JSON.stringify(frozen);
            const action = { name, payload } as CaseAction;
            const checked = outcome(() => checkAction(frozen, action, actor, contextOf(frozen, at)));
            expect(JSON.stringify(frozen)).toBe(before);
            const copy = JSON.parse(before) as CaseState;
            const applied = outcome(() => applyAction(copy, action, actor, contextOf(copy, at)));
            expect(checked.refused, `${scenario} / ${name} ${JSON.stringify(payload)} by ${actor.role}`).toEqual(applied.refused);
            if (applied.refused) refused++;
            else accepted++;
          }
        }
      }
    }
    // The matrix exercises both outcomes broadly, or it would prove little.
    expect(accepted).toBeGreaterThan(50);
    expect(refused).toBeGreaterThan(200);
  }, 60_000);

  it('when an action is refused by the validator, then the case keeps its status, events and clock', () => {
    const state = build('in review, paused');
    const before = JSON.stringify(state);
    const refusal = outcome(() => checkAction(state, { name: 'approve', payload: { opinion: '同意' } }, ACTORS.DEPARTMENT_REVIEWER, contextOf(state, T0 + 10 * DAY)));
    expect(refusal.refused?.rule).toBe('approve.suspended');
    expect(JSON.stringify(state)).toBe(before);
  });

  it('when an action passes the validator, then applying it afterwards gives the same events as on an untouched case', () => {
    const state = build('in review');
    const twin = build('in review');
    const action: CaseAction = { name: 'pause', payload: { reason: 'FORCE_MAJEURE', note: '暴雨' } };
    const at = T0 + 10 * DAY;
    checkAction(state, action, ACTORS.DEPARTMENT_REVIEWER, contextOf(state, at));
    expect(applyAction(state, action, ACTORS.DEPARTMENT_REVIEWER, contextOf(state, at))).toEqual(applyAction(twin, action, ACTORS.DEPARTMENT_REVIEWER, contextOf(twin, at)));
    expect(state).toEqual(twin);
  });
});
