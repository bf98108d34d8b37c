/**
 * One rectification (整改), live from its workflow: deadline in working days and its flags, the
 * reports, send-backs and appeal, its history, and the actions its state allows for this side —
 * the oversight side (verify, send back, close, decide an appeal, verify a bad rating) or the
 * responsible department (start, submit the report, appeal a false bad rating).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Empty, Input, InputNumber, Modal, Radio, Space, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { RECTIFICATION_OUTCOMES } from '../../../../domain/supervision/labels';
import { problemText } from '../../shared/api/client';
import { zhDate, zhDateTime } from '../../shared/ui/case-tags';
import { type RectificationView, type SupervisionEventRow, getJson, sendJson, useDepartments, useSituations } from './api';
import { Deadline, RectStatusTag } from './ui';

type ActionName = RectificationView['allowedActions'][number];
export type Side = 'OVERSIGHT' | 'DEPARTMENT';

const ACTIONS: Record<ActionName, { label: string; path: string; side: Side; field: 'note' | 'report' | 'reason'; fieldLabel: string; required: boolean; danger?: boolean; primary?: boolean }> = {
  confirm: { label: '核实属实', path: 'confirm', side: 'OVERSIGHT', field: 'note', fieldLabel: '回访核实结果', required: true, primary: true },
  dismiss: { label: '核实不属实', path: 'dismiss', side: 'OVERSIGHT', field: 'note', fieldLabel: '核实说明', required: true },
  acknowledge: { label: '开始整改', path: 'acknowledge', side: 'DEPARTMENT', field: 'note', fieldLabel: '说明（可不填）', required: false },
  submitReport: { label: '提交整改报告', path: 'submit-report', side: 'DEPARTMENT', field: 'report', fieldLabel: '整改报告', required: true, primary: true },
  verify: { label: '验收通过', path: 'verify', side: 'OVERSIGHT', field: 'note', fieldLabel: '验收意见', required: true, primary: true },
  sendBack: { label: '退回重改', path: 'send-back', side: 'OVERSIGHT', field: 'reason', fieldLabel: '退回原因', required: true, danger: true },
  close: { label: '销号', path: 'close', side: 'OVERSIGHT', field: 'note', fieldLabel: '销号说明（可不填）', required: false, primary: true },
  appeal: { label: '申诉复核', path: 'appeal', side: 'DEPARTMENT', field: 'reason', fieldLabel: '申诉理由', required: true, danger: true },
  decideAppeal: { label: '裁定申诉', path: 'decide-appeal', side: 'OVERSIGHT', field: 'note', fieldLabel: '裁定意见', required: true },
};

const EVENT_NAMES: Record<string, string> = {
  CREATED: '立项',
  CONFIRMED: '回访核实属实',
  DISMISSED: '核实不属实',
  ACKNOWLEDGED: '开始整改',
  REPORT_SUBMITTED: '提交整改报告',
  VERIFIED: '验收通过',
  SENT_BACK: '退回重改',
  APPEALED: '部门申诉',
  APPEAL_UPHELD: '申诉成立',
  APPEAL_REJECTED: '申诉驳回',
  CLOSED: '销号',
  DUE_DATE_MOVED: '期限调整（日历变更）',
  VERIFICATION_OVERDUE: '回访核实逾期',
  WARNING: '临期预警',
  OVERDUE: '整改逾期',
  ESCALATED: '逾期升级（中心管理、政务监察投诉中心）',
};
const EVENT_COLOURS: Record<string, string> = { WARNING: 'orange', OVERDUE: 'red', ESCALATED: 'red', VERIFICATION_OVERDUE: 'red', CLOSED: 'green', VERIFIED: 'green' };

export const useRectification = (id?: string) =>
  useQuery({ queryKey: ['rectification', id], enabled: !!id, queryFn: () => getJson<RectificationView>(`/api/v1/rectifications/${id}`), refetchInterval: 5_000 });

export function RectificationDrawer({ id, side, onClose }: { id: string; side: Side; onClose(): void }) {
  const view = useRectification(id);
  const events = useQuery({ queryKey: ['rectification-events', id, view.data?.lastSeq], queryFn: () => getJson<SupervisionEventRow[]>(`/api/v1/rectifications/${id}/events`), refetchInterval: 3_000 });
  const [dialog, setDialog] = useState<ActionName | null>(null);
  const [text, setText] = useState('');
  const [days, setDays] = useState<number | null>(null);
  const [upheld, setUpheld] = useState<boolean>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const r = view.data;
  const departments = useDepartments();
  const situations = useSituations(true);
  const department = departments.data?.find((d) => d.code === r?.departmentCode);
  const situation = situations.data?.items.find((s) => s.code === r?.situationCode);
  const mine = (Object.keys(ACTIONS) as ActionName[]).filter((a) => ACTIONS[a].side === side);
  // One appeal per rectification: once made, the department cannot appeal again.
  const allowed = new Set((r?.allowedActions ?? []).filter((a) => !(a === 'appeal' && r?.appeal)));

  const open = (a: ActionName) => {
    setText('');
    setDays(null);
    setUpheld(undefined);
    setError(undefined);
    setDialog(a);
  };
  const submit = async () => {
    if (!dialog) return;
    const spec = ACTIONS[dialog];
    const body: Record<string, unknown> = {};
    if (text.trim() || spec.required) body[spec.field] = text.trim();
    if (dialog === 'sendBack' && days) body.days = days;
    if (dialog === 'decideAppeal') {
      if (upheld === undefined) return setError('请选择申诉是否成立');
      body.upheld = upheld;
    }
    setBusy(true);
    setError(undefined);
    try {
      const next = await sendJson<RectificationView>(`/api/v1/rectifications/${id}/${spec.path}`, body);
      qc.setQueryData(['rectification', id], next);
      void qc.invalidateQueries({ queryKey: ['rectifications'] });
      void qc.invalidateQueries({ queryKey: ['findings'] });
      message.success(`${spec.label}：已办理`);
      setDialog(null);
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const done = r?.status === 'CLOSED' || r?.status === 'VERIFIED';

  return (
    <Drawer open width={760} title={`整改 ${id}`} onClose={onClose} destroyOnHidden>
      {view.error && <Alert type="error" showIcon message={problemText(view.error)} data-testid="rect-error" />}
      {r && (
        <>
          <Space wrap style={{ marginBottom: 12 }} data-testid="rect-actions">
            {mine.map((a) => (
              <Button key={a} type={ACTIONS[a].primary ? 'primary' : 'default'} danger={ACTIONS[a].danger} disabled={!allowed.has(a)} title={allowed.has(a) ? undefined : '当前状态不能办理此操作'} onClick={() => open(a)}>
                {ACTIONS[a].label}
              </Button>
            ))}
          </Space>
          <Descriptions bordered size="small" column={2}>
            <Descriptions.Item label="问题" span={2}>{r.title}</Descriptions.Item>
            <Descriptions.Item label="状态"><RectStatusTag status={r.status} />{r.outcome && <Tag>{RECTIFICATION_OUTCOMES[r.outcome as keyof typeof RECTIFICATION_OUTCOMES] ?? r.outcome}</Tag>}</Descriptions.Item>
            <Descriptions.Item label="责任部门">{department?.name ?? r.departmentCode}</Descriptions.Item>
            <Descriptions.Item label="整改时限">{r.deadlineDays} 个工作日</Descriptions.Item>
            <Descriptions.Item label="整改期限">
              <Deadline dueDate={r.dueDate} overdue={r.overdue} warning={r.warning} escalated={r.escalated} done={done} />
            </Descriptions.Item>
            {r.verifyDueDate && (
              <Descriptions.Item label="回访核实期限" span={2}>
                {zhDate(r.verifyDueDate)}前（1个工作日） {r.verificationOverdue && <Tag color="red">核实逾期</Tag>}
              </Descriptions.Item>
            )}
            <Descriptions.Item label="问题来源">问题 #{r.findingId}</Descriptions.Item>
            <Descriptions.Item label="负面情形">{situation ? `${situation.groupName} · ${situation.title}` : (r.situationCode ?? '—')}</Descriptions.Item>
            <Descriptions.Item label="办件">{r.caseNo ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="立项时间">{zhDateTime(r.startedAt)}</Descriptions.Item>
            {r.closedAt && <Descriptions.Item label="销号时间" span={2}>{zhDateTime(r.closedAt)}</Descriptions.Item>}
          </Descriptions>

          <Typography.Title level={5} style={{ marginTop: 16 }}>整改报告</Typography.Title>
          {r.reports.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未提交整改报告" />
          ) : (
            r.reports.map((x, i) => (
              <Alert key={i} style={{ marginBottom: 8 }} type="info" message={`${zhDateTime(x.at)} · ${x.by}`} description={<span data-testid="report-text">{x.text}</span>} />
            ))
          )}
          {r.sendBacks.map((x, i) => (
            <Alert key={i} style={{ marginBottom: 8 }} type="warning" message={`退回重改 · ${zhDateTime(x.at)} · ${x.by}`} description={x.reason} />
          ))}
          {r.appeal && (
            <Alert
              style={{ marginBottom: 8 }}
              type={r.appeal.status === 'UPHELD' ? 'success' : r.appeal.status === 'REJECTED' ? 'error' : 'warning'}
              message={`申诉复核（${r.appeal.status === 'PENDING' ? '待裁定' : r.appeal.status === 'UPHELD' ? '申诉成立' : '申诉驳回'}） · ${zhDateTime(r.appeal.at)} · ${r.appeal.by}`}
              description={
                <>
                  <div>{r.appeal.reason}</div>
                  {r.appeal.decision && <div>裁定：{r.appeal.decision}（{r.appeal.decidedBy}）</div>}
                </>
              }
            />
          )}

          <Typography.Title level={5} style={{ marginTop: 16 }}>处理过程</Typography.Title>
          <Timeline
            data-testid="rect-timeline"
            items={(events.data ?? []).map((e) => ({
              color: EVENT_COLOURS[e.type] ?? 'blue',
              children: (
                <span>
                  {zhDateTime(e.at)} <b>{EVENT_NAMES[e.type] ?? e.type}</b>
                  {e.actor ? ` · ${e.actor.name}` : ' · 系统'}
                  {typeof e.detail.note === 'string' && e.detail.note ? `：${e.detail.note}` : ''}
                  {typeof e.detail.reason === 'string' && e.detail.reason ? `：${e.detail.reason}` : ''}
                  {typeof e.detail.dueDate === 'string' ? `（期限 ${zhDate(e.detail.dueDate)}）` : ''}
                </span>
              ),
            }))}
          />
        </>
      )}
      {dialog && (
        <Modal open title={ACTIONS[dialog].label} okText="确定" cancelText="取消" confirmLoading={busy} onOk={submit} onCancel={() => setDialog(null)}>
          {dialog === 'decideAppeal' && (
            <Radio.Group style={{ marginBottom: 12 }} value={upheld} onChange={(e) => setUpheld(e.target.value as boolean)} options={[{ value: true, label: '申诉成立（差评不计入统计）' }, { value: false, label: '申诉驳回' }]} />
          )}
          <label>
            {ACTIONS[dialog].fieldLabel}
            <Input.TextArea rows={dialog === 'submitReport' ? 6 : 3} value={text} onChange={(e) => setText(e.target.value)} aria-label={ACTIONS[dialog].fieldLabel} />
          </label>
          {dialog === 'sendBack' && (
            <div style={{ marginTop: 12 }}>
              新的整改时限（工作日，可不填则原期限不变）：
              <InputNumber min={1} max={60} value={days} onChange={(v) => setDays(v)} aria-label="新的整改时限" />
            </div>
          )}
          {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} data-testid="dialog-error" />}
        </Modal>
      )}
    </Drawer>
  );
}
