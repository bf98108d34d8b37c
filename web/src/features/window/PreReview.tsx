/**
 * 预审 Pre-review: the item's materials as a checklist; the desk computes what is missing and
 * offers the three outcomes. 受理 needs every required material, except tolerable ones left
 * missing with a commitment date (容缺承诺); 一次性告知 lists every missing required material
 * (computed: the clerk may add remarks but cannot leave one out); 不予受理 needs a reason.
 */
import { Alert, Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { ItemGuide } from '../../shared/api/types';

export type Outcome =
  | { kind: 'accept'; tolerated: { code: string; promisedDate: string }[] }
  | { kind: 'correction'; items: { materialCode: string; name: string; problem: string }[]; days: number }
  | { kind: 'refuse'; reason: string };

export interface ApplicantInput {
  kind: 'PERSON' | 'COMPANY';
  name: string;
  idNo?: string;
  phone?: string;
}

interface Props {
  guide: ItemGuide;
  /** Materials already handed in (an online submission): pre-checked. */
  initialSubmitted?: string[];
  /** Given for an existing (online) case: the applicant is not asked again. */
  fixedApplicant?: { name: string };
  busy: boolean;
  onOutcome(outcome: Outcome, submitted: string[], applicant: ApplicantInput | undefined): void;
}

export function PreReview({ guide, initialSubmitted = [], fixedApplicant, busy, onOutcome }: Props) {
  const [submitted, setSubmitted] = useState<string[]>(initialSubmitted);
  const [dates, setDates] = useState<Record<string, Dayjs | null>>({});
  const [form] = Form.useForm<ApplicantInput>();
  const applicantKind = Form.useWatch('kind', form) ?? 'COMPANY';
  const [dialog, setDialog] = useState<'correction' | 'refuse' | null>(null);
  const [remarks, setRemarks] = useState<Record<string, string>>({});
  const [days, setDays] = useState(5);
  const [reason, setReason] = useState('');

  const missingRequired = useMemo(() => guide.materials.filter((m) => m.required && !submitted.includes(m.code)), [guide, submitted]);
  const missingBlocking = missingRequired.filter((m) => !m.tolerable);
  const missingTolerable = missingRequired.filter((m) => m.tolerable);
  const datesMissing = missingTolerable.filter((m) => !dates[m.code]);
  const canAccept = missingBlocking.length === 0 && datesMissing.length === 0;

  const applicant = async (): Promise<ApplicantInput | undefined> => (fixedApplicant ? undefined : await form.validateFields());

  const accept = async () => {
    const a = await applicant();
    onOutcome({ kind: 'accept', tolerated: missingTolerable.map((m) => ({ code: m.code, promisedDate: dates[m.code]!.format('YYYY-MM-DD') })) }, submitted, a);
  };
  const openDialog = async (d: 'correction' | 'refuse') => {
    await applicant();
    setDialog(d);
  };
  const sendCorrection = async () => {
    const a = await applicant();
    onOutcome({ kind: 'correction', days, items: missingRequired.map((m) => ({ materialCode: m.code, name: m.name, problem: remarks[m.code]?.trim() || '未提交' })) }, submitted, a);
    setDialog(null);
  };
  const sendRefusal = async () => {
    const a = await applicant();
    onOutcome({ kind: 'refuse', reason: reason.trim() }, submitted, a);
    setDialog(null);
  };

  return (
    <div>
      {!fixedApplicant && (
        <Form form={form} layout="inline" initialValues={{ kind: 'COMPANY' }} style={{ rowGap: 8, marginBottom: 12 }}>
          <Form.Item name="kind" label="申请人类型">
            <Radio.Group options={[{ value: 'COMPANY', label: '企业' }, { value: 'PERSON', label: '个人' }]} />
          </Form.Item>
          <Form.Item name="name" label={applicantKind === 'PERSON' ? '申请人姓名' : '企业名称'} rules={[{ required: true, whitespace: true, message: '请填写申请人' }, { max: 100 }]}>
            <Input style={{ width: 340 }} />
          </Form.Item>
          <Form.Item name="idNo" label={applicantKind === 'PERSON' ? '身份证号码' : '统一社会信用代码'} rules={[{ pattern: /^[0-9A-Za-z]{6,30}$/, message: '6–30 位字母或数字' }]}>
            <Input style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="phone" label="联系电话" rules={[{ pattern: /^1\d{10}$/, message: '11 位手机号码' }]}>
            <Input style={{ width: 140 }} />
          </Form.Item>
        </Form>
      )}
      {fixedApplicant && (
        <Typography.Paragraph>
          申请人：<strong>{fixedApplicant.name}</strong>
        </Typography.Paragraph>
      )}
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={guide.materials}
        columns={[
          {
            title: '已收',
            width: 56,
            render: (_, m) => (
              <Checkbox
                aria-label={`已收 ${m.name}`}
                checked={submitted.includes(m.code)}
                onChange={(e) => setSubmitted((s) => (e.target.checked ? [...s, m.code] : s.filter((c) => c !== m.code)))}
              />
            ),
          },
          { title: '材料', render: (_, m) => <span>{m.name}</span> },
          { title: '要求', width: 170, render: (_, m) => <>{m.required ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}{m.tolerable && <Tag color="gold">可容缺</Tag>}</> },
          { title: '形式', width: 110, render: (_, m) => `${m.formName}${m.copies > 1 ? ` ×${m.copies}` : ''}` },
          {
            title: '容缺承诺日期',
            width: 170,
            render: (_, m) =>
              m.tolerable && m.required && !submitted.includes(m.code) ? (
                <DatePicker
                  size="small"
                  aria-label={`承诺日期 ${m.name}`}
                  value={dates[m.code] ?? null}
                  disabledDate={(d) => d.isBefore(dayjs().startOf('day'))}
                  onChange={(d) => setDates((s) => ({ ...s, [m.code]: d }))}
                />
              ) : null,
          },
        ]}
      />
      <div style={{ margin: '12px 0' }} data-testid="missing-summary">
        {missingRequired.length === 0 ? (
          <Alert type="success" showIcon title="必需材料齐全，可以受理。" />
        ) : (
          <Alert
            type={missingBlocking.length ? 'warning' : 'info'}
            showIcon
            title={`缺少 ${missingRequired.length} 项必需材料：${missingRequired.map((m) => m.name).join('、')}`}
            description={
              missingBlocking.length
                ? '有不可容缺的材料未提交：请一次性告知申请人补正，或不予受理。'
                : datesMissing.length
                  ? '所缺材料均可容缺：请为每项填写承诺补交日期后受理。'
                  : '所缺材料按容缺受理，补齐前不予出件。'
            }
          />
        )}
      </div>
      <Space wrap>
        <Button type="primary" disabled={!canAccept} loading={busy} onClick={accept}>
          受理
        </Button>
        <Button disabled={missingRequired.length === 0} onClick={() => void openDialog('correction')}>
          一次性告知
        </Button>
        <Button danger onClick={() => void openDialog('refuse')}>
          不予受理
        </Button>
      </Space>

      <Modal title="预受理和一次性告知" open={dialog === 'correction'} okText="确认告知并打印" cancelText="取消" onOk={sendCorrection} confirmLoading={busy} onCancel={() => setDialog(null)} width={720}>
        <Typography.Paragraph>以下为全部缺少的必需材料（由系统根据办事指南计算，不可删减），可为每项补充说明：</Typography.Paragraph>
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={missingRequired}
          data-testid="correction-items"
          columns={[
            { title: '序号', width: 56, render: (_, __, i) => i + 1 },
            { title: '材料', dataIndex: 'name' },
            { title: '需补正内容', render: (_, m) => <Input placeholder="未提交" aria-label={`补正说明 ${m.name}`} value={remarks[m.code] ?? ''} onChange={(e) => setRemarks((r) => ({ ...r, [m.code]: e.target.value }))} /> },
          ]}
        />
        <Space style={{ marginTop: 12 }}>
          补正期限
          <InputNumber min={1} max={30} value={days} onChange={(v) => setDays(v ?? 5)} aria-label="补正期限" />
          个工作日
        </Space>
      </Modal>
      <Modal title="不予受理" open={dialog === 'refuse'} okText="确认不予受理并打印" cancelText="取消" okButtonProps={{ danger: true, disabled: !reason.trim() }} onOk={sendRefusal} confirmLoading={busy} onCancel={() => setDialog(null)}>
        <Typography.Paragraph>请写明不予受理的理由（将打印在不予受理通知书上）：</Typography.Paragraph>
        <Input.TextArea rows={4} value={reason} onChange={(e) => setReason(e.target.value)} aria-label="不予受理理由" maxLength={1000} />
      </Modal>
    </div>
  );
}
