/**
 * 一网通办 The applicant portal: register or sign in, find an item and read its guide, apply with
 * the material files, follow the pre-review and the one-time notice (upload what is missing),
 * follow the progress, download the electronic result, rate the service.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Form, Input, Layout, List, Result, Space, Table, Tabs, Tag, Timeline, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link, Route, Routes, useNavigate, useParams } from 'react-router';
import { ApiProblem, api, authedFetch, problemText, unwrap } from '../../shared/api/client';
import type { CaseEventRow, CaseList, CaseView, ItemGuide, ItemList } from '../../shared/api/types';
import { type TokenAnswer, saveSession, sessionOf } from '../../shared/auth/session';
import { useSession } from '../../shared/auth/useSession';
import { ACCEPT, MATERIAL_LIMIT_TEXT, downloadResult, openDocument, uploadDocument, useDocuments } from '../../shared/documents/documents';
import { DECISION_NAMES, DELIVERY_METHOD_NAMES, eventName, statusName } from '../../../../domain/case/names';

const { Header, Content } = Layout;

async function postJson<T>(url: string, body: unknown, authed = true): Promise<T> {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'zh-CN', 'idempotency-key': crypto.randomUUID() }, body: JSON.stringify(body) };
  const res = authed ? await authedFetch(url, init) : await fetch(url, init);
  const data = await res.json().catch(() => undefined);
  if (!res.ok) throw new ApiProblem(data ?? { type: 'about:blank', title: '', status: res.status, detail: `服务器返回 ${res.status}` });
  return data as T;
}

function SignIn() {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const done = (a: TokenAnswer) => {
    saveSession(sessionOf(a));
    message.success('欢迎使用网上办事大厅');
  };
  const run = async (fn: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    try {
      await fn();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card style={{ maxWidth: 480, margin: '40px auto' }} title="网上办事大厅 · 申请人登录">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Tabs
        items={[
          {
            key: 'login',
            label: '登录',
            children: (
              <Form name="portal-login" layout="vertical" onFinish={(v: { username: string; password: string }) => run(async () => done(await postJson<TokenAnswer>('/api/v1/auth/login', v, false)))}>
                <Form.Item label="账号" name="username" rules={[{ required: true, message: '请输入账号' }]}><Input autoComplete="username" /></Form.Item>
                <Form.Item label="登录密码" name="password" rules={[{ required: true, message: '请输入密码' }]}><Input.Password autoComplete="current-password" /></Form.Item>
                <Button type="primary" htmlType="submit" block loading={busy}>登录</Button>
              </Form>
            ),
          },
          {
            key: 'register',
            label: '注册',
            children: (
              <Form name="portal-register" layout="vertical" onFinish={(v: { username: string; password: string; name: string; phone: string; idNo?: string }) => run(async () => done(await postJson<TokenAnswer>('/api/v1/auth/register', { ...v, idNo: v.idNo || undefined }, false)))}>
                <Form.Item label="账号" name="username" rules={[{ required: true, message: '3–50 位字母、数字' }]}><Input /></Form.Item>
                <Form.Item label="设置密码" name="password" rules={[{ required: true, min: 8, message: '至少 8 位' }]}><Input.Password autoComplete="new-password" /></Form.Item>
                <Form.Item label="姓名或单位名称" name="name" rules={[{ required: true, message: '请填写' }]}><Input /></Form.Item>
                <Form.Item label="手机号码" name="phone" rules={[{ required: true, pattern: /^1\d{10}$/, message: '11 位手机号码' }]}><Input /></Form.Item>
                <Form.Item label="身份证号或统一社会信用代码" name="idNo"><Input /></Form.Item>
                <Typography.Paragraph type="secondary">本地账号由申请人自行填报；接入实名认证系统后由其核验身份。</Typography.Paragraph>
                <Button type="primary" htmlType="submit" block loading={busy}>注册并登录</Button>
              </Form>
            ),
          },
        ]}
      />
    </Card>
  );
}

function Home() {
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const items = useQuery({ queryKey: ['portal-items', q], queryFn: () => unwrap<ItemList>(api.GET('/api/v1/items', { params: { query: { q: q || undefined, channel: 'ONLINE', pageSize: 8 } as never } })) });
  const mine = useQuery({ queryKey: ['portal-cases'], queryFn: () => unwrap<CaseList>(api.GET('/api/v1/cases', { params: { query: { pageSize: 50 } as never } })), refetchInterval: 5000 });
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title="我的办件">
        <Table
          rowKey="caseNo"
          size="small"
          loading={mine.isLoading}
          dataSource={mine.data?.items ?? []}
          pagination={false}
          onRow={(r) => ({ onClick: () => navigate(`/portal/cases/${r.caseNo}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: '办件编号', dataIndex: 'caseNo' },
            { title: '事项', dataIndex: 'itemName' },
            { title: '状态', dataIndex: 'statusName', render: (s: string, r) => <Tag color={r.status === 'CORRECTION_REQUESTED' ? 'orange' : r.status === 'COMPLETED' ? 'green' : 'blue'}>{s}</Tag> },
            { title: '申请时间', dataIndex: 'submittedAt', render: (s: string) => new Date(s).toLocaleString('zh-CN') },
          ]}
        />
      </Card>
      <Card title="我要办事" extra={<Input.Search placeholder="事项名称或编码" aria-label="搜索事项" allowClear onSearch={setQ} style={{ width: 280 }} />}>
        <List
          loading={items.isLoading}
          dataSource={items.data?.items ?? []}
          renderItem={(i) => (
            <List.Item actions={[<Link key="apply" to={`/portal/apply/${encodeURIComponent(i.code)}`}>查看指南并申报</Link>]}>
              <List.Item.Meta title={i.name} description={`${i.code} · ${i.departmentName ?? ''}`} />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

function Apply() {
  const { itemCode } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const { message } = App.useApp();
  const guide = useQuery({ queryKey: ['item', itemCode], queryFn: () => unwrap<ItemGuide>(api.GET('/api/v1/items/{code}', { params: { path: { code: itemCode! }, query: {} as never } })) });
  const [files, setFiles] = useState<Record<string, File>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!guide.data) return <Card loading />;
  const g = guide.data;
  const submit = async (v: { name: string; phone?: string; idNo?: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      const created = await postJson<{ case: CaseView; queryCode: string }>('/api/v1/cases', {
        itemCode: g.code,
        applicant: { name: v.name, ...(v.phone ? { phone: v.phone } : {}), ...(v.idNo ? { idNo: v.idNo } : {}) },
        submittedMaterials: Object.keys(files),
      });
      for (const [code, f] of Object.entries(files)) await uploadDocument(created.case.caseNo, code, f);
      message.success(`已提交，查询码 ${created.queryCode}（请妥善保存）`, 8);
      navigate(`/portal/cases/${created.case.caseNo}?queryCode=${created.queryCode}`);
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={`办事指南：${g.name}`} extra={<Link to="/portal">返回</Link>}>
      <Descriptions size="small" column={2} items={[
        { label: '事项编码', children: g.code },
        { label: '实施部门', children: g.department.name },
        { label: '承诺时限', children: `${g.promisedLimitDays} 个工作日` },
        { label: '收费', children: g.fee },
        { label: '受理条件', children: g.conditions, span: 2 },
      ]} />
      <Typography.Title level={5} style={{ marginTop: 16 }}>申请材料（{MATERIAL_LIMIT_TEXT}）</Typography.Title>
      <Table
        rowKey="code"
        size="small"
        pagination={false}
        dataSource={g.materials}
        columns={[
          { title: '材料', dataIndex: 'name', render: (n: string, m) => <>{n} {m.required ? <Tag color="red">必交</Tag> : <Tag>选交</Tag>}</> },
          {
            title: '上传',
            render: (_: unknown, m) => (
              <Upload
                accept={ACCEPT}
                maxCount={1}
                beforeUpload={(f) => {
                  setFiles((s) => ({ ...s, [m.code]: f }));
                  return false;
                }}
                onRemove={() => setFiles(({ [m.code]: _x, ...rest }) => rest)}
              >
                <Button aria-label={`上传 ${m.name}`}>选择文件</Button>
              </Upload>
            ),
          },
        ]}
      />
      <Form layout="inline" style={{ marginTop: 16 }} initialValues={{ name: session?.user.displayName.replace(/^申请人\s*/, '') }} onFinish={submit}>
        <Form.Item label="申请人" name="name" rules={[{ required: true, message: '请填写申请人' }]}><Input /></Form.Item>
        <Form.Item label="手机号码" name="phone" rules={[{ pattern: /^1\d{10}$/, message: '11 位手机号码' }]}><Input /></Form.Item>
        <Form.Item label="证件号码" name="idNo"><Input /></Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>提交申请</Button>
      </Form>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 16 }} />}
    </Card>
  );
}

