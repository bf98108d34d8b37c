/**
 * 部门审批 The department's inbox: its open cases by due date with days left, warning and overdue
 * in colour and text, counts at the top, filters; refreshes by itself. A case opens in a drawer
 * with the actions its state allows (allowedActions) and the role may take.
 */
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Descriptions, Drawer, Input, Modal, Radio, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ACTION_LABELS, PAUSE_REASON_NAMES, statusName } from '../../../../domain/case/names';
import { ApiProblem, api, authedFetch, problemText, unwrap } from '../../shared/api/client';
import type { CaseList, CaseView, ItemGuide } from '../../shared/api/types';
import { ClockTag, StatusTag, daysLeftText } from '../../shared/ui/case-tags';
import { PAGE_SIZE, serverPaging } from '../../shared/ui/paging';

type Filters = { status?: string; itemCode?: string; paused?: string; inSpecialProcedure?: string; overdue?: string; warning?: string };

const useInbox = (filters: Filters, page: number) =>
  useQuery({
    queryKey: ['inbox', filters, page],
    queryFn: () => unwrap<CaseList>(api.GET('/api/v1/cases', { params: { query: { open: 'true', sort: 'dueDate', withCounts: 'true', page, pageSize: PAGE_SIZE, ...filters } as never } })),
    refetchInterval: 5_000,
    placeholderData: keepPreviousData,
  });

export default function DepartmentDesk() {
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string>();
  const inbox = useInbox(filters, page);
  const counts = inbox.data?.counts;
  const set = (patch: Filters) => {
    setFilters((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  const toggle = (k: keyof Filters) => set({ [k]: filters[k] ? undefined : 'true' });
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        部门审批
      </Typography.Title>
      <Space wrap size="middle" style={{ marginBottom: 12, display: 'flex' }} data-testid="inbox-counts">
        <Card size="small" hoverable onClick={() => set({ overdue: undefined, warning: undefined, paused: undefined, inSpecialProcedure: undefined })}><Statistic title="在办" value={counts?.open ?? 0} /></Card>
        <Card size="small" hoverable onClick={() => toggle('overdue')} style={{ borderColor: filters.overdue ? '#cf1322' : undefined }}><Statistic title="超期" value={counts?.overdue ?? 0} valueStyle={{ color: '#cf1322' }} /></Card>
        <Card size="small" hoverable onClick={() => toggle('warning')} style={{ borderColor: filters.warning ? '#d48806' : undefined }}><Statistic title="预警" value={counts?.warning ?? 0} valueStyle={{ color: '#d48806' }} /></Card>
        <Card size="small" hoverable onClick={() => toggle('paused')}><Statistic title="暂停" value={counts?.paused ?? 0} /></Card>
        <Card size="small" hoverable onClick={() => toggle('inSpecialProcedure')}><Statistic title="特别程序" value={counts?.inSpecialProcedure ?? 0} /></Card>
      </Space>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 160 }}
          value={filters.status}
          onChange={(v) => set({ status: v })}
          options={Object.keys(counts?.byStatus ?? {}).map((s) => ({ value: s, label: `${statusName(s)}（${counts!.byStatus[s]}）` }))}
        />
        <Input.Search allowClear placeholder="事项编码" style={{ width: 200 }} onSearch={(v) => set({ itemCode: v.trim() || undefined })} />
        <Radio.Group
          value={filters.paused ? 'paused' : filters.inSpecialProcedure ? 'special' : filters.overdue ? 'overdue' : 'all'}
          onChange={(e) => set({ paused: e.target.value === 'paused' ? 'true' : undefined, inSpecialProcedure: e.target.value === 'special' ? 'true' : undefined, overdue: e.target.value === 'overdue' ? 'true' : undefined, warning: undefined })}
          options={[{ value: 'all', label: '全部' }, { value: 'overdue', label: '超期' }, { value: 'paused', label: '暂停' }, { value: 'special', label: '特别程序' }]}
          optionType="button"
        />
        {inbox.isFetching && <Badge status="processing" text="刷新中" />}
      </Space>
      <Table
        size="small"
        rowKey="caseNo"
        loading={inbox.isLoading}
        dataSource={inbox.data?.items}
        onRow={(r) => ({ onClick: () => setOpen(r.caseNo), style: { cursor: 'pointer' } })}
        rowClassName={(r) => (r.overdue ? 'row-overdue' : r.warning ? 'row-warning' : '')}
        pagination={serverPaging(page, setPage, inbox.data?.total, '件')}
        columns={[
          { title: '办件编号', width: 190, render: (_, r) => <Typography.Text copyable={{ text: r.caseNo }}>{r.caseNo}</Typography.Text> },
          { title: '事项', dataIndex: 'itemName', ellipsis: true },
          { title: '申请人', dataIndex: 'applicantName', ellipsis: true, width: 200 },
          { title: '状态', width: 120, render: (_, r) => <StatusTag status={r.status} /> },
          { title: '到期日', width: 110, render: (_, r) => r.dueDate ?? '—' },
          {
            title: '剩余时限',
            width: 210,
            render: (_, r) => (
              <span style={{ color: r.overdue ? '#cf1322' : r.warning ? '#d48806' : undefined }}>
                {r.paused || r.inSpecialProcedure ? '计时暂停' : daysLeftText(r.remainingWorkingDays)} <ClockTag {...r} />
              </span>
            ),
          },
          { title: '', width: 70, render: (_, r) => <Button size="small" type="link" onClick={() => setOpen(r.caseNo)}>办理</Button> },
        ]}
      />
      {open && <CaseDrawer caseNo={open} onClose={() => setOpen(undefined)} />}
    </div>
  );
}

