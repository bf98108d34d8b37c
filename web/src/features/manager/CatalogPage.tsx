/**
 * 事项目录: search the catalog, create an item, edit its draft, publish or retire it, read its
 * version history with the differences between any two versions, and import or export the catalog.
 * Nothing changes a published version: an edit is a draft until it is published.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Checkbox, Descriptions, Drawer, Form, Input, InputNumber, Modal, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useEffect, useState } from 'react';
import { CHANNELS, ITEM_TYPES, MATERIAL_FORMS, SPECIAL_PROCEDURES, type ServiceItemContent } from '../../../../domain/catalog/types';
import { api, problemText, unwrap } from '../../shared/api/client';
import type { ItemList, ItemSummary } from '../../shared/api/types';
import { type Department, call, download, qs } from './api';

interface VersionRow {
  version: number;
  state: 'DRAFT' | 'PUBLISHED' | 'SUPERSEDED';
  name: string;
  statutoryLimitDays: number;
  promisedLimitDays: number;
  createdBy: string;
  createdAt: string;
  publishedAt: string | null;
}
interface Versions {
  code: string;
  status: 'ACTIVE' | 'RETIRED';
  publishedVersion: number | null;
  versions: VersionRow[];
}
interface FieldChange {
  field: string;
  label: string;
  fromText: string;
  toText: string;
}
interface Diff {
  same: boolean;
  changeCount: number;
  fields: FieldChange[];
  materials: { added: { code: string; name: string }[]; removed: { code: string; name: string }[]; changed: { code: string; name: string; changes: FieldChange[] }[] };
  specialProcedures: { added: { kind: string }[]; removed: { kind: string }[]; changed: { code: string; name: string; changes: FieldChange[] }[] };
}
/** GET /api/v1/items/{code}?version=N, the parts the editor needs. */
interface Guide extends Omit<ServiceItemContent, 'materials' | 'specialProcedures'> {
  code: string;
  version: number;
  state: string;
  status: string;
  department: { code: string; name: string };
  zone: { code: string; name: string };
  materials: (ServiceItemContent['materials'][number] & { formName?: string })[];
  specialProcedures: { kind: keyof typeof SPECIAL_PROCEDURES; limitDays?: number; legalBasis?: string }[];
}

const STATE_TAGS: Record<string, ReactNode> = { DRAFT: <Tag color="orange">草稿</Tag>, PUBLISHED: <Tag color="green">已发布</Tag>, SUPERSEDED: <Tag>已替代</Tag> };
const CHANNEL_LABELS: Record<string, string> = { ONLINE: '网上办理', WINDOW: '窗口办理' };

/** The guide minus what only the guide shows: the content exactly as PUT …/draft takes it. */
function contentOf(g: Guide): ServiceItemContent {
  return {
    name: g.name,
    itemType: g.itemType,
    channels: g.channels,
    statutoryLimitDays: g.statutoryLimitDays,
    promisedLimitDays: g.promisedLimitDays,
    conditions: g.conditions,
    legalBasis: g.legalBasis,
    resultType: g.resultType,
    fee: g.fee,
    materials: g.materials.map(({ formName: _f, ...m }) => ({ ...m, ...(m.tolerable ? {} : { defaultSupplyDays: undefined }) })),
    specialProcedures: g.specialProcedures.map((p) => ({ kind: p.kind, ...(p.limitDays !== undefined ? { limitDays: p.limitDays } : {}), ...(p.legalBasis ? { legalBasis: p.legalBasis } : {}) })),
  } as ServiceItemContent;
}

