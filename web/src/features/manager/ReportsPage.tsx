/**
 * 月度报告: the monthly analysis reports — run one for any month that has begun, list them,
 * download each as PDF, CSV or JSON, and see who was told (市营商办, the centre, each department).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api, problemText, unwrap } from '../../shared/api/client';
import type { paths } from '../../shared/api/schema';
import { type Department, call, download, qs } from './api';

interface ReportFile {
  id: string;
  month: string;
  scope: string;
  format: string;
  fileName: string;
  contentType: string;
  generatedAt: string;
  download: string;
}
type Recipients = paths['/api/v1/reports/monthly/{month}/recipients']['get']['responses']['200']['content']['application/json'];
const RECIPIENT_KINDS: Record<string, string> = { BUSINESS_ENVIRONMENT_OFFICE: '营商办', CENTRE: '中心', DEPARTMENT: '部门' };

export default function ReportsPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const reports = useQuery({ queryKey: ['reports', month], queryFn: () => call<ReportFile[]>('GET', `/api/v1/reports?${qs({ month })}`) });
  const recipients = useQuery({
    queryKey: ['report-recipients', month],
    queryFn: () => unwrap<Recipients>(api.GET('/api/v1/reports/monthly/{month}/recipients', { params: { path: { month } } })),
  });
  const departments = useQuery({ queryKey: ['departments'], queryFn: () => call<{ departments: Department[] }>('GET', '/api/v1/departments') });
  const scopeName = (s: string) => (s === 'ALL' ? '全中心' : departments.data?.departments.find((d) => d.code === s)?.name ?? s);
  const run = useMutation({
    mutationFn: () => call('POST', '/api/v1/reports/monthly', { month }),
    onSuccess: () => {
      message.success(`${month} 月度报告已生成`);
      void client.invalidateQueries({ queryKey: ['reports'] });
      void client.invalidateQueries({ queryKey: ['report-recipients'] });
    },
  });

  /** One row per scope (全中心 or a department) with its three files. */
  const rows = useMemo(() => {
    const by = new Map<string, { scope: string; generatedAt: string; files: ReportFile[] }>();
    for (const r of reports.data ?? []) {
      const row = by.get(r.scope) ?? { scope: r.scope, generatedAt: r.generatedAt, files: [] };
      row.files.push(r);
      by.set(r.scope, row);
    }
    return [...by.values()].sort((a, b) => (a.scope === 'ALL' ? -1 : b.scope === 'ALL' ? 1 : a.scope.localeCompare(b.scope)));
  }, [reports.data]);

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        月度报告
      </Typography.Title>
      <Card size="small">
        <Space wrap>
          <span>月份</span>
          <DatePicker
            picker="month"
            aria-label="报告月份"
            allowClear={false}
            value={dayjs(`${month}-01`)}
            disabledDate={(d) => d.isAfter(dayjs(), 'month')}
            onChange={(v: Dayjs | null) => v && setMonth(v.format('YYYY-MM'))}
          />
          <Button type="primary" loading={run.isPending} onClick={() => run.mutate()}>
            生成该月报告
          </Button>
          <Typography.Text type="secondary">生成全中心报告及各部门报告（PDF、CSV、JSON），并通知市营商办、中心和各窗口部门；重新生成会替换本月文件。</Typography.Text>
        </Space>
        {run.error && (
          <div>
            <Typography.Text type="danger" data-testid="report-error">
              {problemText(run.error)}
            </Typography.Text>
          </div>
        )}
      </Card>
      <Card size="small" title={`${month} 的报告`}>
        <Table
          size="small"
          rowKey="scope"
          loading={reports.isLoading}
          dataSource={rows}
          data-testid="report-table"
          locale={{ emptyText: '本月尚未生成报告' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: '范围', dataIndex: 'scope', render: scopeName },
            { title: '生成时间（北京时间）', dataIndex: 'generatedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss') },
            {
              title: '下载',
              key: 'files',
              render: (_: unknown, row: (typeof rows)[number]) => (
                <Space>
                  {['PDF', 'CSV', 'JSON'].map((f) => {
                    const file = row.files.find((x) => x.format.toUpperCase() === f);
                    return file ? (
                      <Button key={f} size="small" onClick={() => download(file.download, file.fileName).catch((e) => message.error(problemText(e)))}>
                        {f}
                      </Button>
                    ) : null;
                  })}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title="通知对象">
        <Table
          size="small"
          rowKey="id"
          loading={recipients.isLoading}
          dataSource={recipients.data?.items}
          data-testid="report-recipients"
          locale={{ emptyText: '本月尚未发送通知' }}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: '类别', dataIndex: 'recipient', render: (r: string) => RECIPIENT_KINDS[r] ?? r },
            { title: '接收方', dataIndex: 'name' },
            { title: '通知', dataIndex: 'title' },
            { title: '时间', dataIndex: 'at', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
            { title: '状态', dataIndex: 'read', render: (r: boolean) => (r ? <Tag color="green">已读</Tag> : <Tag>未读</Tag>) },
          ]}
        />
      </Card>
    </Space>
  );
}