type Dialog = { action: 'approve' | 'deny' | 'return' | 'pause' | 'resume' | 'start-special-procedure' | 'finish-special-procedure' } | null;

function CaseDrawer({ caseNo, onClose }: { caseNo: string; onClose(): void }) {
  const view = useQuery({ queryKey: ['case', caseNo], queryFn: () => unwrap<CaseView>(api.GET('/api/v1/cases/{caseNo}', { params: { path: { caseNo } } })) });
  const guide = useQuery({
    queryKey: ['item', view.data?.item.code, view.data?.item.version],
    enabled: !!view.data,
    queryFn: () => unwrap<ItemGuide>(api.GET('/api/v1/items/{code}', { params: { path: { code: view.data!.item.code }, query: { version: view.data!.item.version } as never } })),
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const allowed = new Set(view.data?.allowedActions ?? []);

  const send = async (path: string, body: unknown, label: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const res = await authedFetch(`/api/v1/cases/${caseNo}/${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() }, body: JSON.stringify(body) });
      const data = await res.json().catch(() => undefined);
      if (!res.ok) throw new ApiProblem(data);
      qc.setQueryData(['case', caseNo], data);
      void qc.invalidateQueries({ queryKey: ['inbox'] });
      message.success(`${label}：已办理`);
      setDialog(null);
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  const open = (action: NonNullable<Dialog>['action']) => {
    setText('');
    setChoice(undefined);
    setError(undefined);
    setDialog({ action });
  };
  const button = (name: keyof typeof ACTION_LABELS, action: NonNullable<Dialog>['action'], extra: { danger?: boolean; primary?: boolean } = {}) => (
    <Button key={name} type={extra.primary ? 'primary' : 'default'} danger={extra.danger} disabled={!allowed.has(name)} onClick={() => open(action)} title={allowed.has(name) ? undefined : '当前状态不能办理此操作'}>
      {ACTION_LABELS[name]}
    </Button>
  );
  const v = view.data;
  const dialogs: Record<NonNullable<Dialog>['action'], { title: string; field: string; submit(): void; choose?: { label: string; options: { value: string; label: string }[] } }> = {
    approve: { title: '准予', field: '审批意见', submit: () => void send('approve', { opinion: text.trim() }, '准予') },
    deny: { title: '不予许可', field: '不予许可的理由', submit: () => void send('deny', { reason: text.trim() }, '不予许可') },
    return: { title: '退件', field: '退件理由', submit: () => void send('return', { reason: text.trim() }, '退件') },
    pause: {
      title: '暂停',
      field: '暂停说明',
      choose: { label: '暂停原因', options: Object.entries(PAUSE_REASON_NAMES).map(([value, label]) => ({ value, label })) },
      submit: () => void send('pause', { reason: choice ?? '', note: text.trim() }, '暂停'),
    },
    resume: { title: '恢复', field: '说明（可不填）', submit: () => void send('resume', text.trim() ? { note: text.trim() } : {}, '恢复') },
    'start-special-procedure': {
      title: '启动特别程序',
      field: '启动理由',
      choose: { label: '特别程序', options: (guide.data?.specialProcedures ?? []).map((p) => ({ value: p.kind, label: `${p.name}（${p.limitDays} 个工作日）` })) },
      submit: () => void send('start-special-procedure', { kind: choice ?? '', reason: text.trim() }, '启动特别程序'),
    },
    'finish-special-procedure': { title: '结束特别程序', field: '特别程序结果', submit: () => void send('finish-special-procedure', { result: text.trim() }, '结束特别程序') },
  };
  const d = dialog ? dialogs[dialog.action] : null;
  return (
    <Drawer open width={720} title={`办理 ${caseNo}`} onClose={onClose} extra={<Link to={`/cases/${caseNo}`}>办件详情</Link>}>
      {error && !dialog && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="action-error" />}
      {v && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="事项">{v.item.name}（{v.item.code} 第 {v.item.version} 版）</Descriptions.Item>
            <Descriptions.Item label="申请人"><span style={{ wordBreak: 'break-all' }}>{v.applicant.name}</span></Descriptions.Item>
            <Descriptions.Item label="状态"><StatusTag status={v.status} /> <ClockTag {...v} /></Descriptions.Item>
            <Descriptions.Item label="到期日">{v.dueDate ?? '—'}（{v.paused || v.inSpecialProcedure ? '计时暂停' : daysLeftText(v.remainingWorkingDays)}）</Descriptions.Item>
            {v.missingToleratedMaterials.length > 0 && <Descriptions.Item label="容缺待补">{v.missingToleratedMaterials.map((m) => <Tag key={m.code}>{m.name}（承诺 {m.promisedDate}）</Tag>)}</Descriptions.Item>}
            {v.decision && <Descriptions.Item label="审批结果">{v.decision === 'APPROVED' ? '准予许可' : '不予许可'} {v.decisionReason}</Descriptions.Item>}
          </Descriptions>
          <Space wrap style={{ marginTop: 16 }} data-testid="case-actions">
            {button('approve', 'approve', { primary: true })}
            {button('deny', 'deny', { danger: true })}
            {button('returnToFrontDesk', 'return')}
            {button('startSpecialProcedure', 'start-special-procedure')}
            {button('finishSpecialProcedure', 'finish-special-procedure')}
            {button('pause', 'pause')}
            {button('resume', 'resume')}
          </Space>
        </>
      )}
      <Modal open={!!d} title={d?.title} okText="确定" cancelText="取消" confirmLoading={busy} onOk={() => d?.submit()} onCancel={() => setDialog(null)} destroyOnHidden>
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="dialog-error" />}
        {d?.choose && (
          <div style={{ marginBottom: 12 }}>
            <div>{d.choose.label}：</div>
            <Radio.Group value={choice} onChange={(e) => setChoice(e.target.value)} options={d.choose.options} style={{ display: 'flex', flexDirection: 'column', gap: 4 }} />
            {d.choose.options.length === 0 && <Typography.Text type="secondary">本事项未配置特别程序</Typography.Text>}
          </div>
        )}
        <div>{d?.field}：</div>
        <Input.TextArea rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-label={d?.field} maxLength={2000} />
      </Modal>
    </Drawer>
  );
}
