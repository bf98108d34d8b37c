/**
 * 督查督办 The supervisor console (监督人员, 中心管理人员, 政务监察投诉中心): the problem ledger
 * by source with confirm → rectification / dismiss and the patrol entry form, the rectification
 * list with its deadlines, urges and their answers, ratings and appeals, the negative-behaviour
 * lists (edited by the centre manager), violations of the split of powers, the audit log and the
 * notification dead-letter list. Each tab is a URL (/supervision/<tab>).
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Badge, Button, Card, Col, Descriptions, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Statistic, Switch, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { FINDING_SOURCES, FINDING_STATUSES, RATING_LEVELS, RECTIFICATION_STATUSES, URGE_STATUSES } from '../../../../domain/supervision/labels';
import { problemText } from '../../shared/api/client';
import { useSession } from '../../shared/auth/useSession';
import { zhDateTime } from '../../shared/ui/case-tags';
import { useDialogSubmit } from '../../shared/ui/useDialogSubmit';
import {
  type AuditPage,
  type FindingPage,
  type FindingRow,
  type OutboxPage,
  type RatingPage,
  type RectificationPage,
  type Situation,
  type UrgePage,
  type ViolationPage,
  sendJson,
  useDepartmentName,
  useDepartments,
  useList,
  useSituations,
} from './api';
import { RectificationDrawer } from './RectificationDrawer';
import { RectificationTable } from './RectificationTable';
import { Deadline, FindingStatusTag, LEVEL_COLOURS, UrgeStatusTag } from './ui';
import { PAGE_SIZE, serverPaging } from '../../shared/ui/paging';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export default function SupervisorConsole() {
  const { tab = 'ledger' } = useParams();
  const navigate = useNavigate();
  const role = useSession()?.user.role;
  const auditAllowed = role === 'SUPERVISOR' || role === 'CENTRE_MANAGER';
  const [rect, setRect] = useState<string>();
  const items = [
    { key: 'ledger', label: '问题台账', children: <Ledger openRect={setRect} /> },
    { key: 'rectifications', label: '整改清单', children: <Rectifications openRect={setRect} /> },
    { key: 'urges', label: '督办', children: <Urges /> },
    { key: 'ratings', label: '好差评', children: <Ratings openRect={setRect} /> },
    { key: 'lists', label: '负面行为清单', children: <NegativeLists /> },
    ...(auditAllowed ? [{ key: 'violations', label: '违反受审分离', children: <Violations /> }, { key: 'audit', label: '审计日志', children: <Audit /> }] : []),
    { key: 'outbox', label: '通知死信', children: <DeadLetters /> },
  ];
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        督查督办
      </Typography.Title>
      <Tabs activeKey={tab} onChange={(k) => navigate(`/supervision/${k}`)} items={items} destroyOnHidden />
      {rect && <RectificationDrawer id={rect} side="OVERSIGHT" onClose={() => setRect(undefined)} />}
    </div>
  );
}

// ───────────── 问题台账 ─────────────

function Ledger({ openRect }: { openRect(id: string): void }) {
  const [source, setSource] = useState<string>('');
  const [status, setStatus] = useState<string>('');
  const [q, setQ] = useState<{ departmentCode?: string; caseNo?: string }>({});
  const [page, setPage] = useState(1);
  const list = useList<FindingPage>('findings', '/api/v1/findings', { source, status, ...q, page, pageSize: PAGE_SIZE });
  const [deciding, setDeciding] = useState<{ f: FindingRow; kind: 'confirm' | 'dismiss' }>();
  const [patrol, setPatrol] = useState(false);
  const departments = useDepartments();
  const deptName = useDepartmentName();
  return (
    <>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Radio.Group
          data-testid="source-filter"
          optionType="button"
          value={source}
          onChange={(e) => { setSource(e.target.value as string); setPage(1); }}
          options={[{ value: '', label: '全部来源' }, ...options(FINDING_SOURCES)]}
        />
        <Select style={{ width: 170 }} value={status} onChange={(v) => { setStatus(v); setPage(1); }} options={[{ value: '', label: '全部状态' }, ...options(FINDING_STATUSES)]} aria-label="问题状态" />
        <Select allowClear showSearch optionFilterProp="label" placeholder="部门" style={{ width: 200 }} onChange={(v) => { setQ((x) => ({ ...x, departmentCode: v })); setPage(1); }} options={departments.data?.map((d) => ({ value: d.code, label: d.shortName || d.name }))} />
        <Input.Search allowClear placeholder="办件编号" style={{ width: 220 }} onSearch={(v) => { setQ((x) => ({ ...x, caseNo: v.trim() || undefined })); setPage(1); }} />
        <Button type="primary" onClick={() => setPatrol(true)}>录入巡查问题</Button>
        {list.isFetching && <Badge status="processing" text="刷新中" />}
      </Space>
      {list.error && <Alert type="error" showIcon message={problemText(list.error)} />}
      <Table
        size="small"
        rowKey="id"
        data-testid="ledger"
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={serverPaging(page, setPage, list.data?.total)}
        expandable={{ expandedRowRender: (f) => <FindingDetail f={f} /> }}
        columns={[
          { title: '编号', dataIndex: 'id', width: 70 },
          { title: '来源', width: 120, render: (_, f) => <Tag>{f.sourceName}</Tag> },
          { title: '类别', dataIndex: 'kindName', width: 100 },
          { title: '问题', dataIndex: 'summary', ellipsis: true },
          { title: '部门', width: 150, render: (_, f) => deptName(f.departmentCode) },
          { title: '发生时间', width: 160, render: (_, f) => zhDateTime(f.occurredAt) },
          { title: '状态', width: 130, render: (_, f) => <FindingStatusTag status={f.status} name={f.statusName} /> },
          {
            title: '处理',
            width: 190,
            render: (_, f) =>
              f.rectificationId ? (
                <Button size="small" type="link" onClick={() => openRect(f.rectificationId!)}>整改 {f.rectificationId}</Button>
              ) : f.status === 'NEW' ? (
                <Space size={4}>
                  <Button size="small" type="primary" onClick={() => setDeciding({ f, kind: 'confirm' })}>确认转整改</Button>
                  <Button size="small" onClick={() => setDeciding({ f, kind: 'dismiss' })}>不属实</Button>
                </Space>
              ) : (
                '—'
              ),
          },
        ]}
      />
      {deciding && <DecideFinding {...deciding} onClose={() => setDeciding(undefined)} />}
      {patrol && <PatrolForm onClose={() => setPatrol(false)} />}
    </>
  );
}

function FindingDetail({ f }: { f: FindingRow }) {
  return (
    <Descriptions size="small" column={3} bordered>
      <Descriptions.Item label="证据与内容" span={3}><span style={{ whiteSpace: 'pre-wrap' }}>{f.evidence || '—'}</span></Descriptions.Item>
      <Descriptions.Item label="外部编号">{f.externalRef ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="办件">{f.caseNo ? <Link to={`/cases/${f.caseNo}`}>{f.caseNo}</Link> : '—'}</Descriptions.Item>
      <Descriptions.Item label="负面情形">{f.situationCode ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="窗口/人员">{[f.windowNo, f.staffName].filter(Boolean).join(' · ') || '—'}</Descriptions.Item>
      <Descriptions.Item label="投诉人">{[f.complainantName, f.complainantPhone].filter(Boolean).join(' ') || '—'}</Descriptions.Item>
      <Descriptions.Item label="登记">{f.recordedBy} · {zhDateTime(f.recordedAt)}</Descriptions.Item>
      {f.decidedBy && <Descriptions.Item label="处理意见" span={3}>{f.decidedBy} · {zhDateTime(f.decidedAt)}：{f.decisionNote}</Descriptions.Item>}
    </Descriptions>
  );
}

const situationOptions = (items?: Situation[]) => items?.map((s) => ({ value: s.code, label: `${s.groupName} · ${s.title}（${s.rectifyDays}个工作日）` }));

function DecideFinding({ f, kind, onClose }: { f: FindingRow; kind: 'confirm' | 'dismiss'; onClose(): void }) {
  const departments = useDepartments();
  const situations = useSituations();
  const [form] = Form.useForm();
  const { busy, error, run } = useDialogSubmit(['findings', 'rectifications'], onClose);
  const submit = async () => {
    const v = (await form.validateFields()) as { note: string; departmentCode?: string; situationCode?: string; deadlineDays?: number };
    const body = kind === 'dismiss' ? { note: v.note } : { note: v.note, ...(v.departmentCode ? { departmentCode: v.departmentCode } : {}), ...(v.situationCode ? { situationCode: v.situationCode } : {}), ...(v.deadlineDays ? { deadlineDays: v.deadlineDays } : {}) };
    await run(
      () => sendJson<FindingRow>(`/api/v1/findings/${f.id}/${kind}`, body),
      (out) => (kind === 'confirm' ? `已转整改 ${out.rectificationId}` : '已认定不属实'),
    );
  };
  return (
    <Modal open title={kind === 'confirm' ? `确认问题 #${f.id} 并转整改` : `认定问题 #${f.id} 不属实`} okText="确定" cancelText="取消" confirmLoading={busy} onOk={submit} onCancel={onClose}>
      <Typography.Paragraph type="secondary">{f.summary}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ departmentCode: f.departmentCode ?? undefined, situationCode: f.situationCode ?? undefined }}>
        {kind === 'confirm' && (
          <>
            <Form.Item name="departmentCode" label="责任部门" rules={[{ required: true, message: '请选择责任部门' }]}>
              <Select showSearch optionFilterProp="label" options={departments.data?.map((d) => ({ value: d.code, label: d.name }))} />
            </Form.Item>
            <Form.Item name="situationCode" label="对应负面情形">
              <Select allowClear showSearch optionFilterProp="label" options={situationOptions(situations.data?.items)} />
            </Form.Item>
            <Form.Item name="deadlineDays" label="整改时限（工作日；不填按负面情形规定，未对应情形为10个）">
              <InputNumber min={1} max={60} style={{ width: 160 }} />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={kind === 'confirm' ? '核实意见' : '不属实说明'} rules={[{ required: true, whitespace: true, message: '请填写意见' }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="dialog-error" />}
    </Modal>
  );
}

function PatrolForm({ onClose }: { onClose(): void }) {
  const departments = useDepartments();
  const situations = useSituations();
  const [form] = Form.useForm();
  const { busy, error, run } = useDialogSubmit(['findings'], onClose);
  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, string | undefined>;
    const body = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined && x !== ''));
    await run(() => sendJson('/api/v1/findings', body), () => '巡查问题已登记');
  };
  return (
    <Modal open width={640} title="录入日常巡查问题" okText="登记" cancelText="取消" confirmLoading={busy} onOk={submit} onCancel={onClose}>
      <Form form={form} layout="vertical">
        <Form.Item name="summary" label="问题概述" rules={[{ required: true, whitespace: true, message: '请填写问题概述' }, { max: 200 }]}>
          <Input />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="departmentCode" label="涉及部门">
              <Select allowClear showSearch optionFilterProp="label" options={departments.data?.map((d) => ({ value: d.code, label: d.name }))} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="situationCode" label="对应负面情形">
              <Select allowClear showSearch optionFilterProp="label" options={situationOptions(situations.data?.items)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="windowNo" label="窗口号"><Input /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="staffName" label="工作人员"><Input /></Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="caseNo" label="办件编号" rules={[{ pattern: /^\d{20}$/, message: '办件编号为20位数字' }]}><Input /></Form.Item>
          </Col>
        </Row>
        <Form.Item name="evidence" label="巡查记录与证据"><Input.TextArea rows={4} /></Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="dialog-error" />}
    </Modal>
  );
}

// ───────────── 整改清单 ─────────────

function Rectifications({ openRect }: { openRect(id: string): void }) {
  const [f, setF] = useState<{ status?: string; open?: string; overdue?: string; warning?: string; escalated?: string; departmentCode?: string }>({ open: 'true' });
  const [page, setPage] = useState(1);
  const list = useList<RectificationPage>('rectifications', '/api/v1/rectifications', { ...f, page, pageSize: PAGE_SIZE });
  const departments = useDepartments();
  const set = (patch: typeof f) => { setF((x) => ({ ...x, ...patch })); setPage(1); };
  return (
    <>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Radio.Group
          optionType="button"
          value={f.overdue ? 'overdue' : f.warning ? 'warning' : f.escalated ? 'escalated' : f.open === 'true' ? 'open' : 'all'}
          onChange={(e) => {
            const v = e.target.value as string;
            set({ open: v === 'all' ? undefined : 'true', overdue: v === 'overdue' ? 'true' : undefined, warning: v === 'warning' ? 'true' : undefined, escalated: v === 'escalated' ? 'true' : undefined });
          }}
          options={[{ value: 'open', label: '未销号' }, { value: 'warning', label: '临期预警' }, { value: 'overdue', label: '已逾期' }, { value: 'escalated', label: '已升级' }, { value: 'all', label: '全部' }]}
        />
        <Select allowClear placeholder="状态" style={{ width: 170 }} value={f.status} onChange={(v) => set({ status: v })} options={options(RECTIFICATION_STATUSES)} />
        <Select allowClear showSearch optionFilterProp="label" placeholder="责任部门" style={{ width: 200 }} onChange={(v) => set({ departmentCode: v })} options={departments.data?.map((d) => ({ value: d.code, label: d.shortName || d.name }))} />
        {list.isFetching && <Badge status="processing" text="刷新中" />}
      </Space>
      <RectificationTable data={list.data} loading={list.isLoading} page={page} setPage={setPage} openRect={openRect} />
    </>
  );
}

// ───────────── 督办 ─────────────

function Urges() {
  const [status, setStatus] = useState<string>();
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const role = useSession()?.user.role;
  const list = useList<UrgePage>('urges', '/api/v1/urges', { status, page, pageSize: PAGE_SIZE });
  const deptName = useDepartmentName();
  return (
    <>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Radio.Group optionType="button" value={status ?? ''} onChange={(e) => { setStatus((e.target.value as string) || undefined); setPage(1); }} options={[{ value: '', label: '全部' }, ...options(URGE_STATUSES)]} />
        {(role === 'SUPERVISOR' || role === 'CENTRE_MANAGER') && <Button type="primary" onClick={() => setCreating(true)}>发起督办</Button>}
      </Space>
      <Table
        size="small"
        rowKey="id"
        data-testid="urges"
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={serverPaging(page, setPage, list.data?.total, '件')}
        expandable={{
          expandedRowRender: (u) => (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label="督办编号">{u.id}</Descriptions.Item>
              <Descriptions.Item label="督办事项">{u.note}（{u.urgedBy} · {zhDateTime(u.urgedAt)}）</Descriptions.Item>
              <Descriptions.Item label="回复">{u.answer ? `${u.answer}（${u.answeredBy} · ${zhDateTime(u.answeredAt)}）` : '尚未回复'}</Descriptions.Item>
              {u.findingId && <Descriptions.Item label="问题台账">逾期未回复，已记入问题 #{u.findingId}</Descriptions.Item>}
            </Descriptions>
          ),
        }}
        columns={[
          { title: '办件', width: 190, render: (_, u) => <Link to={`/cases/${u.caseNo}`}>{u.caseNo}</Link> },
          { title: '部门', width: 120, render: (_, u) => deptName(u.departmentCode) },
          { title: '督办事项', dataIndex: 'note', ellipsis: true },
          { title: '督办人', dataIndex: 'urgedBy', width: 130, ellipsis: true },
          { title: '回复期限', width: 230, render: (_, u) => <>{u.replyDays}个工作日 · <Deadline dueDate={u.dueDate} overdue={u.status === 'ESCALATED'} done={u.status === 'ANSWERED'} /></> },
          { title: '状态', width: 160, render: (_, u) => <UrgeStatusTag status={u.status} /> },
          { title: '回复', dataIndex: 'answer', ellipsis: true, render: (v: string | null) => <span data-testid="urge-answer">{v ?? '—'}</span> },
        ]}
      />
      {creating && <UrgeForm onClose={() => setCreating(false)} />}
    </>
  );
}

function UrgeForm({ onClose }: { onClose(): void }) {
  const [form] = Form.useForm();
  const { busy, error, run } = useDialogSubmit(['urges'], onClose);
  const submit = async () => {
    const v = (await form.validateFields()) as { caseNo: string; note: string; replyDays?: number };
    await run(() => sendJson(`/api/v1/cases/${v.caseNo}/urge`, { note: v.note, ...(v.replyDays ? { replyDays: v.replyDays } : {}) }), () => '已督办，部门须在期限内回复');
  };
  return (
    <Modal open title="发起督办" okText="督办" cancelText="取消" confirmLoading={busy} onOk={submit} onCancel={onClose}>
      <Form form={form} layout="vertical">
        <Form.Item name="caseNo" label="办件编号" rules={[{ required: true, pattern: /^\d{20}$/, message: '办件编号为20位数字' }]}><Input /></Form.Item>
        <Form.Item name="note" label="督办事项" rules={[{ required: true, whitespace: true, message: '请填写督办事项' }]}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="replyDays" label="回复时限（工作日，不填为3个）"><InputNumber min={1} max={30} /></Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="dialog-error" />}
    </Modal>
  );
}

// ───────────── 好差评 ─────────────

function Ratings({ openRect }: { openRect(id: string): void }) {
  const [bad, setBad] = useState<string>();
  const [page, setPage] = useState(1);
  const list = useList<RatingPage>('ratings', '/api/v1/ratings', { bad, page, pageSize: PAGE_SIZE });
  const stats = useList<{ groups: { key: string; label: string; rated: number; bad: number; satisfactionRate: number | null }[] }>('rating-stats', '/api/v1/ratings/statistics', { groupBy: 'department' }, 30_000);
  const total = (stats.data?.groups ?? []).reduce((n, g) => n + g.rated, 0);
  const deptName = useDepartmentName();
  return (
    <>
      <Space wrap style={{ marginBottom: 12, display: 'flex' }}>
        <Card size="small"><Statistic title="已评价（计入统计）" value={total} /></Card>
        {(stats.data?.groups ?? []).slice(0, 5).map((g) => (
          <Card size="small" key={g.key}><Statistic title={`${g.label} 满意率`} value={g.satisfactionRate === null ? '—' : `${(g.satisfactionRate * 100).toFixed(1)}%`} /></Card>
        ))}
      </Space>
      <Radio.Group style={{ marginBottom: 12 }} optionType="button" value={bad ?? ''} onChange={(e) => { setBad((e.target.value as string) || undefined); setPage(1); }} options={[{ value: '', label: '全部' }, { value: 'true', label: '差评' }, { value: 'false', label: '满意' }]} />
      <Table
        size="small"
        rowKey="id"
        data-testid="ratings"
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={serverPaging(page, setPage, list.data?.total)}
        columns={[
          { title: '办件', width: 190, render: (_, r) => <Link to={`/cases/${r.caseNo}`}>{r.caseNo}</Link> },
          { title: '部门', width: 120, render: (_, r) => deptName(r.departmentCode) },
          { title: '窗口/经办', width: 140, render: (_, r) => [r.windowNo, r.clerkName].filter(Boolean).join(' · ') || '—' },
          { title: '评价', width: 110, render: (_, r) => <Tag color={LEVEL_COLOURS[r.level]}>{r.levelName}</Tag> },
          { title: '总体/效率/服务/态度', width: 150, render: (_, r) => `${r.overall} / ${r.efficiency} / ${r.serviceLevel} / ${r.attitude}` },
          { title: '文字评价', dataIndex: 'comment', ellipsis: true },
          { title: '时间', width: 150, render: (_, r) => zhDateTime(r.ratedAt) },
          { title: '核实整改', width: 170, render: (_, r) => (r.findingId ? <Button size="small" type="link" onClick={() => openRect(`ZG-${r.findingId}`)}>整改 ZG-{r.findingId}</Button> : '—') },
          { title: '', width: 110, render: (_, r) => (r.excluded ? <Tag title={r.excludedReason ?? ''}>申诉成立不计</Tag> : null) },
        ]}
      />
      <Typography.Text type="secondary">评价等级：{Object.entries(RATING_LEVELS).reverse().map(([k, v]) => `${k} ${v}`).join('，')}。差评由平台自动立项：1个工作日内回访核实，15个工作日内整改并告知申请人。</Typography.Text>
    </>
  );
}

// ───────────── 负面行为清单 ─────────────

function NegativeLists() {
  const role = useSession()?.user.role;
  const canEdit = role === 'CENTRE_MANAGER';
  const list = useSituations(canEdit);
  const [editing, setEditing] = useState<Situation>();
  const groups = list.data?.groups ?? {};
  return (
    <>
      <Typography.Paragraph type="secondary">
        两类清单共 {list.data?.items.filter((s) => s.active).length ?? '—'} 项负面情形；确认问题转整改时，未另定时限的按情形规定的工作日计算整改期限。{canEdit ? '中心管理人员可修改，每次修改保留历史版本。' : ''}
      </Typography.Paragraph>
      {Object.entries(groups).map(([code, name]) => (
        <Card key={code} size="small" title={`${name}负面行为清单`} style={{ marginBottom: 12 }} data-testid={`list-${code}`}>
          <Table
            size="small"
            rowKey="code"
            pagination={false}
            dataSource={list.data?.items.filter((s) => s.group === code)}
            columns={[
              { title: '编码', dataIndex: 'code', width: 250 },
              { title: '情形', dataIndex: 'title', width: 170, render: (v: string, s) => <>{v}{!s.active && <Tag>已停用</Tag>}</> },
              { title: '说明', dataIndex: 'description', ellipsis: true },
              { title: '依据', dataIndex: 'basis', ellipsis: true },
              { title: '整改时限', width: 100, render: (_, s) => `${s.rectifyDays}个工作日` },
              { title: '版本', width: 70, render: (_, s) => `v${s.version}` },
              ...(canEdit ? [{ title: '', width: 70, render: (_: unknown, s: Situation) => <Button size="small" type="link" onClick={() => setEditing(s)}>修改</Button> }] : []),
            ]}
          />
        </Card>
      ))}
      {editing && <SituationForm s={editing} groups={groups} onClose={() => setEditing(undefined)} />}
    </>
  );
}

function SituationForm({ s, groups, onClose }: { s: Situation; groups: Record<string, string>; onClose(): void }) {
  const [form] = Form.useForm();
  const { busy, error, run } = useDialogSubmit(['negative-situations'], onClose);
  const submit = async () => {
    const v = (await form.validateFields()) as Record<string, unknown>;
    await run(() => sendJson(`/api/v1/negative-situations/${s.code}`, v, 'PUT'), () => '已保存为新版本');
  };
  return (
    <Modal open width={680} title={`修改负面情形 ${s.code}（当前 v${s.version}）`} okText="保存" cancelText="取消" confirmLoading={busy} onOk={submit} onCancel={onClose}>
      <Form form={form} layout="vertical" initialValues={{ group: s.group, title: s.title, description: s.description, basis: s.basis, rectifyDays: s.rectifyDays, active: s.active, changeNote: '' }}>
        <Form.Item name="group" label="清单"><Select options={options(groups)} /></Form.Item>
        <Form.Item name="title" label="情形" rules={[{ required: true, whitespace: true }]}><Input /></Form.Item>
        <Form.Item name="description" label="说明" rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={3} /></Form.Item>
        <Form.Item name="basis" label="依据" rules={[{ required: true, whitespace: true }]}><Input.TextArea rows={2} /></Form.Item>
        <Space size="large">
          <Form.Item name="rectifyDays" label="整改时限（工作日）" rules={[{ required: true }]}><InputNumber min={1} max={60} /></Form.Item>
          <Form.Item name="active" label="启用" valuePropName="checked"><Switch /></Form.Item>
        </Space>
        <Form.Item name="changeNote" label="修改原因" rules={[{ required: true, whitespace: true, message: '请填写修改原因' }]}><Input /></Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} data-testid="dialog-error" />}
    </Modal>
  );
}

// ───────────── 违反受审分离, 审计日志 ─────────────

const VIOLATION_NAMES: Record<string, string> = {
  DEPARTMENT_CREATED_CASE: '部门自行收件',
  DEPARTMENT_ACCEPTED_CASE: '部门自行受理',
  DEPARTMENT_HANDED_OUT_RESULT: '部门自行出件',
  DEPARTMENT_TOOK_FRONT_DESK_ACTION: '部门越权办理窗口事项',
};

function Violations() {
  const [page, setPage] = useState(1);
  const list = useList<ViolationPage>('violations', '/api/v1/violations', { page, pageSize: PAGE_SIZE });
  const deptName = useDepartmentName();
  return (
    <Table
      size="small"
      rowKey="id"
      data-testid="violations"
      loading={list.isLoading}
      dataSource={list.data?.items}
      pagination={serverPaging(page, setPage, list.data?.total)}
      columns={[
        { title: '时间', width: 160, render: (_, v) => zhDateTime(v.at) },
        { title: '类别', width: 170, render: (_, v) => <Tag color="red">{VIOLATION_NAMES[v.kind] ?? v.kind}</Tag> },
        { title: '账号', dataIndex: 'username', width: 160 },
        { title: '部门', width: 120, render: (_, v) => deptName(v.departmentCode) },
        { title: '办件', dataIndex: 'caseNo', width: 190 },
        { title: '详情', dataIndex: 'detail', ellipsis: true },
      ]}
    />
  );
}

function Audit() {
  const [q, setQ] = useState<{ username?: string; caseNo?: string; action?: string; outcome?: string }>({});
  const [page, setPage] = useState(1);
  const list = useList<AuditPage>('audit', '/api/v1/audit', { ...q, page, pageSize: PAGE_SIZE }, false);
  const [form] = Form.useForm();
  return (
    <>
      <Form form={form} layout="inline" style={{ marginBottom: 12 }} onFinish={(v: typeof q) => { setQ(Object.fromEntries(Object.entries(v).filter(([, x]) => x)) as typeof q); setPage(1); }}>
        <Form.Item name="username"><Input placeholder="账号" allowClear /></Form.Item>
        <Form.Item name="caseNo"><Input placeholder="办件编号" allowClear /></Form.Item>
        <Form.Item name="action"><Input placeholder="操作（如 rectification.*）" allowClear /></Form.Item>
        <Form.Item name="outcome"><Select allowClear placeholder="结果" style={{ width: 110 }} options={[{ value: 'OK', label: '成功' }, { value: 'REFUSED', label: '拒绝' }, { value: 'ERROR', label: '错误' }]} /></Form.Item>
        <Button htmlType="submit" type="primary">查询</Button>
      </Form>
      <Table
        size="small"
        rowKey="id"
        data-testid="audit"
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={serverPaging(page, setPage, list.data?.total)}
        columns={[
          { title: '时间', width: 160, render: (_, a) => zhDateTime(a.at) },
          { title: '账号', dataIndex: 'username', width: 150 },
          { title: '角色', dataIndex: 'role', width: 150 },
          { title: '操作', dataIndex: 'action', width: 200 },
          { title: '结果', width: 90, render: (_, a) => <Tag color={a.outcome === 'OK' ? 'green' : a.outcome === 'REFUSED' ? 'orange' : 'red'}>{a.outcome === 'OK' ? '成功' : a.outcome === 'REFUSED' ? '拒绝' : '错误'} {a.status}</Tag> },
          { title: '办件', dataIndex: 'caseNo', width: 190 },
          { title: '详情', dataIndex: 'detail', ellipsis: true },
        ]}
      />
    </>
  );
}

// ───────────── 通知死信 ─────────────

function DeadLetters() {
  const [page, setPage] = useState(1);
  const role = useSession()?.user.role;
  const list = useList<OutboxPage>('dead-letters', '/api/v1/outbox/dead-letters', { page, pageSize: PAGE_SIZE });
  const qc = useQueryClient();
  const { message } = App.useApp();
  const retry = async (id: string) => {
    try {
      await sendJson(`/api/v1/outbox/${id}/retry`, {});
      message.success('已重新排队发送');
      void qc.invalidateQueries({ queryKey: ['dead-letters'] });
    } catch (e) {
      message.error(problemText(e));
    }
  };
  return (
    <>
      <Typography.Paragraph type="secondary">多次重试仍未送达的短信和邮件。{role === 'CENTRE_MANAGER' ? '排除原因（号码、地址、网关故障）后可重新发送。' : '由中心管理人员排除原因后重新发送。'}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        data-testid="dead-letters"
        loading={list.isLoading}
        dataSource={list.data?.items}
        locale={{ emptyText: '没有发送失败的通知' }}
        pagination={serverPaging(page, setPage, list.data?.total)}
        columns={[
          { title: '生成时间', width: 160, render: (_, m) => zhDateTime(m.createdAt) },
          { title: '类别', dataIndex: 'kind', width: 170 },
          { title: '渠道', width: 90, render: (_, m) => (m.channel === 'SMS' ? '短信' : '电子邮件') },
          { title: '收件人', dataIndex: 'recipient', width: 150 },
          { title: '内容', dataIndex: 'subject', ellipsis: true },
          { title: '尝试', dataIndex: 'attempts', width: 60 },
          { title: '最后错误', dataIndex: 'lastError', ellipsis: true },
          ...(role === 'CENTRE_MANAGER' ? [{ title: '', width: 90, render: (_: unknown, m: { id: string }) => <Button size="small" onClick={() => retry(m.id)}>重新发送</Button> }] : []),
        ]}
      />
    </>
  );
}
