/** How supervision states and deadlines look: colour and text together (never colour alone). */
import { Tag } from 'antd';
import { RECTIFICATION_STATUSES, URGE_STATUSES } from '../../../../domain/supervision/labels';
import { zhDate } from '../../shared/ui/case-tags';

const RECT_COLOURS: Record<string, string> = { VERIFYING: 'purple', OPEN: 'blue', RECTIFYING: 'processing', SUBMITTED: 'cyan', SENT_BACK: 'magenta', VERIFIED: 'green', CLOSED: 'default' };
export const RectStatusTag = ({ status }: { status: string }) => (
  <Tag color={RECT_COLOURS[status] ?? 'default'} data-testid="rect-status">
    {RECTIFICATION_STATUSES[status as keyof typeof RECTIFICATION_STATUSES] ?? status}
  </Tag>
);

const FINDING_COLOURS: Record<string, string> = { NEW: 'gold', CONFIRMED: 'blue', DISMISSED: 'default' };
export const FindingStatusTag = ({ status, name }: { status: string; name: string }) => (
  <Tag color={FINDING_COLOURS[status] ?? 'default'} data-testid="finding-status">
    {name}
  </Tag>
);

const URGE_COLOURS: Record<string, string> = { AWAITING_REPLY: 'gold', ANSWERED: 'green', ESCALATED: 'red' };
export const UrgeStatusTag = ({ status }: { status: string }) => (
  <Tag color={URGE_COLOURS[status] ?? 'default'} data-testid="urge-status">
    {URGE_STATUSES[status as keyof typeof URGE_STATUSES] ?? status}
  </Tag>
);

/** A deadline in working days: its last day (ends 24:00 Beijing time) and the flags raised on it. */
export function Deadline(r: { dueDate?: string | null; overdue?: boolean; warning?: boolean; escalated?: boolean; done?: boolean }) {
  const colour = r.done ? undefined : r.overdue ? '#cf1322' : r.warning ? '#d48806' : undefined;
  return (
    <span style={{ color: colour }} data-testid="deadline">
      {r.dueDate ? `${zhDate(r.dueDate)}前` : '—'}{' '}
      {!r.done && r.overdue && <Tag color="red">已逾期</Tag>}
      {!r.done && !r.overdue && r.warning && <Tag color="gold">临期预警</Tag>}
      {r.escalated && <Tag color="volcano">已升级</Tag>}
    </span>
  );
}

export const LEVEL_COLOURS: Record<number, string> = { 5: 'green', 4: 'lime', 3: 'blue', 2: 'orange', 1: 'red' };