/** Removes undefined (JSON drops them anyway) so the strict body has only what was filled in. */
const clean = <T,>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function ContentFields() {
  return (
    <>
      <Form.Item label="事项名称" name="name" rules={[{ required: true, message: '请填写事项名称' }]}>
        <Input aria-label="事项名称" />
      </Form.Item>
      <Space wrap>
        <Form.Item label="事项类型" name="itemType" rules={[{ required: true }]}>
          <Select style={{ width: 160 }} options={Object.entries(ITEM_TYPES).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label="办理渠道" name="channels">
          <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} />
        </Form.Item>
        <Form.Item label="法定时限（工作日）" name="statutoryLimitDays" rules={[{ required: true }]}>
          <InputNumber aria-label="法定时限" min={1} />
        </Form.Item>
        <Form.Item label="承诺时限（工作日）" name="promisedLimitDays" rules={[{ required: true }]}>
          <InputNumber aria-label="承诺时限" min={1} />
        </Form.Item>
      </Space>
      <Form.Item label="受理条件" name="conditions">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Form.Item label="设定依据" name="legalBasis">
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        <Form.Item label="审批结果" name="resultType">
          <Input style={{ width: 260 }} />
        </Form.Item>
        <Form.Item label="收费标准" name="fee">
          <Input style={{ width: 260 }} />
        </Form.Item>
      </Space>
      <Typography.Text strong>申请材料</Typography.Text>
      <Form.List name="materials">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Card key={f.key} size="small" style={{ marginBottom: 8 }}>
                <Space wrap align="start">
                  <Form.Item label="编码" name={[f.name, 'code']} rules={[{ required: true }]}>
                    <Input style={{ width: 90 }} />
                  </Form.Item>
                  <Form.Item label="名称" name={[f.name, 'name']} rules={[{ required: true }]}>
                    <Input style={{ width: 260 }} />
                  </Form.Item>
                  <Form.Item label="形式" name={[f.name, 'form']}>
                    <Select style={{ width: 130 }} options={Object.entries(MATERIAL_FORMS).map(([value, label]) => ({ value, label }))} />
                  </Form.Item>
                  <Form.Item label="份数" name={[f.name, 'copies']}>
                    <InputNumber min={0} style={{ width: 70 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'required']} valuePropName="checked">
                    <Checkbox>必需</Checkbox>
                  </Form.Item>
                  <Form.Item name={[f.name, 'tolerable']} valuePropName="checked">
                    <Checkbox>可容缺</Checkbox>
                  </Form.Item>
                  <Form.Item label="补交时限" name={[f.name, 'defaultSupplyDays']}>
                    <InputNumber min={1} style={{ width: 70 }} />
                  </Form.Item>
                  <Button danger size="small" onClick={() => remove(f.name)}>
                    删除
                  </Button>
                </Space>
                <Form.Item label="材料说明" name={[f.name, 'description']} style={{ marginBottom: 0 }}>
                  <Input />
                </Form.Item>
              </Card>
            ))}
            <Button onClick={() => add({ code: `M${fields.length + 1}`, name: '', description: '', form: 'ORIGINAL', copies: 1, required: true, tolerable: false })}>添加材料</Button>
          </>
        )}
      </Form.List>
    </>
  );
}

export default function CatalogPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const [openCode, setOpenCode] = useState('');
  const items = useQuery({
    queryKey: ['catalog-items', search, page],
    queryFn: () => unwrap<ItemList>(api.GET('/api/v1/items', { params: { query: { q: search || undefined, page, pageSize: 15 } } })),
  });
  const importFile = useMutation({
    mutationFn: async (file: File) => call<{ items: number } & Record<string, unknown>>('POST', '/api/v1/catalog/import', JSON.parse(await file.text())),
    onSuccess: (r) => {
      Modal.success({ title: '导入完成（新内容为草稿，逐项发布后生效）', content: <pre style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(r, null, 2)}</pre> });
      void client.invalidateQueries({ queryKey: ['catalog-items'] });
    },
    onError: (e) => Modal.error({ title: '导入被拒绝，未写入任何内容', content: problemText(e) }),
  });

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        事项目录
      </Typography.Title>
      <Card size="small">
        <Space wrap>
          <Input.Search aria-label="事项名称或编码" placeholder="事项名称或编码" value={q} onChange={(e) => setQ(e.target.value)} onSearch={(v) => { setSearch(v.trim()); setPage(1); }} enterButton="查询" style={{ width: 360 }} />
          <Input aria-label="按编码打开" placeholder="按编码打开（含未发布草稿）" value={openCode} onChange={(e) => setOpenCode(e.target.value)} onPressEnter={() => openCode.trim() && setOpen(openCode.trim())} style={{ width: 240 }} />
          <Button type="primary" onClick={() => setCreating(true)}>
            新建事项
          </Button>
          <Button onClick={() => download('/api/v1/catalog/export', 'catalog.json').catch((e) => message.error(problemText(e)))}>导出目录</Button>
          <Upload accept=".json,application/json" showUploadList={false} beforeUpload={(f) => { importFile.mutate(f); return false; }}>
            <Button loading={importFile.isPending}>导入目录</Button>
          </Upload>
        </Space>
      </Card>
      <Table<ItemSummary>
        size="small"
        rowKey="code"
        loading={items.isLoading}
        dataSource={items.data?.items}
        data-testid="catalog-items"
        onRow={(r) => ({ onClick: () => setOpen(r.code), style: { cursor: 'pointer' } })}
        pagination={{ current: page, pageSize: 15, total: items.data?.total, onChange: setPage, showTotal: (t) => `共 ${t} 项已发布事项` }}
        columns={[
          { title: '编码', dataIndex: 'code' },
          { title: '事项名称', dataIndex: 'name' },
          { title: '部门', dataIndex: 'departmentName' },
          { title: '分区', dataIndex: 'zoneName' },
          { title: '承诺/法定时限', key: 'limits', render: (_, r) => `${r.promisedLimitDays} / ${r.statutoryLimitDays} 个工作日` },
          { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
        ]}
      />
      {open && <ItemDrawer code={open} onClose={() => setOpen(null)} />}
      {creating && <CreateItem onClose={() => setCreating(false)} onCreated={(code) => { setCreating(false); setOpen(code); }} />}
    </Space>
  );
}

