/**
 * 账号管理 (account administrator): find accounts, open one, change its role, department or
 * window, deactivate or reactivate it, reset its password, unlock it after failed sign-ins.
 * The account rules (a reviewer has a department, only a clerk has a window, strong passwords)
 * are the API's: its refusals show here in Chinese with their field and rule.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ROLE_NAMES } from '../../../../domain/case/names';
import { ApiProblem, api, problemText, unwrap } from '../../shared/api/client';
import type { paths } from '../../shared/api/schema';

type Role = NonNullable<paths['/api/v1/users']['post']['requestBody']>['content']['application/json']['role'];
interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  departmentCode: string | null;
  windowNo: string | null;
  phone: string | null;
  active: boolean;
  locked: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  createdAt: string;
}
interface Users {
  total: number;
  items: User[];
}
const roleOptions = Object.entries(ROLE_NAMES).map(([value, label]) => ({ value, label }));

/** A refusal with its field issues, one per line. */
function ProblemText({ error }: { error: unknown }) {
  if (!error) return null;
  const issues = error instanceof ApiProblem ? error.problem.errors ?? [] : [];
  return (
    <div data-testid="account-error">
      <Typography.Text type="danger">{problemText(error)}</Typography.Text>
      {issues.map((i) => (
        <div key={i.field + i.rule}>
          <Typography.Text type="danger">
            {i.field}：{i.message}（{i.rule}）
          </Typography.Text>
        </div>
      ))}
    </div>
  );
}

