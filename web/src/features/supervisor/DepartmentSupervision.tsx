/**
 * 整改督办 The department's side of supervision (reviewers and leads): its rectifications (start,
 * submit the rectification report), the urges it must answer (answer them before the reply
 * deadline), and its service ratings (appeal a false bad rating, 申诉复核). Each tab is a URL
 * (/rectify/<tab>); the API limits every list to the signed-in department.
 */
import { Alert, Badge, Button, Input, Modal, Radio, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { zhDateTime } from '../../shared/ui/case-tags';
import { useDialogSubmit } from '../../shared/ui/useDialogSubmit';
import { type RatingPage, type RectificationPage, type UrgePage, type UrgeRow, sendJson, useList } from './api';
import { RectificationDrawer } from './RectificationDrawer';
import { RectificationTable } from './RectificationTable';
import { Deadline, LEVEL_COLOURS, UrgeStatusTag } from './ui';
import { PAGE_SIZE, serverPaging } from '../../shared/ui/paging';


export default function DepartmentSupervision() {
  const { tab = 'rectifications' } = useParams();
  const navigate = useNavigate();
  const [rect, setRect] = useState<string>();
  const owing = useList<UrgePage>('urges', '/api/v1/urges', { status: 'AWAITING_REPLY', pageSize: 1 });
  const openRects = useList<RectificationPage>('rectifications', '/api/v1/rectifications', { open: 'true', pageSize: 1 });
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        整改督办
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(`/rectify/${k}`)}
        destroyOnHidden
        items={[
          { key: 'rectifications', label: <Badge count={openRects.data?.total ?? 0} size="small" offset={[8, 0]}>整改清单</Badge>, children: <MyRectifications openRect={setRect} /> },
          { key: 'urges', label: <Badge count={owing.data?.total ?? 0} size="small" offset={[8, 0]}>督办待回复</Badge>, children: <MyUrges /> },
          { key: 'ratings', label: '好差评', children: <MyRatings openRect={setRect} /> },
        ]}
      />
      {rect && <RectificationDrawer id={rect} side="DEPARTMENT" onClose={() => setRect(undefined)} />}
    </div>
  );
}

function MyRectifications({ openRect }: { openRect(id: string): void }) {
  const [open, setOpen] = useState('true');
  const [page, setPage] = useState(1);
  const list = useList<RectificationPage>('rectifications', '/api/v1/rectifications', { open: open || undefined, page, pageSize: PAGE_SIZE });
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Radio.Group optionType="button" value={open} onChange={(e) => { setOpen(e.target.value as string); setPage(1); }} options={[{ value: 'true', label: '未销号' }, { value: '', label: '全部' }]} />
        <Typography.Text type="secondary">点击一行查看整改要求并提交整改报告；期限为工作日，逾期将升级至中心管理和政务监察投诉中心。</Typography.Text>
      </Space>
      <RectificationTable data={list.data} loading={list.isLoading} page={page} setPage={setPage} openRect={openRect} />
    </>
  );
}

function MyUrges() {
  const [status, setStatus] = useState('AWAITING_REPLY');
  const [page, setPage] = useState(1);
  const list = useList<UrgePage>('urges', '/api/v1/urges', { status: status || undefined, page, pageSize: PAGE_SIZE });
  const [answering, setAnswering] = useState<UrgeRow>();
  return (
    <>
      <Radio.Group style={{ marginBottom: 12 }} optionType="button" value={status} onChange={(e) => { setStatus(e.target.value as string); setPage(1); }} options={[{ value: 'AWAITING_REPLY', label: '待回复' }, { value: '', label: '全部' }]} />
      <Table
        size="small"
        rowKey="id"
        data-testid="my-urges"
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={serverPaging(page, setPage, list.data?.total, '件')}
        columns={[
          { title: '办件', width: 190, render: (_, u) => <Link to={`/cases/${u.caseNo}`}>{u.caseNo}</Link> },
          { title: '督办事项', dataIndex: 'note', ellipsis: true },
          { title: '督办人', width: 170, render: (_, u) => `${u.urgedBy} · ${zhDateTime(u.urgedAt).slice(0, 10)}` },
          { title: '回复期限', width: 210, render: (_, u) => <>{u.replyDays}个工作日 · <Deadline dueDate={u.dueDate} overdue={u.status === 'ESCALATED'} done={u.status === 'ANSWERED'} /></> },
          { title: '状态', width: 150, render: (_, u) => <UrgeStatusTag status={u.status} /> },
          { title: '回复', dataIndex: 'answer', ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: '', width: 80, render: (_, u) => (u.answer ? null : <Button size="small" type="primary" onClick={() => setAnswering(u)}>回复</Button>) },
        ]}
      />
      {answering && <AnswerUrge urge={answering} onClose={() => setAnswering(undefined)} />}
    </>
  );
}

function AnswerUrge({ urge, onClose }: { urge: UrgeRow; onClose(): void }) {
  const [text, setText] = useState('');
  const { busy, error, run } = useDialogSubmit(['urges'], onClose);
  const submit = async () => {
    await run(() => sendJson(`/api/v1/urges/${urge.id}/answer`, { answer: text.trim() }), () => '督办已回复');
  };
  return (
    <Modal open title={`回复督办 ${urge.id}`} okText="回复" cancelText="取消" confirmLoading={busy} onOk={submit} onCancel={onClose}>
      <Alert type="warning" style={{ marginBottom: 12 }} message={`督办事项：${urge.note}`} description={<>回复期限：<Deadline dueDate={urge.dueDate} /></>} />
      <label>
        回复内容
        <Input.TextArea rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-label="回复内容" />
      </label>
      {error && <Alert style={{ marginTop: 12 }} type="error" showIcon message={error} data-testid="dialog-error" />}
    </Modal>
  );
}

function MyRatings({ openRect }: { openRect(id: string): void }) {
  const [page, setPage] = useState(1);
  const list = useList<RatingPage>('ratings', '/api/v1/ratings', { page, pageSize: PAGE_SIZE });
  return (
    <>
      <Typography.Paragraph type="secondary">差评自动立项整改：1个工作日内回访核实，15个工作日内整改。认为差评不实的，可在整改中“申诉复核”。</Typography.Paragraph>
      <Table
        size="small"
        rowKey="id"
        data-testid="my-ratings"
        loading={list.isLoading}
        dataSource={list.data?.items}
        pagination={serverPaging(page, setPage, list.data?.total)}
        columns={[
          { title: '办件', width: 190, render: (_, r) => <Link to={`/cases/${r.caseNo}`}>{r.caseNo}</Link> },
          { title: '评价', width: 110, render: (_, r) => <Tag color={LEVEL_COLOURS[r.level]}>{r.levelName}</Tag> },
          { title: '总体/效率/服务/态度', width: 150, render: (_, r) => `${r.overall} / ${r.efficiency} / ${r.serviceLevel} / ${r.attitude}` },
          { title: '文字评价', dataIndex: 'comment', ellipsis: true },
          { title: '时间', width: 160, render: (_, r) => zhDateTime(r.ratedAt) },
          { title: '', width: 180, render: (_, r) => (r.excluded ? <Tag>申诉成立不计</Tag> : r.findingId ? <Button size="small" onClick={() => openRect(`ZG-${r.findingId}`)}>核实整改 / 申诉</Button> : null) },
        ]}
      />
    </>
  );
}