function CaseDetail() {
  const { caseNo } = useParams();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const view = useQuery({ queryKey: ['case', caseNo], queryFn: () => unwrap<CaseView>(api.GET('/api/v1/cases/{caseNo}', { params: { path: { caseNo: caseNo! } } })), refetchInterval: 4000 });
  const events = useQuery({ queryKey: ['case-events', caseNo], queryFn: () => unwrap<CaseEventRow[]>(api.GET('/api/v1/cases/{caseNo}/events', { params: { path: { caseNo: caseNo! } } })), refetchInterval: 4000 });
  const docs = useDocuments(caseNo);
  const [files, setFiles] = useState<Record<string, File>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [code, setCode] = useState<string | null>(null);
  /** Bumped after each supply, so the file slots start empty again. */
  const [round, setRound] = useState(0);
  if (!view.data) return <Card loading />;
  const c = view.data;
  const notice = c.status === 'CORRECTION_REQUESTED' ? c.correction : undefined;
  const supply = async () => {
    setBusy(true);
    setError(undefined);
    try {
      for (const [m, f] of Object.entries(files)) await uploadDocument(c.caseNo, m, f);
      await postJson(`/api/v1/cases/${c.caseNo}/supply-correction`, { materialCodes: Object.keys(files) });
      setFiles({});
      setRound((r) => r + 1);
      message.success('补正材料已提交');
      await qc.invalidateQueries();
    } catch (e) {
      setError(problemText(e));
    } finally {
      setBusy(false);
    }
  };
  const electronic = c.decision && c.output?.method === 'ELECTRONIC';
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={`办件 ${c.caseNo}`} extra={<Link to="/portal">返回我的办件</Link>}>
        <Descriptions size="small" column={2} items={[
          { label: '事项', children: c.item.name },
          { label: '状态', children: <Tag color="blue">{statusName(c.status)}</Tag> },
          { label: '审批部门', children: c.item.departmentName },
          { label: '承诺办结日期', children: c.dueDate ?? '受理后计算' },
          ...(c.decision ? [{ label: '审批结果', children: DECISION_NAMES[c.decision] }] : []),
          ...(c.output ? [{ label: '出件方式', children: DELIVERY_METHOD_NAMES[c.output.method] }] : []),
          ...(c.refusalReason ? [{ label: '不予受理理由', children: c.refusalReason }] : []),
        ]} />
      </Card>
      {notice && (
        <Card title="一次性告知单（请一次补齐以下材料）" styles={{ header: { color: '#d46b08' } }} data-testid="portal-notice">
          <List
            dataSource={notice.items}
            renderItem={(i) => (
              <List.Item
                actions={i.materialCode && notice.suppliedCodes?.includes(i.materialCode) ? [<Tag key="s" color="green">已补交</Tag>] : i.materialCode ? [
                  <Upload key={`u-${round}`} accept={ACCEPT} maxCount={1} beforeUpload={(f) => { setFiles((s) => ({ ...s, [i.materialCode!]: f })); return false; }} onRemove={() => setFiles(({ [i.materialCode!]: _x, ...rest }) => rest)}>
                    <Button aria-label={`补传 ${i.name}`}>选择文件</Button>
                  </Upload>,
                ] : []}
              >
                <List.Item.Meta title={i.name} description={i.problem} />
              </List.Item>
            )}
          />
          <Typography.Paragraph type="secondary">请于 {notice.supplyBy} 前补正。{MATERIAL_LIMIT_TEXT}</Typography.Paragraph>
          <Button type="primary" onClick={supply} loading={busy} disabled={!Object.keys(files).length}>提交补正材料</Button>
        </Card>
      )}
      {error && <Alert type="error" showIcon message={error} />}
      {c.decision && (
        <Card title="办理结果">
          {electronic ? (
            <Result
              status={c.decision === 'APPROVED' ? 'success' : 'warning'}
              title={c.decision === 'APPROVED' ? '准予许可：电子证照已出具' : '不予许可：决定书已出具'}
              subTitle={code ? `核验码：${code}` : '电子文书带二维码，任何人可扫码核验真伪'}
              extra={[
                <Button key="d" type="primary" onClick={() => downloadResult(c.caseNo).then(setCode, (e) => setError(problemText(e)))}>下载电子文书</Button>,
                <a key="r" href={`/portal/rate?caseNo=${c.caseNo}`}>评价本次服务</a>,
              ]}
            />
          ) : (
            <Typography.Paragraph>审批结果：{DECISION_NAMES[c.decision]}。{c.output ? `出件方式：${DELIVERY_METHOD_NAMES[c.output.method]}。` : '等待综合窗口出件。'} <a href={`/portal/rate?caseNo=${c.caseNo}`}>评价本次服务</a></Typography.Paragraph>
          )}
        </Card>
      )}
      <Card title="已提交的材料" data-testid="portal-documents">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={(docs.data ?? []).filter((d) => d.kind === 'MATERIAL')}
          columns={[
            { title: '材料', dataIndex: 'materialCode' },
            { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
            { title: '文件', dataIndex: 'fileName', render: (n: string, d) => <a onClick={() => openDocument(c.caseNo, d.id).catch((e) => setError(problemText(e)))}>{n}</a> },
            { title: '来源', dataIndex: 'channel', render: (ch: string) => (ch === 'WINDOW' ? '窗口扫描' : '网上上传') },
            { title: '时间', dataIndex: 'createdAt', render: (s: string) => new Date(s).toLocaleString('zh-CN') },
          ]}
        />
      </Card>
      <Card title="办理进度">
        <Timeline items={(events.data ?? []).map((e) => ({ children: `${new Date(e.at).toLocaleString('zh-CN')} ${eventName(e.type)}${e.actor ? `（${e.actor.name}）` : ''}` }))} />
      </Card>
    </Space>
  );
}

export default function PortalApp() {
  const session = useSession();
  const applicant = session?.user.role === 'APPLICANT';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Header style={{ background: '#b7202e', color: '#fff', display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
        <span style={{ fontSize: 18 }}>榆林市政务服务网 · 网上办事大厅</span>
        {applicant && (
          <span>
            {session!.user.displayName}{' '}
            <Button size="small" onClick={() => saveSession(null)}>退出</Button>
          </span>
        )}
      </Header>
      <Content style={{ padding: 24, maxWidth: 1100, width: '100%', margin: '0 auto' }}>
        {!applicant ? (
          <SignIn />
        ) : (
          <Routes>
            <Route index element={<Home />} />
            <Route path="apply/:itemCode" element={<Apply />} />
            <Route path="cases/:caseNo" element={<CaseDetail />} />
          </Routes>
        )}
      </Content>
    </Layout>
  );
}
