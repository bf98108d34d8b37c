/**
 * 大屏: the hall's wall display (1920×1080, nobody touches it). The last 7 days of the six
 * figures as charts, today's live counters, the overdue and warning lists scrolling, the
 * department ranking and satisfaction. It runs on a screen credential (asked for once, or taken
 * from /big-screen#token=…), stays live through the SSE stream and says when its data is stale.
 */
import { useEffect, useMemo, useState } from 'react';
import { statusName } from '../../../../domain/case/names';
import { type ChartOption, EChart } from '../../shared/ui/EChart';
import { STALE_AFTER_MS, type ScreenPayload, TOKEN_KEY, takeTokenFromFragment, useScreenStream } from './useScreenStream';

const W = 1920;
const H = 1080;
const C = { bg: '#07142b', panel: 'rgba(18,44,88,0.55)', border: '#1f4d8f', text: '#dbe8ff', dim: '#8ea6cc', accent: '#39c5ff', warn: '#ffb020', bad: '#ff5a5a', good: '#3ddc97' };
const COLORS = ['#39c5ff', '#3ddc97', '#ffd166', '#ff7b54', '#c77dff', '#ff5a5a'];

const pct = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${(r * 100).toFixed(1)}%`);
const bjTime = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
const shortDay = (d: string) => d.slice(5).replace('-', '/');

function useScale() {
  const [scale, setScale] = useState(() => Math.min(window.innerWidth / W, window.innerHeight / H));
  useEffect(() => {
    const on = () => setScale(Math.min(window.innerWidth / W, window.innerHeight / H));
    window.addEventListener('resize', on);
    return () => window.removeEventListener('resize', on);
  }, []);
  return scale;
}

function useNow(ms: number) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

const axisCommon = { axisLine: { lineStyle: { color: C.border } }, axisLabel: { color: C.dim, fontSize: 14 }, splitLine: { lineStyle: { color: 'rgba(31,77,143,0.35)' } } };
const legend = { top: 0, textStyle: { color: C.text, fontSize: 14 } };
const grid = { left: 48, right: 48, top: 40, bottom: 30 };
/** Value labels on bars, but not on the zeros (seven days of 0 0 0 would only clutter the wall). */
const valueLabel = { show: true, position: 'top', color: C.text, fontSize: 13, formatter: (p: { value: number | null }) => (p.value ? String(p.value) : '') };

function flowOption(d: ScreenPayload): ChartOption {
  const days = d.days.map((x) => shortDay(x.day));
  const bar = (name: string, data: number[], i: number) => ({ name, type: 'bar', data, itemStyle: { color: COLORS[i] }, label: valueLabel, barGap: '10%' });
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend,
    grid,
    xAxis: { type: 'category', data: days, ...axisCommon },
    yAxis: { type: 'value', minInterval: 1, ...axisCommon },
    series: [bar('受理量', d.days.map((x) => x.accepted), 0), bar('审批量', d.days.map((x) => x.approved), 1), bar('办结量', d.days.map((x) => x.completed), 2)],
  };
}

function riskOption(d: ScreenPayload): ChartOption {
  const days = d.days.map((x) => shortDay(x.day));
  const rate = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);
  return {
    tooltip: { trigger: 'axis' },
    legend,
    grid,
    xAxis: { type: 'category', data: days, ...axisCommon },
    yAxis: [
      { type: 'value', minInterval: 1, name: '件', nameTextStyle: { color: C.dim }, ...axisCommon },
      { type: 'value', name: '%', nameTextStyle: { color: C.dim }, ...axisCommon, splitLine: { show: false } },
    ],
    series: [
      { name: '超期量', type: 'bar', data: d.days.map((x) => x.overdue), itemStyle: { color: C.bad }, label: valueLabel },
      { name: '退件量', type: 'bar', data: d.days.map((x) => x.returned), itemStyle: { color: C.warn }, label: valueLabel },
      { name: '超期率', type: 'line', yAxisIndex: 1, data: d.days.map((x) => rate(x.overdueRate)), itemStyle: { color: '#ff8fa3' }, connectNulls: true },
      { name: '退件率', type: 'line', yAxisIndex: 1, data: d.days.map((x) => rate(x.returnedRate)), itemStyle: { color: '#ffe08a' }, connectNulls: true },
    ],
  };
}

function interruptOption(d: ScreenPayload): ChartOption {
  const days = d.days.map((x) => shortDay(x.day));
  const kinds: [keyof ScreenPayload['days'][number]['interruptions'], string][] = [
    ['paused', '暂停'],
    ['specialProcedures', '特别程序'],
    ['withdrawn', '撤回'],
    ['terminated', '终止'],
    ['correctionLapsed', '补正逾期'],
  ];
  return {
    color: ['#39c5ff', '#c77dff', '#ffd166', '#ff5a5a', '#8ea6cc'],
    tooltip: { trigger: 'axis' },
    legend,
    grid,
    xAxis: { type: 'category', data: days, ...axisCommon },
    yAxis: { type: 'value', minInterval: 1, ...axisCommon },
    series: [
      ...kinds.map(([k, name]) => ({ name, type: 'bar', stack: 'i', data: d.days.map((x) => x.interruptions[k]) })),
      { name: '中断量', type: 'line', data: d.days.map((x) => x.interrupted), itemStyle: { color: '#ffffff' }, label: valueLabel, lineStyle: { opacity: 0.4 } },
    ],
  };
}

function rankingOption(d: ScreenPayload): ChartOption {
  const rows = d.ranking.filter((r) => r.completed > 0).slice(0, 10).reverse();
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 200, right: 110, top: 10, bottom: 24 },
    xAxis: { type: 'value', max: 100, ...axisCommon, axisLabel: { color: C.dim, formatter: '{value}%' } },
    yAxis: { type: 'category', data: rows.map((r) => `${r.rank}. ${r.departmentName}`), ...axisCommon, axisLabel: { color: C.text, fontSize: 15, width: 190, overflow: 'truncate' } },
    series: [
      {
        name: '按时办结率',
        type: 'bar',
        data: rows.map((r) => (r.onTimeRate === null ? 0 : Math.round(r.onTimeRate * 1000) / 10)),
        itemStyle: { color: C.good },
        label: { show: true, position: 'right', color: C.text, fontSize: 13, formatter: (p: { dataIndex: number }) => `${pct(rows[p.dataIndex]?.onTimeRate)} · ${rows[p.dataIndex]?.completed ?? 0}件` },
      },
    ],
  };
}

function satisfactionOption(rate: number): ChartOption {
  return {
    series: [
      {
        type: 'gauge',
        min: 0,
        max: 100,
        progress: { show: true, width: 16, itemStyle: { color: C.good } },
        axisLine: { lineStyle: { width: 16, color: [[1, 'rgba(31,77,143,0.6)']] } },
        axisTick: { show: false },
        splitLine: { show: false },
        axisLabel: { show: false },
        pointer: { show: false },
        detail: { valueAnimation: false, formatter: '{value}%', color: C.text, fontSize: 34, offsetCenter: [0, '10%'] },
        title: { color: C.dim, fontSize: 16, offsetCenter: [0, '50%'] },
        data: [{ value: Math.round(rate * 1000) / 10, name: '满意率' }],
      },
    ],
  };
}

function Panel({ title, extra, children, style, testId }: { title: string; extra?: React.ReactNode; children: React.ReactNode; style?: React.CSSProperties; testId?: string }) {
  return (
    <section data-testid={testId} style={{ background: C.panel, border: `1px solid ${C.border}`, borderRadius: 6, padding: '10px 16px', display: 'flex', flexDirection: 'column', minHeight: 0, ...style }}>
      <h2 style={{ margin: '0 0 6px', fontSize: 20, color: C.accent, fontWeight: 600, display: 'flex', justifyContent: 'space-between' }}>
        <span>{title}</span>
        <span style={{ color: C.dim, fontSize: 15, fontWeight: 400 }}>{extra}</span>
      </h2>
      <div style={{ flex: 1, minHeight: 0, position: 'relative' }}>{children}</div>
    </section>
  );
}

type ListItem = ScreenPayload['overdue']['items'][number];

/** A list that scrolls by itself when it is longer than its panel (the rows are shown twice for a seamless loop). */
function ScrollingList({ items, kind, testId }: { items: ListItem[]; kind: 'overdue' | 'warning'; testId: string }) {
  const visible = 7;
  const scroll = items.length > visible;
  const rows = scroll ? [...items, ...items] : items;
  const color = kind === 'overdue' ? C.bad : C.warn;
  const row = (it: ListItem, i: number) => (
    <div key={`${it.caseNo}-${i}`} style={{ display: 'grid', gridTemplateColumns: '210px 1fr 150px 120px', gap: 8, height: 40, alignItems: 'center', borderBottom: '1px solid rgba(31,77,143,0.35)', fontSize: 15 }}>
      <span style={{ fontFamily: 'monospace', color: C.dim }}>{it.caseNo}</span>
      <span style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>{it.itemName}</span>
      <span style={{ overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis', color: C.dim }}>{it.departmentName}</span>
      <span style={{ color }}>{it.dueDate ? `${kind === 'overdue' ? '应于' : '将于'} ${shortDay(it.dueDate)}` : statusName(it.status)}</span>
    </div>
  );
  if (items.length === 0) return <div style={{ color: C.dim, fontSize: 18, paddingTop: 24, textAlign: 'center' }}>{kind === 'overdue' ? '当前无超期办件' : '当前无临期预警办件'}</div>;
  return (
    <div data-testid={testId} style={{ height: '100%', overflow: 'hidden' }}>
      <div style={scroll ? { animation: `bs-scroll ${items.length * 2.5}s linear infinite` } : undefined}>{rows.map(row)}</div>
    </div>
  );
}

function Counter({ label, value, color, testId, sub }: { label: string; value: string | number; color?: string; testId: string; sub?: string }) {
  return (
    <div style={{ background: C.panel, border: `1px solid ${C.border}`, borderRadius: 6, padding: '10px 14px', textAlign: 'center' }}>
      <div style={{ color: C.dim, fontSize: 17 }}>{label}</div>
      <div data-testid={testId} style={{ fontSize: 44, fontWeight: 700, color: color ?? C.text, lineHeight: 1.2, fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </div>
      {sub && <div style={{ color: C.dim, fontSize: 14 }}>{sub}</div>}
    </div>
  );
}

function TokenPrompt({ onSet }: { onSet: (t: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <div style={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) onSet(value.trim());
        }}
        style={{ background: C.panel, border: `1px solid ${C.border}`, padding: 40, borderRadius: 8, width: 760 }}
      >
        <h1 style={{ color: C.accent, marginTop: 0 }}>大屏凭证</h1>
        <p style={{ color: C.dim, fontSize: 18 }}>请输入中心管理员在“中心管理 › 大屏凭证”中生成的凭证（以 owscr_ 开头）。本机会记住它，以后无需再次输入。</p>
        <label style={{ color: C.text, fontSize: 18 }}>
          凭证
          <input aria-label="大屏凭证" value={value} onChange={(e) => setValue(e.target.value)} style={{ display: 'block', width: '100%', fontSize: 20, padding: 8, margin: '8px 0 20px', fontFamily: 'monospace' }} />
        </label>
        <button type="submit" style={{ fontSize: 20, padding: '8px 28px', background: C.accent, border: 0, borderRadius: 4, cursor: 'pointer' }}>
          启用大屏
        </button>
      </form>
    </div>
  );
}

export default function BigScreenPage() {
  const [token, setToken] = useState<string | null>(() => takeTokenFromFragment());
  const { data, state, lastHeard, revokedReason } = useScreenStream(token);
  const scale = useScale();
  useEffect(() => {
    document.title = '大屏 · 一窗综合受理实时监控';
  }, []);
  const now = useNow(1_000);
  const stale = state !== 'live' || (lastHeard > 0 && now - lastHeard > STALE_AFTER_MS);

  const options = useMemo(() => (data ? { flow: flowOption(data), risk: riskOption(data), interrupt: interruptOption(data), ranking: rankingOption(data) } : null), [data]);
  const sat = data?.satisfaction.overall;
  const setAndStore = (t: string) => {
    localStorage.setItem(TOKEN_KEY, t);
    setToken(t);
  };
  const forget = () => {
    localStorage.removeItem(TOKEN_KEY);
    setToken(null);
  };
  const statusText =
    state === 'revoked' ? '已停止' : state === 'live' && !stale ? '实时' : state === 'connecting' ? '正在连接…' : '连接中断，正在重连…';

  return (
    <div style={{ position: 'fixed', inset: 0, background: '#020812', overflow: 'hidden' }}>
      <style>{`@keyframes bs-scroll { from { transform: translateY(0) } to { transform: translateY(-50%) } }`}</style>
      <div
        data-testid="big-screen"
        style={{ width: W, height: H, transform: `scale(${scale})`, transformOrigin: 'top left', background: `radial-gradient(ellipse at top, #0d2550 0%, ${C.bg} 60%)`, color: C.text, fontFamily: '"Noto Sans CJK SC", "Microsoft YaHei", sans-serif', position: 'relative' }}
      >
        <header style={{ height: 76, display: 'grid', gridTemplateColumns: '1fr auto 1fr', alignItems: 'center', padding: '0 24px', borderBottom: `2px solid ${C.border}` }}>
          <div style={{ lineHeight: 1.35 }}>
            <div style={{ fontSize: 20, color: C.text, fontVariantNumeric: 'tabular-nums' }} data-testid="bs-clock">
              {new Date(now).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}
            </div>
            <div style={{ fontSize: 15, color: C.dim }}>{data ? `统计区间 ${data.window.from} 至 ${data.window.to}（近7日，北京时间）` : ''}</div>
          </div>
          <h1 style={{ margin: 0, fontSize: 36, letterSpacing: 4, color: '#fff' }}>政务服务中心 · 一窗综合受理实时监控</h1>
          <div style={{ textAlign: 'right', lineHeight: 1.35 }} data-testid="bs-status" data-state={stale ? 'stale' : 'live'}>
            <div style={{ fontSize: 20, color: state === 'revoked' ? C.bad : stale ? C.warn : C.good }}>● {statusText}</div>
            <div style={{ fontSize: 15, color: stale && state !== 'revoked' ? C.warn : C.dim }}>
              {data ? (stale && state !== 'revoked' ? `数据可能已过期，更新于 ${bjTime(data.generatedAt)}` : `数据生成于 ${bjTime(data.generatedAt)} · 连接正常 ${lastHeard ? bjTime(new Date(lastHeard).toISOString()) : ''}`) : ''}
            </div>
          </div>
        </header>

        {!token && <TokenPrompt onSet={setAndStore} />}

        {token && state === 'revoked' && (
          <div data-testid="bs-revoked" style={{ position: 'absolute', inset: 0, zIndex: 10, background: 'rgba(2,8,18,0.92)', display: 'flex', flexDirection: 'column', alignItems: 'center', justifyContent: 'center', gap: 20 }}>
            <div style={{ fontSize: 64, color: C.bad, fontWeight: 700 }}>大屏凭证已被撤销</div>
            <div style={{ fontSize: 24, color: C.dim }}>{revokedReason}</div>
            <div style={{ fontSize: 22, color: C.dim }}>大屏已停止更新。请中心管理员重新生成凭证后在本机输入。</div>
            <button onClick={forget} style={{ fontSize: 20, padding: '8px 28px', background: C.accent, border: 0, borderRadius: 4, cursor: 'pointer' }}>
              输入新凭证
            </button>
          </div>
        )}

        {token && !data && state !== 'revoked' && <div style={{ fontSize: 28, color: C.dim, textAlign: 'center', paddingTop: 300 }}>正在连接大屏数据…</div>}

        {data && options && (
          <main style={{ display: 'grid', gridTemplateRows: '128px 1fr', gap: 14, padding: 16, height: H - 76, boxSizing: 'border-box', opacity: stale ? 0.75 : 1 }}>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(8, 1fr)', gap: 12 }}>
              <Counter label="今日受理" value={data.live.today.accepted} testId="bs-today-accepted" color={C.accent} sub={`近7日 ${data.last7Days.accepted}`} />
              <Counter label="今日审批" value={data.live.today.approved} testId="bs-today-approved" color={C.good} sub={`近7日 ${data.last7Days.approved}`} />
              <Counter label="今日办结" value={data.live.today.completed} testId="bs-today-completed" color="#ffd166" sub={`近7日 ${data.last7Days.completed}`} />
              <Counter label="在办件" value={data.live.open} testId="bs-open" />
              <Counter label="当前超期" value={data.live.overdueNow} testId="bs-overdue-now" color={C.bad} sub={`近7日超期率 ${pct(data.last7Days.overdueRate)}`} />
              <Counter label="临期预警" value={data.live.warningNow} testId="bs-warning-now" color={C.warn} />
              <Counter label="今日退件" value={data.live.today.returned} testId="bs-today-returned" sub={`近7日退件率 ${pct(data.last7Days.returnedRate)}`} />
              <Counter label="今日中断" value={data.live.today.interrupted} testId="bs-today-interrupted" sub={`近7日 ${data.last7Days.interrupted}`} />
            </div>
            <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr 0.9fr', gap: 14, minHeight: 0 }}>
              <div style={{ display: 'grid', gridTemplateRows: '1fr 1fr 1fr', gap: 14, minHeight: 0 }}>
                <Panel title="受理量 · 审批量 · 办结量" extra="近7日逐日">
                  <EChart option={options.flow} testId="chart-flow" style={{ height: '100%' }} />
                </Panel>
                <Panel title="超期量(率) · 退件量(率)" extra="近7日逐日">
                  <EChart option={options.risk} testId="chart-risk" style={{ height: '100%' }} />
                </Panel>
                <Panel title="中断量" extra="暂停、特别程序、撤回、终止、补正逾期">
                  <EChart option={options.interrupt} testId="chart-interrupt" style={{ height: '100%' }} />
                </Panel>
              </div>
              <div style={{ display: 'grid', gridTemplateRows: '1fr 1fr', gap: 14, minHeight: 0 }}>
                <Panel title="超期办件" extra={`共 ${data.overdue.total} 件`} testId="bs-overdue">
                  <ScrollingList items={data.overdue.items} kind="overdue" testId="bs-overdue-list" />
                </Panel>
                <Panel title="临期预警" extra={`共 ${data.warning.total} 件`} testId="bs-warning">
                  <ScrollingList items={data.warning.items} kind="warning" testId="bs-warning-list" />
                </Panel>
              </div>
              <div style={{ display: 'grid', gridTemplateRows: sat ? '1.6fr 1fr' : '1fr', gap: 14, minHeight: 0 }}>
                <Panel title="部门按时办结排名" extra="近7日" testId="bs-ranking">
                  {data.ranking.some((r) => r.completed > 0) ? <EChart option={options.ranking} testId="chart-ranking" style={{ height: '100%' }} /> : <div style={{ color: C.dim, fontSize: 18, textAlign: 'center', paddingTop: 24 }}>近7日暂无办结，暂不排名</div>}
                </Panel>
                {sat && (
                  <Panel title="办事满意度" extra={`近7日评价 ${sat.rated} 件`} testId="bs-satisfaction">
                    <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', height: '100%' }}>
                      {sat.satisfactionRate !== null ? <EChart option={satisfactionOption(sat.satisfactionRate)} style={{ height: '100%' }} /> : <div />}
                      <div style={{ fontSize: 18, lineHeight: 2, alignSelf: 'center' }}>
                        <div>满意 {sat.satisfied} 件</div>
                        <div style={{ color: C.bad }}>差评 {sat.bad} 件</div>
                        <div style={{ color: C.dim }}>平均 {sat.averages.level?.toFixed(2) ?? '—'} 分</div>
                      </div>
                    </div>
                  </Panel>
                )}
              </div>
            </div>
          </main>
        )}
      </div>
    </div>
  );
}