export default function AccountsPage() {
  const { message } = App.useApp();
  const client = useQueryClient();
  const [filter, setFilter] = useState<{ q?: string; role?: Role; page: number }>({ page: 1 });
  const [editing, setEditing] = useState<User | 'new' | null>(null);
  const [resetting, setResetting] = useState<User | null>(null);
  const users = useQuery({
    queryKey: ['users', filter],
    queryFn: () => unwrap<Users>(api.GET('/api/v1/users', { params: { query: { q: filter.q || undefined, role: filter.role, page: filter.page, pageSize: 20 } } })),
  });
  const departments = useQuery({ queryKey: ['departments'], queryFn: () => unwrap<{ departments: { code: string; name: string }[] }>(api.GET('/api/v1/departments')) });
  const done = (text: string) => {
    message.success(text);
    void client.invalidateQueries({ queryKey: ['users'] });
  };
  const patch = useMutation({
    mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) => unwrap<User>(api.PATCH('/api/v1/users/{id}', { params: { path: { id } }, body: body as never })),
    onSuccess: (u, { body }) => done(body.active === false ? `${u.displayName} 已停用，其登录会话已结束` : body.active === true ? `${u.displayName} 已启用` : `${u.displayName} 已更新`),
    onError: (e) => message.error(problemText(e)),
  });
  const unlock = useMutation({
    mutationFn: (id: string) => unwrap<User>(api.POST('/api/v1/users/{id}/unlock', { params: { path: { id } } })),
    onSuccess: (u) => done(`${u.displayName} 已解锁`),
    onError: (e) => message.error(problemText(e)),
  });
  const deptName = (code: string | null) => (code ? departments.data?.departments.find((d) => d.code === code)?.name ?? code : '');

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Title level={3} style={{ margin: 0 }}>
        账号管理
      </Typography.Title>
      <Card size="small">
        <Space wrap>
          <Input.Search aria-label="用户名或姓名" placeholder="用户名或姓名" allowClear onSearch={(q) => setFilter({ ...filter, q, page: 1 })} style={{ width: 260 }} enterButton="查询" />
          <Select aria-label="角色" allowClear placeholder="全部角色" style={{ width: 160 }} options={roleOptions} value={filter.role} onChange={(role) => setFilter({ ...filter, role, page: 1 })} />
          <Button type="primary" onClick={() => setEditing('new')}>
            新建账号
          </Button>
        </Space>
      </Card>
      {users.error && <Typography.Text type="danger">{problemText(users.error)}</Typography.Text>}
      <Table<User>
        size="small"
        rowKey="id"
        loading={users.isLoading}
        dataSource={users.data?.items}
        data-testid="users"
        pagination={{ current: filter.page, pageSize: 20, total: users.data?.total, onChange: (page) => setFilter({ ...filter, page }) }}
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'role', render: (r: Role) => ROLE_NAMES[r as keyof typeof ROLE_NAMES] ?? r },
          { title: '部门 / 窗口', key: 'place', render: (_, u) => [deptName(u.departmentCode), u.windowNo ? `窗口 ${u.windowNo}` : ''].filter(Boolean).join(' · ') },
          {
            title: '状态',
            key: 'state',
            render: (_, u) => (
              <Space size={4}>
                {u.active ? <Tag color="green">启用</Tag> : <Tag>已停用</Tag>}
                {u.locked && <Tag color="red">已锁定{u.lockedUntil ? ` 至 ${dayjs(u.lockedUntil).format('HH:mm')}` : ''}</Tag>}
              </Space>
            ),
          },
          {
            title: '操作',
            key: 'actions',
            render: (_, u) => (
              <Space size={4} wrap>
                <Button size="small" onClick={() => setEditing(u)}>
                  编辑
                </Button>
                <Button size="small" onClick={() => setResetting(u)}>
                  重置密码
                </Button>
                {u.locked && (
                  <Button size="small" onClick={() => unlock.mutate(u.id)}>
                    解锁
                  </Button>
                )}
                {u.active ? (
                  <Popconfirm title={`停用 ${u.displayName}？其登录会话将立即结束。`} okText="停用" cancelText="取消" onConfirm={() => patch.mutate({ id: u.id, body: { active: false } })}>
                    <Button size="small" danger>
                      停用
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button size="small" onClick={() => patch.mutate({ id: u.id, body: { active: true } })}>
                    启用
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && <EditUser user={editing === 'new' ? null : editing} departments={departments.data?.departments ?? []} onClose={() => setEditing(null)} onDone={(t) => { setEditing(null); done(t); }} />}
      {resetting && <ResetPassword user={resetting} onClose={() => setResetting(null)} onDone={(t) => { setResetting(null); done(t); }} />}
    </Space>
  );
}

function EditUser({ user, departments, onClose, onDone }: { user: User | null; departments: { code: string; name: string }[]; onClose: () => void; onDone: (text: string) => void }) {
  const [form] = Form.useForm();
  const role = Form.useWatch('role', form) as Role | undefined;
  const save = useMutation({
    mutationFn: async (v: Record<string, string | undefined>) => {
      const departmentCode = role === 'DEPARTMENT_REVIEWER' || role === 'DEPARTMENT_LEAD' ? v.departmentCode : undefined;
      const windowNo = role === 'FRONT_DESK_CLERK' ? v.windowNo : undefined;
      if (!user) {
        const body = { username: v.username, displayName: v.displayName, role: v.role, password: v.password, ...(departmentCode ? { departmentCode } : {}), ...(windowNo ? { windowNo } : {}), ...(v.phone ? { phone: v.phone } : {}) };
        return unwrap<User>(api.POST('/api/v1/users', { body: body as never }));
      }
      const body = { displayName: v.displayName, role: v.role, departmentCode: departmentCode ?? null, windowNo: windowNo ?? null };
      return unwrap<User>(api.PATCH('/api/v1/users/{id}', { params: { path: { id: user.id } }, body: body as never }));
    },
    onSuccess: (u) => onDone(user ? `${u.displayName} 已更新` : `账号 ${u.username} 已创建`),
  });
  return (
    <Modal open title={user ? `编辑 ${user.username}` : '新建账号'} onCancel={onClose} onOk={() => form.submit()} okText="保存" confirmLoading={save.isPending}>
      <Form form={form} layout="vertical" initialValues={user ?? { role: 'FRONT_DESK_CLERK' }} onFinish={(v) => save.mutate(v)}>
        {!user && (
          <Form.Item label="用户名" name="username" rules={[{ required: true }]}>
            <Input aria-label="用户名" />
          </Form.Item>
        )}
        <Form.Item label="姓名" name="displayName" rules={[{ required: true }]}>
          <Input aria-label="姓名" />
        </Form.Item>
        <Form.Item label="角色" name="role" rules={[{ required: true }]}>
          <Select options={roleOptions} />
        </Form.Item>
        {(role === 'DEPARTMENT_REVIEWER' || role === 'DEPARTMENT_LEAD') && (
          <Form.Item label="部门" name="departmentCode" rules={[{ required: true }]}>
            <Select options={departments.map((d) => ({ value: d.code, label: d.name }))} />
          </Form.Item>
        )}
        {role === 'FRONT_DESK_CLERK' && (
          <Form.Item label="窗口号" name="windowNo" rules={[{ required: true }]}>
            <Input placeholder="如 A-03" />
          </Form.Item>
        )}
        {!user && (
          <>
            <Form.Item label="手机号" name="phone">
              <Input />
            </Form.Item>
            <Form.Item label="初始密码" name="password" rules={[{ required: true }]} extra="至少 10 位，包含字母和数字">
              <Input.Password aria-label="初始密码" />
            </Form.Item>
          </>
        )}
      </Form>
      <ProblemText error={save.error} />
    </Modal>
  );
}

function ResetPassword({ user, onClose, onDone }: { user: User; onClose: () => void; onDone: (text: string) => void }) {
  const [password, setPassword] = useState('');
  const reset = useMutation({
    mutationFn: () => unwrap<User>(api.POST('/api/v1/users/{id}/reset-password', { params: { path: { id: user.id } }, body: { password } })),
    onSuccess: () => onDone(`${user.displayName} 的密码已重置，其登录会话已结束`),
  });
  return (
    <Modal open title={`重置 ${user.username} 的密码`} onCancel={onClose} onOk={() => reset.mutate()} okText="重置" okButtonProps={{ disabled: !password }} confirmLoading={reset.isPending}>
      <Input.Password aria-label="新密码" value={password} onChange={(e) => setPassword(e.target.value)} placeholder="至少 10 位，包含字母和数字" />
      <ProblemText error={reset.error} />
    </Modal>
  );
}
