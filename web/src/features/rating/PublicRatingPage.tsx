/**
 * 办件进度查询与评价 The public page (no sign-in): the applicant enters the case number and the
 * query code from the acceptance receipt — or arrives by the rating link in the SMS invitation
 * (/portal/rate?caseNo=…&token=…) — sees the case's progress and, once it is completed, rates it
 * once (好差评): five levels plus the dimensions overall, efficiency, service level, attitude and
 * free text.
 */
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Result, Steps, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { eventName, statusName } from '../../../../domain/case/names';
import { RATING_LEVELS } from '../../../../domain/supervision/labels';

interface RatingState {
  caseNo: string;
  itemName: string;
  status: string;
  canRate: boolean;
  rating: { level: number; levelName: string; ratedAt: string } | null;
}
interface Progress {
  status: string;
  submittedAt: string;
  dueDate: string | null;
  completedAt: string | null;
  progress: { at: string; step: string }[];
}
type Proof = { caseNo: string; queryCode?: string; token?: string };

const LEVELS = ([5, 4, 3, 2, 1] as const).map((l) => ({ value: l, label: RATING_LEVELS[l] }));
const DIMENSIONS = [
  { name: 'overall', label: '总体评价' },
  { name: 'efficiency', label: '办事效率' },
  { name: 'serviceLevel', label: '服务水平' },
  { name: 'attitude', label: '服务态度' },
] as const;
const zhTime = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

async function call<T>(url: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(url, { ...init, headers: { 'accept-language': 'zh-CN', ...(init.body ? { 'content-type': 'application/json' } : {}) } });
  const body = (await res.json().catch(() => ({}))) as T & { detail?: string; errors?: { message: string }[] };
  if (!res.ok) throw new Error(body.errors?.map((e) => e.message).join('；') || body.detail || `查询失败（${res.status}）`);
  return body;
}

export default function PublicRatingPage() {
  const [params] = useSearchParams();
  const [proof, setProof] = useState<Proof | null>(() => {
    const caseNo = params.get('caseNo');
    const token = params.get('token');
    return caseNo && token ? { caseNo, token } : null;
  });
  const [state, setState] = useState<RatingState>();
  const [progress, setProgress] = useState<Progress>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ levelName: string; message: string }>();

  const load = async (p: Proof) => {
    setBusy(true);
    setError(undefined);
    try {
      const q = new URLSearchParams(p.token ? { token: p.token } : { queryCode: p.queryCode ?? '' });
      setState(await call<RatingState>(`/api/v1/public/cases/${p.caseNo}/rating?${q}`));
      setProgress(p.queryCode ? await call<Progress>(`/api/v1/public/cases/${p.caseNo}?queryCode=${encodeURIComponent(p.queryCode)}`) : undefined);
      setProof(p);
    } catch (e) {
      setState(undefined);
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    if (proof?.token) void load(proof);
    // Once, for the rating link: its token is the proof.
  }, []);

  const rate = async (v: { level: number; overall?: number; efficiency?: number; serviceLevel?: number; attitude?: number; comment?: string }) => {
    if (!proof) return;
    setBusy(true);
    setError(undefined);
    try {
      const body = { ...(proof.token ? { token: proof.token } : { queryCode: proof.queryCode }), ...v, comment: v.comment?.trim() ?? '' };
      const out = await call<{ levelName: string; message: string }>(`/api/v1/public/cases/${proof.caseNo}/rating`, { method: 'POST', body: JSON.stringify(body) });
      setDone(out);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <div style={{ background: '#b7202e', color: '#fff', padding: '12px 24px', fontSize: 18, fontWeight: 600 }}>一窗综合受理平台 · 办件进度查询与评价</div>
      <div style={{ maxWidth: 760, margin: '0 auto', padding: '24px 16px' }}>
        {!proof?.token && (
          <Card title="查询办件" style={{ marginBottom: 16 }}>
            <Form layout="inline" onFinish={(v: { caseNo: string; queryCode: string }) => load({ caseNo: v.caseNo.trim(), queryCode: v.queryCode.trim() })}>
              <Form.Item name="caseNo" rules={[{ required: true, pattern: /^\s*\d{20}\s*$/, message: '办件编号为20位数字' }]}>
                <Input placeholder="办件编号" aria-label="办件编号" style={{ width: 240 }} />
              </Form.Item>
              <Form.Item name="queryCode" rules={[{ required: true, message: '请输入受理回执上的查询码' }]}>
                <Input placeholder="查询码" aria-label="查询码" style={{ width: 180 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={busy}>查询</Button>
            </Form>
          </Card>
        )}
        {error && <Alert type="error" showIcon style={{ marginBottom: 16 }} message={error} data-testid="public-error" />}
        {state && (
          <Card title={`办件 ${state.caseNo}`} style={{ marginBottom: 16 }}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label="事项">{state.itemName}</Descriptions.Item>
              <Descriptions.Item label="状态"><span data-testid="public-status">{statusName(state.status)}</span></Descriptions.Item>
              {progress?.dueDate && <Descriptions.Item label="承诺办结日">{`${progress.dueDate.slice(0, 4)}年${Number(progress.dueDate.slice(5, 7))}月${Number(progress.dueDate.slice(8, 10))}日`}</Descriptions.Item>}
            </Descriptions>
            {progress && progress.progress.length > 0 && (
              <Steps
                direction="vertical"
                size="small"
                current={state.status === 'COMPLETED' ? progress.progress.length : progress.progress.length - 1}
                style={{ marginTop: 12 }}
                items={progress.progress.map((p) => ({ title: eventName(p.step), description: zhTime(p.at) }))}
              />
            )}
          </Card>
        )}
        {done ? (
          <Result status="success" title={`评价已提交：${done.levelName}`} subTitle={<span data-testid="rating-done">{done.message}</span>} />
        ) : state?.rating ? (
          <Alert type="info" showIcon message={`您已于 ${zhTime(state.rating.ratedAt)} 评价：${state.rating.levelName}。每件办件只能评价一次。`} />
        ) : state && !state.canRate ? (
          <Alert type="info" showIcon message="办件办结后即可评价。" />
        ) : state ? (
          <Card title="服务评价（好差评）">
            <Form layout="vertical" onFinish={rate} initialValues={{ comment: '' }}>
              <Form.Item name="level" label="您对本次办事服务的评价" rules={[{ required: true, message: '请选择评价等级' }]}>
                <Radio.Group optionType="button" buttonStyle="solid" options={LEVELS} />
              </Form.Item>
              <Typography.Text type="secondary">分项评价（可不选，不选的按上面的总评计）：</Typography.Text>
              <div style={{ margin: '8px 0 16px' }}>
                {DIMENSIONS.map((d) => (
                  <Form.Item key={d.name} name={d.name} label={d.label} labelCol={{ flex: '80px' }} colon={false} style={{ marginBottom: 4 }} layout="horizontal">
                    <Radio.Group options={LEVELS} aria-label={d.label} />
                  </Form.Item>
                ))}
              </div>
              <Form.Item name="comment" label="意见和建议" rules={[{ max: 1000 }]}>
                <Input.TextArea rows={3} aria-label="意见和建议" />
              </Form.Item>
              <Typography.Paragraph type="secondary">“不满意”“非常不满意”的评价将在1个工作日内回访核实，15个工作日内整改并告知您结果。</Typography.Paragraph>
              <Button type="primary" htmlType="submit" loading={busy}>提交评价</Button>
            </Form>
          </Card>
        ) : null}
      </div>
    </div>
  );
}
