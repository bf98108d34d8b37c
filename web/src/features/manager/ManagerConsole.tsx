/**
 * 中心管理: the centre manager's console. Each page only draws what the API answers
 * (docs/manager-console.md maps every page to its routes).
 */
import { Menu, Typography } from 'antd';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import CalendarPage from './CalendarPage';
import CatalogPage from './CatalogPage';
import ReportsPage from './ReportsPage';
import ScreensPage from './ScreensPage';
import StatisticsPage from './StatisticsPage';

const PAGES = [
  { key: 'statistics', label: '统计分析' },
  { key: 'reports', label: '月度报告' },
  { key: 'catalog', label: '事项目录' },
  { key: 'calendar', label: '工作日历' },
  { key: 'screens', label: '大屏凭证' },
];

export default function ManagerConsole() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const current = PAGES.find((p) => pathname.startsWith(`/manager/${p.key}`))?.key ?? 'statistics';
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start' }}>
      <div style={{ width: 150, flex: 'none' }}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          中心管理
        </Typography.Title>
        <Menu mode="inline" aria-label="中心管理" selectedKeys={[current]} items={PAGES} onClick={(e) => navigate(`/manager/${e.key}`)} />
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <Routes>
          <Route path="statistics" element={<StatisticsPage />} />
          <Route path="reports" element={<ReportsPage />} />
          <Route path="catalog" element={<CatalogPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="screens" element={<ScreensPage />} />
          <Route path="*" element={<Navigate to="/manager/statistics" replace />} />
        </Routes>
      </div>
    </div>
  );
}
