/**
 * The window's two queues: online submissions waiting for pre-review (with their age) and
 * corrections awaited; decided cases waiting to be handed out (出件), with tolerance holds
 * explained, and posted results waiting for delivery confirmation.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Drawer, Input, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { DELIVERY_METHOD_NAMES, DECISION_NAMES } from '../../../../domain/case/names';
import { problemText } from '../../shared/api/client';
import type { CaseRow } from '../../shared/api/types';
import { StatusTag, zhDateTime } from '../../shared/ui/case-tags';
import { caseAction, submittedMaterialsOf, useCase, useCaseEvents, useCaseList, useItemGuide } from './api';
import { openNotice, reserveNoticeTab } from './notice';
import { type Outcome, PreReview } from './PreReview';
import { CaseDocuments } from '../../shared/documents/CaseDocuments';

const age = (iso: string) => {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60_000));
  if (minutes < 60) return `${minutes} 分钟`;
  if (minutes < 24 * 60) return `${Math.floor(minutes / 60)} 小时 ${minutes % 60} 分钟`;
  return `${Math.floor(minutes / 1440)} 天 ${Math.floor((minutes % 1440) / 60)} 小时`;
};

const caseLink = (r: CaseRow) => <Link to={`/cases/${r.caseNo}`}>{r.caseNo}</Link>;

export function OnlineQueue() {
  const waiting = useCaseList({ status: 'SUBMITTED', channel: 'ONLINE', sort: 'submittedAtAsc', pageSize: 50 });
  const corrections = useCaseList({ status: 'CORRECTION_REQUESTED', sort: 'submittedAtAsc', pageSize: 50 });
  const returned = useCaseList({ status: 'RETURNED', sort: 'dueDate', pageSize: 50 });
  const [resubmitting, setResubmitting] = useState<CaseRow>();
  const [note, setNote] = useState('');
  const [reviewing, setReviewing] = useState<string>();
  const [error, setError] = useState<string>();
  const { message } = App.useApp();
  const qc = useQueryClient();

  const supplied = async (r: CaseRow) => {
    try {
      await caseAction(r.caseNo, 'supply-correction', { materialCodes: [] });
      message.success(`${r.caseNo} 已收到补正材料，回到预审队列`);
      void qc.invalidateQueries({ queryKey: ['cases'] });
    } catch (e) {
      setError(problemText(e));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(undefined)} data-testid="action-error" />}
      <Card size="small" title={`网上申报待预审（${waiting.data?.total ?? 0}）`}>
        <Table
          size="small"
          rowKey="caseNo"
          loading={waiting.isLoading}
          dataSource={waiting.data?.items}
          pagination={false}
          columns={[
            { title: '办件编号', render: (_, r) => caseLink(r), width: 200 },
            { title: '事项', dataIndex: 'itemName', ellipsis: true },
            { title: '申请人', dataIndex: 'applicantName', ellipsis: true, width: 220 },
            { title: '提交时间', width: 170, render: (_, r) => zhDateTime(r.submittedAt) },
            { title: '已等待', width: 140, render: (_, r) => age(r.submittedAt) },
            { title: '', width: 80, render: (_, r) => <Button size="small" type="primary" onClick={() => setReviewing(r.caseNo)}>预审</Button> },
          ]}
        />
      </Card>
      <Card size="small" title={`待补正（${corrections.data?.total ?? 0}）`}>
        <Table
          size="small"
          rowKey="caseNo"
          dataSource={corrections.data?.items}
          pagination={false}
          columns={[
            { title: '办件编号', render: (_, r) => caseLink(r), width: 200 },
            { title: '事项', dataIndex: 'itemName', ellipsis: true },
            { title: '申请人', dataIndex: 'applicantName', ellipsis: true, width: 220 },
            { title: '', width: 220, render: (_, r) => <Space><Button size="small" onClick={() => openNotice(r.caseNo, 'correction')}>告知单</Button><Button size="small" onClick={() => void supplied(r)}>补正材料已收</Button></Space> },
          ]}
        />
      </Card>
      <Card size="small" title={`部门退件（${returned.data?.total ?? 0}）`}>
        <Table
          size="small"
          rowKey="caseNo"
          dataSource={returned.data?.items}
          pagination={false}
          columns={[
            { title: '办件编号', render: (_, r) => caseLink(r), width: 200 },
            { title: '事项', dataIndex: 'itemName', ellipsis: true },
            { title: '申请人', dataIndex: 'applicantName', ellipsis: true, width: 220 },
            { title: '', width: 120, render: (_, r) => <Button size="small" onClick={() => { setResubmitting(r); setNote(''); }}>重新提交</Button> },
          ]}
        />
      </Card>
      <Modal
        open={!!resubmitting}
        title={`重新提交 ${resubmitting?.caseNo ?? ''}`}
        okText="提交部门"
        cancelText="取消"
        okButtonProps={{ disabled: !note.trim() }}
        onCancel={() => setResubmitting(undefined)}
        onOk={async () => {
          try {
            await caseAction(resubmitting!.caseNo, 'resubmit', { note: note.trim() });
            message.success(`${resubmitting!.caseNo} 已重新提交部门`);
            setResubmitting(undefined);
            void qc.invalidateQueries({ queryKey: ['cases'] });
          } catch (e) {
            setError(problemText(e));
          }
        }}
      >
        <Typography.Paragraph>请说明已按退件意见处理的情况：</Typography.Paragraph>
        <Input.TextArea rows={3} value={note} onChange={(e) => setNote(e.target.value)} aria-label="处理说明" maxLength={1000} />
      </Modal>
      {reviewing && <OnlineReview caseNo={reviewing} onClose={() => setReviewing(undefined)} />}
    </Space>
  );
}

function OnlineReview({ caseNo, onClose }: { caseNo: string; onClose(): void }) {
  const view = useCase(caseNo);
  const guide = useItemGuide(view.data?.item.code);
  const events = useCaseEvents(caseNo);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const qc = useQueryClient();
  const decide = async (o: Outcome) => {
    const tab = reserveNoticeTab();
    setBusy(true);
    setError(undefined);
    try {
      if (o.kind === 'accept') await caseAction(caseNo, 'accept', { toleratedMaterials: o.tolerated });
      else if (o.kind === 'correction') await caseAction(caseNo, 'request-correction', { items: o.items, days: o.days });
      else await caseAction(caseNo, 'refuse', { reason: o.reason });
      tab.show(caseNo, o.kind === 'accept' ? 'acceptance' : o.kind === 'correction' ? 'correction' : 'refusal');
      void qc.invalidateQueries({ queryKey: ['cases'] });
      onClose();
    } catch (e) {
      tab.cancel();
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Drawer open width={860} title={`预审 ${caseNo}`} onClose={onClose}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="action-error" />}
      {view.data && guide.data && events.data && (
        <PreReview guide={guide.data} initialSubmitted={submittedMaterialsOf(events.data)} fixedApplicant={{ name: view.data.applicant.name }} busy={busy} onOutcome={(o) => void decide(o)} />
      )}
      {guide.data && <CaseDocuments caseNo={caseNo} materials={guide.data.materials} canUpload />}
    </Drawer>
  );
}

export function OutputQueue() {
  const decided = useCaseList({ status: 'DECIDED', sort: 'submittedAtAsc', pageSize: 50 });
  const posted = useCaseList({ status: 'IN_DELIVERY', sort: 'submittedAtAsc', pageSize: 50 });
  const [issuing, setIssuing] = useState<CaseRow>();
  const [supplying, setSupplying] = useState<string>();
  const [method, setMethod] = useState<'WINDOW_PICKUP' | 'POST' | 'ELECTRONIC'>('WINDOW_PICKUP');
  const [trackingNo, setTrackingNo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const { message } = App.useApp();
  const qc = useQueryClient();

  const act = async (caseNo: string, path: string, body: unknown, done: string) => {
    setBusy(true);
    setError(undefined);
    try {
      const view = await caseAction(caseNo, path, body);
      message.success(`${caseNo}：${done}，当前状态 ${view.status === 'COMPLETED' ? '已办结' : '送达中'}`);
      void qc.invalidateQueries({ queryKey: ['cases'] });
      setIssuing(undefined);
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(undefined)} data-testid="action-error" />}
      <Card size="small" title={`待出件（${decided.data?.total ?? 0}）`}>
        <Table
          size="small"
          rowKey="caseNo"
          loading={decided.isLoading}
          dataSource={decided.data?.items}
          pagination={false}
          columns={[
            { title: '办件编号', render: (_, r) => caseLink(r), width: 200 },
            { title: '事项', dataIndex: 'itemName', ellipsis: true },
            { title: '申请人', dataIndex: 'applicantName', ellipsis: true, width: 200 },
            { title: '状态', width: 200, render: (_, r) => <><StatusTag status={r.status} />{r.outputHeld && <Tag color="orange" title="容缺受理的材料尚未补齐：补齐前不予出件">容缺件未补齐，暂缓出件</Tag>}</> },
            {
              title: '',
              width: 170,
              render: (_, r) => (
                <Space>
                  {r.outputHeld && <Button size="small" onClick={() => setSupplying(r.caseNo)}>容缺补交</Button>}
                  <Button size="small" type="primary" disabled={r.outputHeld} onClick={() => { setIssuing(r); setMethod('WINDOW_PICKUP'); setTrackingNo(''); }}>出件</Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title={`邮寄送达中（${posted.data?.total ?? 0}）`}>
        <Table
          size="small"
          rowKey="caseNo"
          dataSource={posted.data?.items}
          pagination={false}
          columns={[
            { title: '办件编号', render: (_, r) => caseLink(r), width: 200 },
            { title: '事项', dataIndex: 'itemName', ellipsis: true },
            { title: '申请人', dataIndex: 'applicantName', ellipsis: true, width: 200 },
            { title: '', width: 100, render: (_, r) => <Button size="small" loading={busy} onClick={() => void act(r.caseNo, 'confirm-delivery', {}, '已确认送达')}>确认送达</Button> },
          ]}
        />
      </Card>
      <Modal
        open={!!issuing}
        title={`出件 ${issuing?.caseNo ?? ''}`}
        okText="确认出件"
        cancelText="取消"
        confirmLoading={busy}
        okButtonProps={{ disabled: method === 'POST' && !trackingNo.trim() }}
        onCancel={() => setIssuing(undefined)}
        onOk={() => issuing && void act(issuing.caseNo, 'issue-output', { method, ...(method === 'POST' ? { trackingNo: trackingNo.trim() } : {}) }, '已出件')}
      >
        {issuing && <OutputSummary caseNo={issuing.caseNo} />}
        <Typography.Paragraph>出件方式：</Typography.Paragraph>
        <Radio.Group value={method} onChange={(e) => setMethod(e.target.value)} options={(['WINDOW_PICKUP', 'POST', 'ELECTRONIC'] as const).map((m) => ({ value: m, label: DELIVERY_METHOD_NAMES[m] }))} />
        {method === 'POST' && <Input style={{ marginTop: 12 }} placeholder="邮件单号" aria-label="邮件单号" value={trackingNo} onChange={(e) => setTrackingNo(e.target.value)} />}
      </Modal>
      {supplying && <ToleratedSupply caseNo={supplying} onClose={() => setSupplying(undefined)} onError={setError} />}
    </Space>
  );
}

function OutputSummary({ caseNo }: { caseNo: string }) {
  const view = useCase(caseNo);
  if (!view.data) return null;
  return (
    <Typography.Paragraph>
      审批结果：<strong>{view.data.decision ? DECISION_NAMES[view.data.decision] : '—'}</strong>
      {view.data.decisionReason ? `（${view.data.decisionReason}）` : ''}
    </Typography.Paragraph>
  );
}

/** 容缺补交 The applicant brings a tolerated material: recorded here, the hold lifts when all are in. */
function ToleratedSupply({ caseNo, onClose, onError }: { caseNo: string; onClose(): void; onError(text: string): void }) {
  const view = useCase(caseNo);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const supply = async (code: string, name: string) => {
    try {
      await caseAction(caseNo, 'supply-tolerated-material', { materialCode: code });
      message.success(`已登记补交：${name}`);
      void qc.invalidateQueries({ queryKey: ['case', caseNo] });
      void qc.invalidateQueries({ queryKey: ['cases'] });
    } catch (e) {
      onError(problemText(e));
    }
  };
  return (
    <Modal open title={`容缺补交 ${caseNo}`} footer={null} onCancel={onClose}>
      <Typography.Paragraph>以下材料按容缺方式受理，补齐后方可出件：</Typography.Paragraph>
      {view.data?.missingToleratedMaterials.length === 0 && <Alert type="success" showIcon title="容缺材料已全部补齐，可以出件。" />}
      {view.data?.missingToleratedMaterials.map((m) => (
        <div key={m.code} style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
          <span>{m.name}（承诺 {m.promisedDate} 前补交）</span>
          <Button size="small" type="primary" onClick={() => void supply(m.code, m.name)}>已收到</Button>
        </div>
      ))}
    </Modal>
  );
}
