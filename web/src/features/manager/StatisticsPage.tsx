/**
 * 统计分析: the six figures for any period and grouping, as a table and a chart; every number
 * opens the cases behind it (drill-down, each linked to its case file); export to Excel or CSV.
 */
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Drawer, Form, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { statusName } from '../../../../domain/case/names';
import { api, problemText, unwrap } from '../../shared/api/client';
import type { paths } from '../../shared/api/schema';
import { type ChartOption, EChart } from '../../shared/ui/EChart';
import { type Department, call, download, qs } from './api';

type Stats = paths['/api/v1/statistics']['get']['responses']['200']['content']['application/json'];
type Row = Stats['groups'][number];
type GroupBy = Stats['groupBy'];
type Drill = paths['/api/v1/statistics/cases']['get']['responses']['200']['content']['application/json'];
type Metric = paths['/api/v1/statistics/cases']['get']['parameters']['query']['metric'];

const GROUPS: { value: GroupBy; label: string }[] = [
  { value: 'department', label: '按部门' },
  { value: 'item', label: '按事项' },
  { value: 'zone', label: '按分区' },
  { value: 'channel', label: '按渠道' },
  { value: 'staff', label: '按经办人' },
  { value: 'day', label: '按日' },
  { value: 'week', label: '按周' },
  { value: 'month', label: '按月' },
  { value: 'none', label: '不分组（合计）' },
];
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(2)}%`);

interface Filters {
  from: string;
  to: string;
  groupBy: GroupBy;
  departmentCode?: string;
  channel?: 'ONLINE' | 'WINDOW';
}

/** The filters that select one group's cases for the drill-down. */
function groupFilter(f: Filters, row: Row | null): Record<string, string> {
  const base: Record<string, string> = { from: f.from, to: f.to, ...(f.departmentCode ? { departmentCode: f.departmentCode } : {}), ...(f.channel ? { channel: f.channel } : {}) };
  if (!row || row.key === 'TOTAL') return base;
  switch (f.groupBy) {
    case 'department':
      return { ...base, departmentCode: row.key };
    case 'item':
      return { ...base, itemCode: row.key };
    case 'zone':
      return { ...base, zoneCode: row.key };
    case 'channel':
      return { ...base, channel: row.key };
    case 'staff':
      return row.key ? { ...base, staffId: row.key } : base;
    case 'day':
      return { ...base, from: row.key, to: row.key };
    case 'week': {
      const end = dayjs(row.key).add(6, 'day').format('YYYY-MM-DD');
      return { ...base, from: row.key < f.from ? f.from : row.key, to: end > f.to ? f.to : end };
    }
    case 'month': {
      const start = `${row.key}-01`;
      const end = dayjs(start).endOf('month').format('YYYY-MM-DD');
      return { ...base, from: start < f.from ? f.from : start, to: end > f.to ? f.to : end };
    }
    default:
      return base;
  }
}

export default function StatisticsPage() {
  const { message } = App.useApp();
  const [filters, setFilters] = useState<Filters>({ from: dayjs().subtract(29, 'day').format('YYYY-MM-DD'), to: dayjs().format('YYYY-MM-DD'), groupBy: 'department' });
  const [drill, setDrill] = useState<{ metric: Metric; label: string; row: Row | null } | null>(null);
  const departments = useQuery({ queryKey: ['departments'], queryFn: () => call<{ departments: Department[] }>('GET', '/api/v1/departments') });
  const stats = useQuery({
    queryKey: ['statistics', filters],
    queryFn: () => unwrap<Stats>(api.GET('/api/v1/statistics', { params: { query: filters } })),
  });

  const chart = useMemo<ChartOption | null>(() => {
    const g = stats.data?.groups;
    if (!g?.length) return null;
    const rows = g.slice(0, 30);
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 50, right: 50, top: 40, bottom: 80 },
      xAxis: { type: 'category', data: rows.map((r) => r.label), axisLabel: { rotate: rows.length > 6 ? 30 : 0, width: 120, overflow: 'truncate' } },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', axisLabel: { formatter: '{value}%' }, splitLine: { show: false } }],
      series: [
        { name: '受理量', type: 'bar', data: rows.map((r) => r.accepted) },
        { name: '审批量', type: 'bar', data: rows.map((r) => r.approved) },
        { name: '办结量', type: 'bar', data: rows.map((r) => r.completed) },
        { name: '超期量', type: 'bar', data: rows.map((r) => r.overdue) },
        { name: '退件量', type: 'bar', data: rows.map((r) => r.returned) },
        { name: '中断量', type: 'bar', data: rows.map((r) => r.interrupted) },
        { name: '超期率', type: 'line', yAxisIndex: 1, data: rows.map((r) => (r.overdueRate === null ? null : +(r.overdueRate * 100).toFixed(2))) },
      ],
    };
  }, [stats.data]);

  const num = (metric: Metric, label: string) => (v: number, row: Row) =>
    v > 0 ? (
      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setDrill({ metric, label, row: row.key === 'TOTAL' ? null : row })}>
        {v}
      </Button>
    ) : (
      v
    );
  const columns = [
    { title: '分组', dataIndex: 'label', key: 'label', render: (v: string) => v || '平台或申请人' },
    { title: '受理量', dataIndex: 'accepted', key: 'accepted', render: num('accepted', '受理') },
    { title: '审批量', dataIndex: 'approved', key: 'approved', render: num('approved', '审批（准予）') },
    { title: '办结量', dataIndex: 'completed', key: 'completed', render: num('completed', '办结') },
    { title: '按时办结率', dataIndex: 'onTimeRate', key: 'onTimeRate', render: pct },
    { title: '超期量', dataIndex: 'overdue', key: 'overdue', render: num('overdue', '超期') },
    { title: '超期率', dataIndex: 'overdueRate', key: 'overdueRate', render: pct },
    { title: '退件量', dataIndex: 'returned', key: 'returned', render: num('returned', '退件') },
    { title: '退件率', dataIndex: 'returnedRate', key: 'returnedRate', render: pct },
    { title: '中断量', dataIndex: 'interrupted', key: 'interrupted', render: num('interrupted', '中断') },
  ];
  const rows = stats.data ? [...stats.data.groups, { ...stats.data.total, key: 'TOTAL', label: '合计' }] : [];
  const exportAs = (format: 'xlsx' | 'csv') =>
    download(`/api/v1/statistics/export?${qs({ ...filters, format })}`, `statistics.${format}`).catch((e) => message.error(problemText(e)));

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        统计分析
      </Typography.Title>
      <Card size="small">
        <Form layout="inline">
          <Form.Item label="统计期间">
            <DatePicker.RangePicker
              allowClear={false}
              value={[dayjs(filters.from), dayjs(filters.to)]}
              onChange={(v) => v && v[0] && v[1] && setFilters({ ...filters, from: (v[0] as Dayjs).format('YYYY-MM-DD'), to: (v[1] as Dayjs).format('YYYY-MM-DD') })}
            />
          </Form.Item>
          <Form.Item label="分组">
            <Select aria-label="分组" style={{ width: 150 }} value={filters.groupBy} options={GROUPS} onChange={(groupBy) => setFilters({ ...filters, groupBy })} />
          </Form.Item>
          <Form.Item label="部门">
            <Select
              aria-label="部门"
              allowClear
              style={{ width: 200 }}
              placeholder="全部部门"
              value={filters.departmentCode}
              options={departments.data?.departments.map((d) => ({ value: d.code, label: d.name }))}
              onChange={(departmentCode) => setFilters({ ...filters, departmentCode })}
            />
          </Form.Item>
          <Form.Item label="渠道">
            <Select aria-label="渠道" allowClear style={{ width: 120 }} placeholder="全部" value={filters.channel} options={[{ value: 'WINDOW', label: '窗口' }, { value: 'ONLINE', label: '网上' }]} onChange={(channel) => setFilters({ ...filters, channel })} />
          </Form.Item>
          <Space>
            <Button onClick={() => exportAs('xlsx')}>导出 Excel</Button>
            <Button onClick={() => exportAs('csv')}>导出 CSV</Button>
          </Space>
        </Form>
      </Card>
      {stats.error && <Typography.Text type="danger">{problemText(stats.error)}</Typography.Text>}
      {chart && (
        <Card size="small" title="图表">
          <EChart option={chart} testId="stats-chart" style={{ height: 320 }} />
        </Card>
      )}
      <Table<Row> size="small" rowKey="key" loading={stats.isLoading} dataSource={rows} columns={columns} pagination={{ pageSize: 50, hideOnSinglePage: true }} data-testid="stats-table" />
      <Typography.Text type="secondary">点击数字查看其背后的办件。口径见 docs/statistics.md：按事件发生的北京时间日期计数，期间含首尾两日。</Typography.Text>
      {drill && <DrillDown filters={groupFilter(filters, drill.row)} metric={drill.metric} title={`${drill.row?.label ?? '合计'} · ${drill.label}`} onClose={() => setDrill(null)} />}
    </Space>
  );
}

function DrillDown({ filters, metric, title, onClose }: { filters: Record<string, string>; metric: Metric; title: string; onClose: () => void }) {
  const [page, setPage] = useState(1);
  const q = useQuery({
    queryKey: ['statistics-cases', filters, metric, page],
    queryFn: () => unwrap<Drill>(api.GET('/api/v1/statistics/cases', { params: { query: { ...filters, metric, page, pageSize: 20 } as never } })),
  });
  return (
    <Drawer open width={900} title={`${title}（${filters.from} 至 ${filters.to}）`} onClose={onClose}>
      {q.error && <Typography.Text type="danger">{problemText(q.error)}</Typography.Text>}
      <Table
        size="small"
        rowKey={(r) => `${r.caseNo}-${r.eventSeq}`}
        loading={q.isLoading}
        dataSource={q.data?.items}
        pagination={{ current: page, pageSize: 20, total: q.data?.total, onChange: setPage, showTotal: (t) => `共 ${t} 件次` }}
        columns={[
          { title: '办件编号', dataIndex: 'caseNo', render: (v: string) => <Link to={`/cases/${v}`}>{v}</Link> },
          { title: '事项', dataIndex: 'itemName' },
          { title: '部门', dataIndex: 'departmentCode' },
          { title: '发生时间', dataIndex: 'eventAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          { title: '经办人', dataIndex: 'actor', render: (a: Drill['items'][number]['actor']) => a?.name ?? '平台或申请人' },
          { title: '当前状态', dataIndex: 'status', render: statusName },
        ]}
      />
    </Drawer>
  );
}
