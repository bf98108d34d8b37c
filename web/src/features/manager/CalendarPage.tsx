/**
 * 工作日历: the year view with holidays and make-up workdays (provisional years flagged), and
 * editing one day: first what it does — how many open cases move and their new due dates — then
 * the change, which every open case receives.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { statusName } from '../../../../domain/case/names';
import { api, problemText, unwrap } from '../../shared/api/client';
import type { paths } from '../../shared/api/schema';
import { call } from './api';

interface Years {
  years: { year: number; official: boolean; notice: string | null; holidays: number; makeupWorkdays: number }[];
}
type YearView = paths['/api/v1/calendar/years/{year}/days']['get']['responses']['200']['content']['application/json'];
type Day = YearView['days'][number];
type Impact = paths['/api/v1/calendar/days/{date}/impact']['get']['responses']['200']['content']['application/json'];
type Kind = 'holiday' | 'makeup_workday' | 'workday';

const KIND_STYLE: Record<Day['kind'], { bg: string; color: string; label: string }> = {
  workday: { bg: '#fff', color: '#222', label: '工作日' },
  weekend: { bg: '#f0f0f0', color: '#999', label: '周末' },
  holiday: { bg: '#ffccc7', color: '#a8071a', label: '节假日' },
  makeup_workday: { bg: '#bae0ff', color: '#003eb3', label: '调休上班' },
};
const WEEK = ['一', '二', '三', '四', '五', '六', '日'];

function Month({ month, days, onPick }: { month: number; days: Day[]; onPick: (d: Day) => void }) {
  const first = dayjs(days[0]?.date);
  const lead = (first.day() + 6) % 7;
  return (
    <Card size="small" title={`${month} 月`} styles={{ body: { padding: 8 } }}>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, fontSize: 12, textAlign: 'center' }}>
        {WEEK.map((w) => (
          <div key={w} style={{ color: '#888' }}>
            {w}
          </div>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <div key={`x${i}`} />
        ))}
        {days.map((d) => {
          const s = KIND_STYLE[d.kind];
          return (
            <button
              key={d.date}
              type="button"
              data-testid={`day-${d.date}`}
              title={`${d.date} ${s.label}${d.name ? ` · ${d.name}` : ''}${d.note ? `（${d.note}）` : ''}`}
              onClick={() => onPick(d)}
              style={{ background: s.bg, color: s.color, border: d.source === 'MANAGER' ? '1px dashed #b7202e' : '1px solid #eee', borderRadius: 3, padding: '2px 0', cursor: 'pointer', fontSize: 12 }}
            >
              {Number(d.date.slice(8))}
            </button>
          );
        })}
      </div>
    </Card>
  );
}

export default function CalendarPage() {
  const [year, setYear] = useState(dayjs().year());
  const [picked, setPicked] = useState<Day | null>(null);
  const years = useQuery({ queryKey: ['calendar-years'], queryFn: () => unwrap<Years>(api.GET('/api/v1/calendar/years')) });
  const view = useQuery({
    queryKey: ['calendar-year', year],
    queryFn: () => unwrap<YearView>(api.GET('/api/v1/calendar/years/{year}/days', { params: { path: { year: String(year) } } })),
  });
  const months = useMemo(() => {
    const m: Day[][] = Array.from({ length: 12 }, () => []);
    for (const d of view.data?.days ?? []) m[Number(d.date.slice(5, 7)) - 1]?.push(d);
    return m;
  }, [view.data]);
  const choices = [...new Set([...(years.data?.years.map((y) => y.year) ?? []), dayjs().year(), dayjs().year() + 1])].sort();

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        工作日历
      </Typography.Title>
      <Space wrap>
        <span>年份</span>
        <Select
          aria-label="年份"
          value={year}
          style={{ width: 160 }}
          onChange={setYear}
          options={choices.map((y) => {
            const info = years.data?.years.find((x) => x.year === y);
            return { value: y, label: `${y} 年${info?.official ? '' : '（暂定）'}` };
          })}
        />
        {view.data &&
          (view.data.provisional ? (
            <Tag color="orange" data-testid="provisional">
              暂定：尚未录入国务院放假通知，仅周末休息
            </Tag>
          ) : (
            <Tag color="green">正式：{view.data.notice}</Tag>
          ))}
        {view.data && (
          <Typography.Text type="secondary">
            工作日 {view.data.workingDays} 天 · 节假日 {view.data.holidays} 天 · 调休上班 {view.data.makeupWorkdays} 天
          </Typography.Text>
        )}
        {Object.values(KIND_STYLE).map((s) => (
          <Tag key={s.label} style={{ background: s.bg, color: s.color }}>
            {s.label}
          </Tag>
        ))}
        <Tag style={{ border: '1px dashed #b7202e' }}>管理员调整</Tag>
      </Space>
      {view.error && <Typography.Text type="danger">{problemText(view.error)}</Typography.Text>}
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 12 }}>
        {months.map((days, i) => (days.length ? <Month key={i} month={i + 1} days={days} onPick={setPicked} /> : null))}
      </div>
      {picked && <EditDay day={picked} onClose={() => setPicked(null)} />}
    </Space>
  );
}

function EditDay({ day, onClose }: { day: Day; onClose: () => void }) {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [kind, setKind] = useState<Kind>(day.kind === 'holiday' ? 'workday' : day.kind === 'makeup_workday' ? 'workday' : day.kind === 'weekend' ? 'makeup_workday' : 'holiday');
  const [name, setName] = useState(day.name ?? '');
  const [note, setNote] = useState('');
  const impact = useQuery({
    queryKey: ['calendar-impact', day.date, kind],
    queryFn: () => unwrap<Impact>(api.GET('/api/v1/calendar/days/{date}/impact', { params: { path: { date: day.date }, query: { kind } } })),
  });
  const save = useMutation({
    mutationFn: () => call<{ notified: number }>('PUT', `/api/v1/calendar/days/${day.date}`, { kind, ...(kind !== 'workday' && name.trim() ? { name: name.trim() } : {}), note }),
    onSuccess: (r) => {
      message.success(`${day.date} 已修改，已通知 ${r.notified} 件在办件`);
      void client.invalidateQueries({ queryKey: ['calendar-year'] });
      void client.invalidateQueries({ queryKey: ['calendar-years'] });
      onClose();
    },
  });
  const i = impact.data;
  return (
    <Modal open width={900} title={`修改 ${day.date}（当前：${KIND_STYLE[day.kind].label}${day.name ? ` · ${day.name}` : ''}）`} onCancel={onClose} onOk={() => save.mutate()} okText="确认修改" okButtonProps={{ disabled: !note.trim() }} confirmLoading={save.isPending}>
      <Form layout="vertical">
        <Form.Item label="改为">
          <Radio.Group value={kind} onChange={(e) => setKind(e.target.value)}>
            <Radio value="holiday">节假日（休息）</Radio>
            <Radio value="makeup_workday">调休上班</Radio>
            <Radio value="workday">恢复常规（周一至周五上班）</Radio>
          </Radio.Group>
        </Form.Item>
        {kind !== 'workday' && (
          <Form.Item label="名称">
            <Input aria-label="名称" value={name} onChange={(e) => setName(e.target.value)} placeholder="如：春节、临时闭厅" maxLength={50} />
          </Form.Item>
        )}
        <Form.Item label="修改原因" required>
          <Input.TextArea aria-label="修改原因" rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="通知文号或闭厅决定" />
        </Form.Item>
      </Form>
      {impact.error && <Typography.Text type="danger">{problemText(impact.error)}</Typography.Text>}
      {i && (
        <div data-testid="calendar-impact">
          <Alert
            type={i.moved ? 'warning' : 'info'}
            showIcon
            message={
              i.changesWorkingDay
                ? `影响预估：检查在办件 ${i.checked} 件，其中 ${i.moved} 件的办结期限将变动（延后 ${i.later} 件，提前 ${i.earlier} 件）`
                : '此修改不改变该日是否为工作日，没有办件的期限会变动'
            }
            style={{ marginBottom: 8 }}
          />
          {i.items.length > 0 && (
            <Table
              size="small"
              rowKey="caseNo"
              dataSource={i.items}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              columns={[
                { title: '办件编号', dataIndex: 'caseNo', render: (v: string) => <Link to={`/cases/${v}`}>{v}</Link> },
                { title: '事项', dataIndex: 'itemName' },
                { title: '状态', dataIndex: 'status', render: statusName },
                { title: '原期限', dataIndex: 'dueDate' },
                { title: '新期限', dataIndex: 'newDueDate', render: (v: string, r) => <b style={{ color: v > r.dueDate ? '#389e0d' : '#cf1322' }}>{v}</b> },
                { title: '', dataIndex: 'suspended', render: (s: boolean) => (s ? <Tag>暂停中，恢复时重算</Tag> : null) },
              ]}
            />
          )}
        </div>
      )}
      {save.error && (
        <Typography.Paragraph type="danger" style={{ marginTop: 8 }}>
          {problemText(save.error)}
        </Typography.Paragraph>
      )}
    </Modal>
  );
}
