/**
 * 电子材料 A case's files for the desks: every version of every material (uploaded online or
 * scanned at the window — one store, 无差别), opened in a new tab, and the electronic result.
 * The front desk may scan a paper material in here.
 */
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Select, Space, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { problemText } from '../api/client';
import { ACCEPT, MATERIAL_LIMIT_TEXT, downloadResult, openDocument, uploadDocument, useDocuments } from './documents';

export function CaseDocuments({ caseNo, materials, canUpload, resultAvailable }: { caseNo: string; materials: { code: string; name: string }[]; canUpload?: boolean; resultAvailable?: boolean }) {
  const docs = useDocuments(caseNo);
  const qc = useQueryClient();
  const [material, setMaterial] = useState<string | undefined>(materials[0]?.code);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const nameOf = new Map(materials.map((m) => [m.code, m.name]));
  return (
    <Card size="small" title="电子材料" style={{ marginTop: 12 }} data-testid="case-documents">
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 8 }} closable onClose={() => setError(undefined)} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        loading={docs.isLoading}
        locale={{ emptyText: '暂无电子材料' }}
        dataSource={docs.data ?? []}
        columns={[
          { title: '材料', dataIndex: 'materialCode', render: (c: string, d) => (d.kind === 'RESULT' ? <Tag color="green">电子文书</Tag> : `${nameOf.get(c) ?? c}`) },
          { title: '版本', dataIndex: 'version', width: 72, render: (v: number) => <span style={{ whiteSpace: 'nowrap' }}>第{v}版</span> },
          { title: '文件', dataIndex: 'fileName', render: (n: string, d) => <a onClick={() => openDocument(caseNo, d.id).catch((e) => setError(problemText(e)))}>{n}</a> },
          { title: '来源', dataIndex: 'channel', render: (ch: string, d) => <span style={{ whiteSpace: 'nowrap' }}>{d.kind === 'RESULT' ? '平台生成' : ch === 'WINDOW' ? '窗口扫描' : '网上上传'}</span> },
          { title: <span style={{ whiteSpace: 'nowrap' }}>上传人</span>, render: (_: unknown, d) => <span style={{ whiteSpace: 'nowrap' }}>{d.uploadedBy.name}</span> },
          { title: '时间', dataIndex: 'createdAt', render: (s: string) => <span style={{ whiteSpace: 'nowrap' }}>{new Date(s).toLocaleString('zh-CN')}</span> },
        ]}
      />
      <Space style={{ marginTop: 8 }} wrap>
        {canUpload && materials.length > 0 && (
          <>
            <Select aria-label="扫描材料" value={material} onChange={setMaterial} style={{ width: 260 }} options={materials.map((m) => ({ value: m.code, label: `${m.code} ${m.name}` }))} />
            <Upload
              accept={ACCEPT}
              showUploadList={false}
              beforeUpload={(f) => {
                if (!material) return false;
                setBusy(true);
                uploadDocument(caseNo, material, f)
                  .then(() => qc.invalidateQueries({ queryKey: ['documents', caseNo] }))
                  .catch((e) => setError(problemText(e)))
                  .finally(() => setBusy(false));
                return false;
              }}
            >
              <Button loading={busy}>上传扫描件</Button>
            </Upload>
            <span style={{ color: '#888' }}>{MATERIAL_LIMIT_TEXT}</span>
          </>
        )}
        {resultAvailable && <Button onClick={() => downloadResult(caseNo).then(() => qc.invalidateQueries({ queryKey: ['documents', caseNo] }), (e) => setError(problemText(e)))}>电子文书</Button>}
      </Space>
    </Card>
  );
}
