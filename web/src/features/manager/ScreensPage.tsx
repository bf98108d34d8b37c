/**
 * 大屏凭证: the hall's screens run on long-lived, revocable, read-only credentials. The token is
 * shown once, with the address that installs it on the screen's PC (/big-screen#token=…).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { api, problemText, unwrap } from '../../shared/api/client';
import type { paths } from '../../shared/api/schema';

type Listing = paths['/api/v1/screen-credentials']['get']['responses']['200']['content']['application/json'];
type Created = paths['/api/v1/screen-credentials']['post']['responses']['201']['content']['application/json'];
type Credential = Listing['items'][number];

export default function ScreensPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [created, setCreated] = useState<Created | null>(null);
  const list = useQuery({
    queryKey: ['screen-credentials'],
    queryFn: () => unwrap<Listing>(api.GET('/api/v1/screen-credentials', { params: { query: { includeRevoked: 'true' } } })),
  });
  const create = useMutation({
    mutationFn: () => unwrap<Created>(api.POST('/api/v1/screen-credentials', { body: { name } })),
    onSuccess: (c) => {
      setCreated(c);
      setName('');
      void client.invalidateQueries({ queryKey: ['screen-credentials'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/screen-credentials/{id}/revoke', { params: { path: { id } } })),
    onSuccess: () => {
      message.success('凭证已撤销，使用它的大屏将在数秒内停止');
      void client.invalidateQueries({ queryKey: ['screen-credentials'] });
    },
    onError: (e) => message.error(problemText(e)),
  });
  const link = created ? `${window.location.origin}/big-screen#token=${created.token}` : '';

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        大屏凭证
      </Typography.Title>
      <Card size="small" title="新建凭证">
        <Form layout="inline" onFinish={() => create.mutate()}>
          <Form.Item label="大屏名称" required>
            <Input aria-label="大屏名称" value={name} onChange={(e) => setName(e.target.value)} placeholder="如：一楼大厅东侧大屏" style={{ width: 280 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} disabled={!name.trim()}>
            生成凭证
          </Button>
        </Form>
        {create.error && <Typography.Text type="danger">{problemText(create.error)}</Typography.Text>}
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          凭证只能打开大屏，长期有效，可随时撤销。凭证只显示一次，请在大屏电脑上打开生成的地址，大屏会记住它。
        </Typography.Paragraph>
      </Card>
      <Table<Credential>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        dataSource={list.data?.items}
        data-testid="screen-credentials"
        pagination={false}
        columns={[
          { title: '名称', dataIndex: 'name' },
          { title: '凭证前缀', dataIndex: 'tokenPrefix', render: (v: string) => <code>{v}…</code> },
          { title: '创建', key: 'created', render: (_, c) => `${c.createdBy} · ${dayjs(c.createdAt).format('YYYY-MM-DD HH:mm')}` },
          { title: '最近使用', dataIndex: 'lastUsedAt', render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm:ss') : '从未') },
          { title: '状态', key: 'state', render: (_, c) => (c.active ? <Tag color="green">有效</Tag> : <Tag color="red">已撤销 {c.revokedAt ? dayjs(c.revokedAt).format('MM-DD HH:mm') : ''}</Tag>) },
          {
            title: '操作',
            key: 'actions',
            render: (_, c) =>
              c.active ? (
                <Popconfirm title={`撤销「${c.name}」？使用它的大屏将立即停止。`} okText="撤销" cancelText="取消" onConfirm={() => revoke.mutate(c.id)}>
                  <Button size="small" danger>
                    撤销
                  </Button>
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      <Modal open={!!created} title="凭证已生成（只显示这一次）" onCancel={() => setCreated(null)} footer={<Button onClick={() => setCreated(null)}>我已保存</Button>} width={720}>
        {created && (
          <Space direction="vertical" style={{ width: '100%' }}>
            <div>大屏：{created.credential.name}</div>
            <div>凭证：</div>
            <Typography.Paragraph copyable code data-testid="screen-token">
              {created.token}
            </Typography.Paragraph>
            <div>在大屏电脑的浏览器中打开以下地址即可（地址中的凭证不会发送到服务器）：</div>
            <Typography.Paragraph copyable={{ text: link }}>
              <a href={link} target="_blank" rel="noreferrer" data-testid="screen-link">
                {link}
              </a>
            </Typography.Paragraph>
          </Space>
        )}
      </Modal>
    </Space>
  );
}
