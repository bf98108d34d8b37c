/** 综合窗口 The front desk: intake with pre-review, the online queue, the output queue. */
import { Tabs, Typography } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import { IntakePanel } from './IntakePanel';
import { OnlineQueue, OutputQueue } from './Queues';

const TABS = [
  { key: '/window', label: '受理', children: <IntakePanel /> },
  { key: '/window/online', label: '网上预审与退件', children: <OnlineQueue /> },
  { key: '/window/output', label: '出件', children: <OutputQueue /> },
];

export default function WindowDesk() {
  const location = useLocation();
  const navigate = useNavigate();
  const active = TABS.find((t) => t.key === location.pathname)?.key ?? '/window';
  return (
    <div>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        综合窗口
      </Typography.Title>
      <Tabs activeKey={active} onChange={(k) => navigate(k)} items={TABS} destroyOnHidden />
    </div>
  );
}