function CreateItem({ onClose, onCreated }: { onClose: () => void; onCreated: (code: string) => void }) {
  const [form] = Form.useForm();
  const departments = useQuery({ queryKey: ['departments'], queryFn: () => call<{ departments: Department[] }>('GET', '/api/v1/departments') });
  const zones = useQuery({ queryKey: ['zones'], queryFn: () => call<{ zones: { code: string; name: string }[] }>('GET', '/api/v1/zones') });
  const create = useMutation({
    mutationFn: (v: { code: string; departmentCode: string; zoneCode: string; parentCode?: string } & ServiceItemContent) => {
      const { code, departmentCode, zoneCode, parentCode, ...content } = v;
      return call('POST', '/api/v1/items', clean({ code, departmentCode, zoneCode, parentCode: parentCode || undefined, content: { ...content, specialProcedures: [] } }));
    },
    onSuccess: (_r, v) => onCreated(v.code),
  });
  return (
    <Modal open width={960} title="新建事项（保存为草稿）" onCancel={onClose} onOk={() => form.submit()} okText="保存草稿" confirmLoading={create.isPending}>
      <Form form={form} layout="vertical" initialValues={{ itemType: 'LICENCE', channels: ['WINDOW', 'ONLINE'], statutoryLimitDays: 20, promisedLimitDays: 10, conditions: '', legalBasis: '', resultType: '', fee: '不收费', materials: [] }} onFinish={(v) => create.mutate(v)}>
        <Space wrap>
          <Form.Item label="事项编码" name="code" rules={[{ required: true }]}>
            <Input aria-label="事项编码" style={{ width: 200 }} />
          </Form.Item>
          <Form.Item label="部门" name="departmentCode" rules={[{ required: true }]}>
            <Select style={{ width: 220 }} options={departments.data?.departments.map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
          <Form.Item label="分区" name="zoneCode" rules={[{ required: true }]}>
            <Select style={{ width: 200 }} options={zones.data?.zones.map((z) => ({ value: z.code, label: z.name }))} />
          </Form.Item>
          <Form.Item label="主项编码（拆分项填写）" name="parentCode">
            <Input style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <ContentFields />
      </Form>
      {create.error && <Typography.Text type="danger">{problemText(create.error)}</Typography.Text>}
    </Modal>
  );
}

function ItemDrawer({ code, onClose }: { code: string; onClose: () => void }) {
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const versions = useQuery({ queryKey: ['item-versions', code], queryFn: () => call<Versions>('GET', `/api/v1/items/${encodeURIComponent(code)}/versions`) });
  const editable = versions.data?.versions.find((v) => v.state === 'DRAFT') ?? versions.data?.versions.find((v) => v.state === 'PUBLISHED') ?? versions.data?.versions[0];
  const guide = useQuery({
    queryKey: ['item-guide', code, editable?.version],
    enabled: !!editable,
    queryFn: () => call<Guide>('GET', `/api/v1/items/${encodeURIComponent(code)}?${qs({ version: editable!.version })}`),
  });
  const [base, setBase] = useState<ServiceItemContent | null>(null);
  useEffect(() => {
    if (guide.data) {
      const c = contentOf(guide.data);
      setBase(c);
      form.setFieldsValue(c);
    }
  }, [guide.data, form]);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: ['item-versions', code] });
    void client.invalidateQueries({ queryKey: ['item-guide', code] });
    void client.invalidateQueries({ queryKey: ['catalog-items'] });
  };
  const save = useMutation({
    mutationFn: (v: ServiceItemContent) => call<{ version: number }>('PUT', `/api/v1/items/${encodeURIComponent(code)}/draft`, { content: clean({ ...base, ...v, materials: v.materials.map((m) => ({ ...m, defaultSupplyDays: m.tolerable ? m.defaultSupplyDays : undefined })) }) }),
    onSuccess: (r) => {
      message.success(`已保存为草稿（第 ${r.version} 版），发布后生效`);
      refresh();
    },
  });
  const publish = useMutation({
    mutationFn: () => call<{ version: number }>('POST', `/api/v1/items/${encodeURIComponent(code)}/publish`),
    onSuccess: (r) => {
      message.success(`第 ${r.version} 版已发布，新办件按此版本受理`);
      refresh();
    },
    onError: (e) => message.error(problemText(e)),
  });
  const retire = useMutation({
    mutationFn: (reason: string) => call('POST', `/api/v1/items/${encodeURIComponent(code)}/retire`, { reason }),
    onSuccess: () => {
      message.success('事项已停用，不再受理新申请；在办件不受影响');
      refresh();
    },
    onError: (e) => message.error(problemText(e)),
  });
  const askRetire = () => {
    let reason = '';
    modal.confirm({
      title: `停用事项 ${code}`,
      content: <Input.TextArea aria-label="停用原因" rows={3} placeholder="停用原因（必填）" onChange={(e) => (reason = e.target.value)} />,
      okText: '停用',
      cancelText: '取消',
      onOk: () => retire.mutateAsync(reason),
    });
  };
  const hasDraft = versions.data?.versions.some((v) => v.state === 'DRAFT');
  const retired = versions.data?.status === 'RETIRED';

  return (
    <Drawer open width={1000} title={`${code} ${guide.data?.name ?? ''}`} onClose={onClose} extra={retired ? <Tag color="red">已停用</Tag> : null}>
      {(versions.error || guide.error) && <Typography.Text type="danger">{problemText(versions.error ?? guide.error)}</Typography.Text>}
      <Tabs
        items={[
          {
            key: 'edit',
            label: hasDraft ? `编辑草稿（第 ${editable?.version} 版）` : '编辑',
            children: (
              <>
                {guide.data && (
                  <Descriptions size="small" column={3} style={{ marginBottom: 12 }}>
                    <Descriptions.Item label="部门">{guide.data.department.name}</Descriptions.Item>
                    <Descriptions.Item label="分区">{guide.data.zone.name}</Descriptions.Item>
                    <Descriptions.Item label="特别程序">{guide.data.specialProcedures.map((p) => SPECIAL_PROCEDURES[p.kind]?.name ?? p.kind).join('、') || '无'}</Descriptions.Item>
                  </Descriptions>
                )}
                <Form form={form} layout="vertical" disabled={retired} onFinish={(v) => save.mutate(v)}>
                  <ContentFields />
                  <Space style={{ marginTop: 16 }}>
                    <Button type="primary" htmlType="submit" loading={save.isPending}>
                      保存草稿
                    </Button>
                    <Button onClick={() => publish.mutate()} disabled={!hasDraft || retired} loading={publish.isPending}>
                      发布草稿
                    </Button>
                    <Button danger onClick={askRetire} disabled={retired}>
                      停用事项
                    </Button>
                  </Space>
                </Form>
                {save.error && (
                  <Typography.Paragraph type="danger" data-testid="draft-error" style={{ marginTop: 8 }}>
                    {problemText(save.error)}
                  </Typography.Paragraph>
                )}
              </>
            ),
          },
          { key: 'history', label: '版本历史', children: versions.data ? <History code={code} data={versions.data} /> : null },
        ]}
      />
    </Drawer>
  );
}

