/**
 * 受理 The window's intake: find the item (name, code, department, zone, tolerance, special
 * procedure), read its guide, pre-review the materials, and record one of the three outcomes,
 * then print its notice.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Result, Row, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemText } from '../../shared/api/client';
import type { CaseView } from '../../shared/api/types';
import { StatusTag } from '../../shared/ui/case-tags';
import { type ItemFilter, caseAction, createCase, useDepartments, useItemGuide, useItems, useZones } from './api';
import { ItemGuideView } from './ItemGuideView';
import { type ApplicantInput, type Outcome, PreReview } from './PreReview';
import { openNotice, reserveNoticeTab } from './notice';

const SPECIAL = [
  { value: 'SITE_SURVEY', label: '现场踏勘' },
  { value: 'INSPECTION', label: '核查检查' },
  { value: 'TESTING', label: '检验鉴定' },
  { value: 'HEARING', label: '听证论证' },
  { value: 'EXPERT_REVIEW', label: '专家评审' },
];

export function IntakePanel() {
  const [filter, setFilter] = useState<ItemFilter>({ page: 1 });
  const [itemCode, setItemCode] = useState<string>();
  const [done, setDone] = useState<{ view: CaseView; queryCode: string; outcome: Outcome['kind'] }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [round, setRound] = useState(0);
  const items = useItems(filter);
  const departments = useDepartments();
  const zones = useZones();
  const guide = useItemGuide(itemCode);
  const { message } = App.useApp();
  const qc = useQueryClient();

  const record = async (outcome: Outcome, submitted: string[], a: ApplicantInput | undefined) => {
    if (!guide.data || !a) return;
    const tab = reserveNoticeTab();
    setBusy(true);
    setError(undefined);
    try {
      const applicant = { name: a.name.trim(), ...(a.idNo ? { idNo: a.idNo.trim() } : {}), ...(a.phone ? { phone: a.phone.trim() } : {}) };
      let created: { case: CaseView; queryCode: string };
      if (outcome.kind === 'accept') {
        created = await createCase({ itemCode: guide.data.code, applicant, submittedMaterials: submitted, accept: true, toleratedMaterials: outcome.tolerated });
      } else {
        created = await createCase({ itemCode: guide.data.code, applicant, submittedMaterials: submitted, accept: false });
        const view =
          outcome.kind === 'correction'
            ? await caseAction(created.case.caseNo, 'request-correction', { items: outcome.items, days: outcome.days })
            : await caseAction(created.case.caseNo, 'refuse', { reason: outcome.reason });
        created = { ...created, case: view };
      }
      setDone({ view: created.case, queryCode: created.queryCode, outcome: outcome.kind });
      void qc.invalidateQueries({ queryKey: ['cases'] });
      message.success(`已登记办件 ${created.case.caseNo}`);
      tab.show(created.case.caseNo, outcome.kind === 'accept' ? 'acceptance' : outcome.kind === 'correction' ? 'correction' : 'refusal');
    } catch (e) {
      tab.cancel();
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    const notice = done.outcome === 'accept' ? { kind: 'acceptance', label: '打印受理通知书' } : done.outcome === 'correction' ? { kind: 'correction', label: '打印一次性告知单' } : { kind: 'refusal', label: '打印不予受理通知书' };
    return (
      <Card>
        <Result
          status={done.outcome === 'accept' ? 'success' : 'info'}
          title={done.outcome === 'accept' ? '已受理' : done.outcome === 'correction' ? '已一次性告知' : '已不予受理'}
          subTitle={
            <Space direction="vertical">
              <span data-testid="new-case-no">办件编号：{done.view.caseNo}</span>
              <span>查询码（仅显示一次，请告知申请人）：<Typography.Text code data-testid="query-code">{done.queryCode}</Typography.Text></span>
              <span>状态：<StatusTag status={done.view.status} />{done.view.dueDate ? ` 承诺办结日期：${done.view.dueDate}` : ''}</span>
            </Space>
          }
          extra={[
            <Button key="print" type="primary" onClick={() => openNotice(done.view.caseNo, notice.kind)}>
              {notice.label}
            </Button>,
            <Link key="file" to={`/cases/${done.view.caseNo}`}>
              <Button>办件详情</Button>
            </Link>,
            <Button key="next" onClick={() => { setDone(undefined); setRound((r) => r + 1); }}>
              受理下一件
            </Button>,
          ]}
        />
      </Card>
    );
  }

  return (
    <Row gutter={12}>
      <Col xs={24} xl={10}>
        <Card size="small" title="事项查询">
          <Form layout="vertical" size="small" onFinish={(v: Omit<ItemFilter, 'page'> & { toleranceOnly?: boolean }) => setFilter({ q: v.q?.trim() || undefined, departmentCode: v.departmentCode, zoneCode: v.zoneCode, tolerance: v.toleranceOnly ? 'true' : undefined, specialProcedure: v.specialProcedure, page: 1 })}>
            <Row gutter={8}>
              <Col span={24}>
                <Form.Item name="q" label="事项名称或编码" style={{ marginBottom: 8 }}>
                  <Input allowClear />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="departmentCode" label="部门" style={{ marginBottom: 8 }}>
                  <Select allowClear showSearch optionFilterProp="label" options={departments.data?.map((d) => ({ value: d.code, label: d.name }))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="zoneCode" label="专区" style={{ marginBottom: 8 }}>
                  <Select allowClear options={zones.data?.map((z) => ({ value: z.code, label: z.name }))} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="specialProcedure" label="特别程序" style={{ marginBottom: 8 }}>
                  <Select allowClear options={SPECIAL} />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="toleranceOnly" valuePropName="checked" label=" " style={{ marginBottom: 8 }}>
                  <Checkbox>仅可容缺受理</Checkbox>
                </Form.Item>
              </Col>
            </Row>
            <Button htmlType="submit" type="primary" size="small">
              查询
            </Button>
          </Form>
          <Table
            style={{ marginTop: 8 }}
            size="small"
            rowKey="code"
            loading={items.isFetching}
            dataSource={items.data?.items}
            onRow={(r) => ({ onClick: () => setItemCode(r.code), style: { cursor: 'pointer', background: r.code === itemCode ? '#fff1f0' : undefined } })}
            pagination={{ current: filter.page, pageSize: 8, total: items.data?.total, size: 'small', showSizeChanger: false, onChange: (page) => setFilter((f) => ({ ...f, page })) }}
            columns={[
              { title: '事项', render: (_, r) => <div style={{ wordBreak: 'break-all' }}><div>{r.name}</div><Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.code} · {r.departmentName}</Typography.Text></div> },
              { title: '时限', width: 64, render: (_, r) => `${r.promisedLimitDays} 日` },
              { title: '', width: 64, render: (_, r) => <>{r.toleranceAllowed && <Tag color="gold">容缺</Tag>}</> },
            ]}
          />
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card size="small" title={guide.data ? `${guide.data.name}` : '请在左侧选择事项'}>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} closable onClose={() => setError(undefined)} data-testid="action-error" />}
          {guide.data && (
            <Tabs
              items={[
                { key: 'review', label: '预审', children: <PreReview key={`${guide.data.code}-${round}`} guide={guide.data} busy={busy} onOutcome={record} /> },
                { key: 'guide', label: '办事指南', children: <ItemGuideView guide={guide.data} /> },
              ]}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}
