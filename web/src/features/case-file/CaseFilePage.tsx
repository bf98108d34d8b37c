/**
 * 办件详情 The case file, for every role within its scope: applicant, item and version,
 * materials (submitted, tolerated with commitment dates, supplied later), the timeline with who
 * did what and when, and the clock explained.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Descriptions, Row, Table, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import { CHANNEL_NAMES, DECISION_NAMES, DELIVERY_METHOD_NAMES, ROLE_NAMES, eventName } from '../../../../domain/case/names';
import { api, problemText, unwrap } from '../../shared/api/client';
import type { CaseEventRow, CaseView, ClockLedger, ItemGuide } from '../../shared/api/types';
import { ClockTag, StatusTag, daysLeftText, zhDate, zhDateTime } from '../../shared/ui/case-tags';
import { CaseDocuments } from '../../shared/documents/CaseDocuments';
import { useSession } from '../../shared/auth/useSession';

export default function CaseFilePage() {
  const { caseNo = '' } = useParams();
  const session = useSession();
  const view = useQuery({ queryKey: ['case', caseNo], queryFn: () => unwrap<CaseView>(api.GET('/api/v1/cases/{caseNo}', { params: { path: { caseNo } } })), refetchInterval: 10_000 });
  const clock = useQuery({ queryKey: ['clock', caseNo], enabled: view.isSuccess, queryFn: () => unwrap<ClockLedger>(api.GET('/api/v1/cases/{caseNo}/clock', { params: { path: { caseNo } } })) });
  const events = useQuery({ queryKey: ['case-events', caseNo], enabled: view.isSuccess, queryFn: () => unwrap<CaseEventRow[]>(api.GET('/api/v1/cases/{caseNo}/events', { params: { path: { caseNo } } })), refetchInterval: 10_000 });
  const guide = useQuery({
    queryKey: ['item', view.data?.item.code, view.data?.item.version],
    enabled: !!view.data,
    queryFn: () => unwrap<ItemGuide>(api.GET('/api/v1/items/{code}', { params: { path: { code: view.data!.item.code }, query: { version: view.data!.item.version } as never } })),
  });

  if (view.error) return <Alert type="error" showIcon title="无法查看此办件" description={problemText(view.error)} data-testid="case-error" />;
  const v = view.data;
  if (!v) return <Card loading />;

  const submitted = new Set(events.data?.flatMap((e) => (e.type === 'RECEIVED' ? ((e.detail.submittedMaterials as string[]) ?? []) : e.type === 'CORRECTION_SUPPLIED' ? ((e.detail.materialCodes as string[]) ?? []) : [])) ?? []);
  const suppliedLater = new Set(events.data?.filter((e) => e.type === 'TOLERATED_MATERIAL_SUPPLIED' || e.type === 'CORRECTION_SUPPLIED').flatMap((e) => (e.detail.materialCode ? [e.detail.materialCode as string] : ((e.detail.materialCodes as string[]) ?? []))) ?? []);
  const missingTolerated = new Map(v.missingToleratedMaterials.map((m) => [m.code, m.promisedDate]));
  const toleratedAll = new Map((events.data?.find((e) => e.type === 'ACCEPTED')?.detail.toleratedMaterials as { code: string; promisedDate: string }[] | undefined)?.map((t) => [t.code, t.promisedDate]) ?? []);

  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        办件详情
      </Typography.Title>
      <Row gutter={12}>
        <Col xs={24} xl={14}>
          <Card size="small" title={<span data-testid="case-title">{v.caseNo}</span>} extra={<><StatusTag status={v.status} /><ClockTag {...v} /></>}>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label="事项" span={2}>{v.item.name}（{v.item.code}，第 {v.item.version} 版）</Descriptions.Item>
              <Descriptions.Item label="实施部门">{v.item.departmentName}</Descriptions.Item>
              <Descriptions.Item label="渠道">{CHANNEL_NAMES[v.channel]}</Descriptions.Item>
              <Descriptions.Item label="申请人" span={2}><span style={{ wordBreak: 'break-all' }}>{v.applicant.name}</span>{v.applicant.idNoMasked ? `（${v.applicant.idNoMasked}）` : ''}{v.applicant.phone ? ` · ${v.applicant.phone}` : ''}</Descriptions.Item>
              <Descriptions.Item label="收件时间">{zhDateTime(v.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label="受理时间">{zhDateTime(v.acceptedAt)}{v.acceptedBy ? ` · ${v.acceptedBy}` : ''}</Descriptions.Item>
              <Descriptions.Item label="承诺办结日期">{zhDate(v.dueDate)}</Descriptions.Item>
              <Descriptions.Item label="剩余时限">{v.paused || v.inSpecialProcedure ? '计时暂停' : daysLeftText(v.remainingWorkingDays)}</Descriptions.Item>
              {v.decision && <Descriptions.Item label="审批结果" span={2}>{DECISION_NAMES[v.decision]}{v.decisionReason ? `：${v.decisionReason}` : ''}</Descriptions.Item>}
              {v.returns.length > 0 && (
                <Descriptions.Item label="退件" span={2}>
                  {v.returns.map((r, i) => <div key={i}>{zhDateTime(r.at)} {r.by}：{r.reason}</div>)}
                </Descriptions.Item>
              )}
              {v.refusalReason && <Descriptions.Item label="不予受理理由" span={2}>{v.refusalReason}</Descriptions.Item>}
              {v.output && <Descriptions.Item label="出件" span={2}>{DELIVERY_METHOD_NAMES[v.output.method]}{v.output.trackingNo ? `（单号 ${v.output.trackingNo}）` : ''} · {zhDateTime(v.output.issuedAt)}</Descriptions.Item>}
              {v.completedAt && <Descriptions.Item label="办结时间" span={2}>{zhDateTime(v.completedAt)}</Descriptions.Item>}
              {v.outputHeld && <Descriptions.Item label="出件限制" span={2}><Tag color="orange">容缺材料未补齐，暂缓出件</Tag></Descriptions.Item>}
            </Descriptions>
          </Card>
          <Card size="small" title="申请材料" style={{ marginTop: 12 }}>
            <Table
              size="small"
              rowKey="code"
              pagination={false}
              loading={guide.isLoading}
              dataSource={guide.data?.materials ?? []}
              columns={[
                { title: '材料', dataIndex: 'name' },
                { title: '要求', width: 140, render: (_, m) => <>{m.required ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}{m.tolerable && <Tag color="gold">可容缺</Tag>}</> },
                {
                  title: '情况',
                  width: 260,
                  render: (_, m) =>
                    missingTolerated.has(m.code) ? (
                      <Tag color="orange">容缺，承诺 {missingTolerated.get(m.code)} 前补交</Tag>
                    ) : toleratedAll.has(m.code) ? (
                      <Tag color="green">容缺，已补交</Tag>
                    ) : suppliedLater.has(m.code) ? (
                      <Tag color="green">已补正提交</Tag>
                    ) : submitted.has(m.code) ? (
                      <Tag color="green">已提交</Tag>
                    ) : (
                      <Tag>未提交</Tag>
                    ),
                },
              ]}
            />
          </Card>
          <CaseDocuments
            caseNo={v.caseNo}
            materials={guide.data?.materials ?? []}
            canUpload={session?.user.role === 'FRONT_DESK_CLERK' && !['REFUSED', 'COMPLETED', 'WITHDRAWN', 'TERMINATED'].includes(v.status)}
            resultAvailable={!!v.decision && session?.user.role !== 'APPLICANT'}
          />
          {v.correction && (
            <Card size="small" title="一次性告知（补正）" style={{ marginTop: 12 }}>
              <ol style={{ margin: 0 }}>{v.correction.items.map((i, n) => <li key={n}>{i.name}：{i.problem}</li>)}</ol>
              <div>补正期限：{zhDate(v.correction.supplyBy)}{v.correction.suppliedAt ? '（已补正）' : ''}</div>
            </Card>
          )}
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="办理时限说明">
            {clock.data ? (
              <div data-testid="clock">
                <p>
                  {clock.data.acceptedDate ? `${zhDate(clock.data.acceptedDate)} 受理，` : '尚未受理，'}承诺时限 {clock.data.limitDays} 个工作日
                  {clock.data.suspendedWorkingDays ? `，暂停和特别程序共 ${clock.data.suspendedWorkingDays} 个工作日不计入` : ''}。
                </p>
                {clock.data.suspensions.map((s) => (
                  <p key={s.id}>
                    {s.kind === 'PAUSE' ? '暂停' : '特别程序'}「{s.reasonName}」：{zhDate(s.startDate)} 起{s.endDate ? ` 至 ${zhDate(s.endDate)}` : '，进行中'}，{s.workingDays} 个工作日{s.note ? `（${s.note}）` : ''}
                    {s.result ? `，结果：${s.result}` : ''}
                  </p>
                ))}
                <p>
                  到期日：<strong>{zhDate(clock.data.dueDate)}</strong>
                  {clock.data.remainingWorkingDays !== undefined && clock.data.running ? `，${daysLeftText(clock.data.remainingWorkingDays)}` : ''}
                  {clock.data.overdue ? '（已超期）' : clock.data.warning ? '（预警）' : ''}
                </p>
              </div>
            ) : (
              <Typography.Text type="secondary">{clock.error ? problemText(clock.error) : '加载中…'}</Typography.Text>
            )}
          </Card>
          <Card size="small" title="办理过程" style={{ marginTop: 12 }}>
            <Timeline
              data-testid="timeline"
              items={(events.data ?? []).map((e) => ({
                key: e.seq,
                color: e.type === 'OVERDUE' ? 'red' : e.type === 'WARNING' ? 'orange' : e.type === 'COMPLETED' ? 'green' : 'blue',
                children: (
                  <div>
                    <strong>{eventName(e.type)}</strong> · {zhDateTime(e.at)}
                    {e.actor && <div style={{ color: '#666' }}>{e.actor.name}（{ROLE_NAMES[e.actor.role as keyof typeof ROLE_NAMES] ?? e.actor.role}）</div>}
                    {typeof e.detail.reason === 'string' && <div>理由：{e.detail.reason}</div>}
                    {typeof e.detail.opinion === 'string' && e.detail.opinion && <div>意见：{e.detail.opinion}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
    </div>
  );
}