function History({ code, data }: { code: string; data: Versions }) {
  const newest = data.versions[0]?.version ?? 1;
  const [to, setTo] = useState(newest);
  const [from, setFrom] = useState(Math.max(1, newest - 1));
  useEffect(() => {
    setTo(newest);
    setFrom(Math.max(1, newest - 1));
  }, [newest]);
  const diff = useQuery({
    queryKey: ['item-diff', code, from, to],
    enabled: from !== to,
    queryFn: () => call<Diff>('GET', `/api/v1/items/${encodeURIComponent(code)}/versions/diff?${qs({ from, to })}`),
  });
  const options = data.versions.map((v) => ({ value: v.version, label: `第 ${v.version} 版` }));
  const changeRows: { key: string; where: string; label: string; fromText: string; toText: string }[] = [];
  if (diff.data) {
    for (const f of diff.data.fields) changeRows.push({ key: f.field, where: '事项', label: f.label, fromText: f.fromText, toText: f.toText });
    for (const m of diff.data.materials.added) changeRows.push({ key: `m+${m.code}`, where: '材料', label: '新增材料', fromText: '', toText: m.name });
    for (const m of diff.data.materials.removed) changeRows.push({ key: `m-${m.code}`, where: '材料', label: '删除材料', fromText: m.name, toText: '' });
    for (const m of diff.data.materials.changed) for (const c of m.changes) changeRows.push({ key: `m~${m.code}${c.field}`, where: `材料 ${m.name}`, label: c.label, fromText: c.fromText, toText: c.toText });
    for (const p of diff.data.specialProcedures.added) changeRows.push({ key: `p+${p.kind}`, where: '特别程序', label: '新增', fromText: '', toText: SPECIAL_PROCEDURES[p.kind as keyof typeof SPECIAL_PROCEDURES]?.name ?? p.kind });
    for (const p of diff.data.specialProcedures.removed) changeRows.push({ key: `p-${p.kind}`, where: '特别程序', label: '删除', fromText: SPECIAL_PROCEDURES[p.kind as keyof typeof SPECIAL_PROCEDURES]?.name ?? p.kind, toText: '' });
    for (const p of diff.data.specialProcedures.changed) for (const c of p.changes) changeRows.push({ key: `p~${p.code}${c.field}`, where: `特别程序 ${p.name}`, label: c.label, fromText: c.fromText, toText: c.toText });
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<VersionRow>
        size="small"
        rowKey="version"
        dataSource={data.versions}
        pagination={false}
        data-testid="version-history"
        columns={[
          { title: '版本', dataIndex: 'version', render: (v: number) => `第 ${v} 版` },
          { title: '状态', dataIndex: 'state', render: (s: string) => STATE_TAGS[s] ?? s },
          { title: '事项名称', dataIndex: 'name' },
          { title: '承诺/法定时限', key: 'limits', render: (_, v) => `${v.promisedLimitDays} / ${v.statutoryLimitDays}` },
          { title: '编辑人', dataIndex: 'createdBy' },
          { title: '创建', dataIndex: 'createdAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          { title: '发布', dataIndex: 'publishedAt', render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—') },
        ]}
      />
      {data.versions.length > 1 && (
        <Card size="small" title="版本差异">
          <Space style={{ marginBottom: 8 }}>
            从 <Select aria-label="旧版本" value={from} options={options} onChange={setFrom} style={{ width: 110 }} /> 到 <Select aria-label="新版本" value={to} options={options} onChange={setTo} style={{ width: 110 }} />
            {diff.data && <span>{diff.data.same ? '两个版本内容相同' : `共 ${diff.data.changeCount} 处变化`}</span>}
          </Space>
          {diff.error && <Typography.Text type="danger">{problemText(diff.error)}</Typography.Text>}
          <Table
            size="small"
            rowKey="key"
            dataSource={changeRows}
            pagination={false}
            data-testid="version-diff"
            locale={{ emptyText: from === to ? '请选择两个不同的版本' : '无变化' }}
            columns={[
              { title: '位置', dataIndex: 'where', width: 160 },
              { title: '项目', dataIndex: 'label', width: 160 },
              { title: `第 ${from} 版`, dataIndex: 'fromText', render: (v: string) => <Typography.Text delete={!!v}>{v}</Typography.Text> },
              { title: `第 ${to} 版`, dataIndex: 'toText', render: (v: string) => <Typography.Text mark={!!v}>{v}</Typography.Text> },
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
