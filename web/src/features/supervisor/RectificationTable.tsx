/** The rectification list's table (整改清单): state, deadline in working days with its flags, for both sides. */
import { Table, Tag } from 'antd';
import { zhDateTime } from '../../shared/ui/case-tags';
import { type RectificationPage, useDepartmentName } from './api';
import { Deadline, RectStatusTag } from './ui';
import { serverPaging } from '../../shared/ui/paging';

export function RectificationTable({ data, loading, page, setPage, openRect }: { data?: RectificationPage; loading: boolean; page: number; setPage(n: number): void; openRect(id: string): void }) {
  const deptName = useDepartmentName();
  return (
    <Table
      size="small"
      rowKey="id"
      data-testid="rectifications"
      loading={loading}
      dataSource={data?.items}
      onRow={(r) => ({ onClick: () => openRect(r.id), style: { cursor: 'pointer' } })}
      pagination={serverPaging(page, setPage, data?.total, '项')}
      columns={[
        { title: '整改编号', dataIndex: 'id', width: 90 },
        { title: '问题', dataIndex: 'title', ellipsis: true },
        { title: '责任部门', width: 130, render: (_, r) => deptName(r.departmentCode) },
        { title: '状态', width: 190, render: (_, r) => <><RectStatusTag status={r.status} />{r.outcomeName && <Tag>{r.outcomeName}</Tag>}{r.appeal === 'PENDING' && <Tag color="orange">申诉待裁定</Tag>}</> },
        { title: '整改期限', width: 230, render: (_, r) => <Deadline dueDate={r.dueDate} overdue={r.overdue} warning={r.warning} escalated={r.escalated} done={r.status === 'CLOSED' || r.status === 'VERIFIED'} /> },
        { title: '立项', width: 150, render: (_, r) => zhDateTime(r.createdAt) },
      ]}
    />
  );
}
