/** 办事指南 The item guide as a page a clerk can read out to an applicant. */
import { Descriptions, Table, Tag, Typography } from 'antd';
import type { ItemGuide } from '../../shared/api/types';

export function ItemGuideView({ guide }: { guide: ItemGuide }) {
  return (
    <div>
      <Typography.Title level={4}>{guide.name}（办事指南）</Typography.Title>
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label="事项编码">{guide.code}（第 {guide.version} 版）</Descriptions.Item>
        <Descriptions.Item label="事项类型">{guide.itemTypeName}</Descriptions.Item>
        <Descriptions.Item label="实施部门">{guide.department.name}</Descriptions.Item>
        <Descriptions.Item label="所属专区">{guide.zone.name}</Descriptions.Item>
        <Descriptions.Item label="法定时限">{guide.statutoryLimitDays} 个工作日</Descriptions.Item>
        <Descriptions.Item label="承诺时限">{guide.promisedLimitDays} 个工作日</Descriptions.Item>
        <Descriptions.Item label="收费标准">{guide.fee}</Descriptions.Item>
        <Descriptions.Item label="审批结果">{guide.resultType}</Descriptions.Item>
        <Descriptions.Item label="受理条件" span={2}>{guide.conditions}</Descriptions.Item>
        <Descriptions.Item label="设定依据" span={2}>{guide.legalBasis}</Descriptions.Item>
        <Descriptions.Item label="特别程序" span={2}>
          {guide.specialProcedures.length ? guide.specialProcedures.map((p) => <Tag key={p.kind}>{p.name}（{p.limitDays} 个工作日）</Tag>) : '无'}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        申请材料
      </Typography.Title>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={guide.materials}
        columns={[
          { title: '序号', width: 56, render: (_, __, i) => i + 1 },
          { title: '材料名称', dataIndex: 'name', width: 220 },
          { title: '要求', width: 150, render: (_, m) => <>{m.required ? <Tag color="red">必需</Tag> : <Tag>可选</Tag>}{m.tolerable && <Tag color="gold">可容缺</Tag>}</> },
          { title: '形式与份数', width: 130, render: (_, m) => `${m.formName} ${m.copies} 份` },
          { title: '说明', dataIndex: 'description' },
        ]}
      />
    </div>
  );
}
