/** 办件查询 Case lookup by case number, applicant or item name, within the caller's scope. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { STATUS_NAMES } from '../../../../domain/case/names';
import { api, unwrap } from '../../shared/api/client';
import type { CaseList } from '../../shared/api/types';
import { ClockTag, StatusTag, zhDateTime } from '../../shared/ui/case-tags';
import { PAGE_SIZE, serverPaging } from '../../shared/ui/paging';

export default function CaseSearchPage() {
  const [q, setQ] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [page, setPage] = useState(1);
  const list = useQuery({
    queryKey: ['cases', { q, status, page }],
    queryFn: () => unwrap<CaseList>(api.GET('/api/v1/cases', { params: { query: { q, status, page, pageSize: PAGE_SIZE } as never } })),
    placeholderData: keepPreviousData,
  });
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        办件查询
      </Typography.Title>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search allowClear enterButton="查询" placeholder="办件编号、申请人、事项名称或证件号码" style={{ width: 360 }} onSearch={(v) => { setQ(v.trim() || undefined); setPage(1); }} />
          <Select allowClear placeholder="状态" style={{ width: 160 }} value={status} onChange={(v) => { setStatus(v); setPage(1); }} options={Object.entries(STATUS_NAMES).map(([value, label]) => ({ value, label }))} />
        </Space>
        <Table
          size="small"
          rowKey="caseNo"
          loading={list.isFetching}
          dataSource={list.data?.items}
          pagination={serverPaging(page, setPage, list.data?.total, '件')}
          columns={[
            { title: '办件编号', width: 200, render: (_, r) => <Link to={`/cases/${r.caseNo}`}>{r.caseNo}</Link> },
            { title: '事项', dataIndex: 'itemName', ellipsis: true },
            { title: '申请人', dataIndex: 'applicantName', ellipsis: true, width: 220 },
            { title: '状态', width: 180, render: (_, r) => <><StatusTag status={r.status} /><ClockTag {...r} /></> },
            { title: '收件时间', width: 170, render: (_, r) => zhDateTime(r.submittedAt) },
          ]}
        />
      </Card>
    </div>
  );
}
