/**
 * What operators see of a case in the Temporal UI: search attributes to filter on and the current
 * details (markdown, in Chinese). Details are metadata, not history: their wording may change
 * freely. Search attributes are history: which ones a case upserts is guarded by patches.
 */
import { type SearchAttributePair, type TypedSearchAttributes } from '@temporalio/common';
import { CHANNEL_NAMES, statusName } from '../../domain/case/names.js';
import type { CaseView } from '../../domain/case/model.js';
import * as SA from '../search-attributes.js';

/** The attributes as cases started before the hot-path change upsert them (all at once, on any change). */
export function legacySearchAttributesOf(view: CaseView): SearchAttributePair[] {
  return [
    { key: SA.CaseNo, value: view.caseNo },
    { key: SA.ItemCode, value: view.item.code },
    { key: SA.DepartmentCode, value: view.item.departmentCode },
    { key: SA.CaseStatus, value: view.status },
    { key: SA.CaseChannel, value: view.channel },
    { key: SA.Overdue, value: view.overdue },
    { key: SA.Warning, value: view.warning },
    ...(view.dueAt ? [{ key: SA.DueAt, value: new Date(view.dueAt) }] : []),
  ] as SearchAttributePair[];
}

/** Every attribute a case carries today (the API sets them at the start: caseStartAttributes). */
export function searchAttributesOf(view: CaseView): SearchAttributePair[] {
  return [
    ...legacySearchAttributesOf(view),
    { key: SA.Paused, value: String(view.paused) },
    { key: SA.InSpecialProcedure, value: String(view.inSpecialProcedure) },
  ] as SearchAttributePair[];
}

/** Only the attributes whose value differs from what the case already carries (from the start, or an earlier upsert). */
export function changedAttributes(wanted: SearchAttributePair[], current: TypedSearchAttributes): SearchAttributePair[] {
  return wanted.filter((p) => !same(current.get(p.key as never), p.value));
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/**
 * The Temporal UI's current details, in Chinese for the people who read them. Days left are as of
 * the case's last activation (a case wakes at its warning and due instants and on every action),
 * so the line says which day it counts from.
 */
export function summaryOf(view: CaseView, today?: string): string {
  const flags = [
    view.overdue ? '**超期**' : '',
    view.warning ? '**预警**' : '',
    view.paused ? '暂停中' : '',
    view.inSpecialProcedure ? `特别程序中${view.specialProcedureOverdue ? '（**已超过其时限**）' : ''}` : '',
    view.stage?.overdue ? `**${view.stage.name}超期**` : view.stage?.warning ? `${view.stage.name}预警` : '',
    view.outputHeld ? '容缺未补齐，暂缓出件' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return [
    `### ${view.caseNo} — ${view.item.name}`,
    `- 状态：**${statusName(view.status)}**（状态代码 ${view.stateCode}）${flags ? ` · ${flags}` : ''}`,
    `- 实施部门：${view.item.departmentName}（${view.item.departmentCode}）· 事项 ${view.item.code} 第 ${view.item.version} 版`,
    `- 申请人：${view.applicant.name} · ${CHANNEL_NAMES[view.channel]}`,
    view.dueDate ? `- 承诺办结日期：${view.dueDate}（剩余 ${view.remainingWorkingDays ?? 0} 个工作日${today ? `，${today} 计` : ''}）` : '- 尚未受理',
  ].join('\n');
}
