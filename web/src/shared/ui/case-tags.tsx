/** How a case's status and clock look everywhere: colour and text together (never colour alone). */
import { Tag } from 'antd';
import { statusName } from '../../../../domain/case/names';

const STATUS_COLOURS: Record<string, string> = {
  SUBMITTED: 'blue',
  CORRECTION_REQUESTED: 'orange',
  REFUSED: 'default',
  TRANSFERRING: 'cyan',
  IN_REVIEW: 'processing',
  RETURNED: 'magenta',
  DECIDED: 'purple',
  IN_DELIVERY: 'geekblue',
  COMPLETED: 'success',
  WITHDRAWN: 'default',
  TERMINATED: 'default',
};

export const StatusTag = ({ status }: { status: string }) => (
  <Tag color={STATUS_COLOURS[status] ?? 'default'} data-testid="status">
    {statusName(status)}
  </Tag>
);

export function ClockTag(c: { overdue: boolean; warning: boolean; paused?: boolean; inSpecialProcedure?: boolean; remainingWorkingDays?: number | null }) {
  const tags = [];
  if (c.overdue) tags.push(<Tag key="o" color="red">超期</Tag>);
  else if (c.warning) tags.push(<Tag key="w" color="gold">预警</Tag>);
  if (c.paused) tags.push(<Tag key="p" color="default">暂停中</Tag>);
  if (c.inSpecialProcedure) tags.push(<Tag key="s" color="cyan">特别程序</Tag>);
  return <>{tags}</>;
}

export function daysLeftText(n: number | null | undefined): string {
  if (n === null || n === undefined) return '—';
  if (n < 0) return `已超期 ${-n} 个工作日`;
  if (n === 0) return '今日到期';
  return `剩余 ${n} 个工作日`;
}

export const zhDate = (iso?: string | null) => (iso ? `${iso.slice(0, 4)}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日` : '—');
export const zhDateTime = (iso?: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');
