/**
 * A notice ready for the browser's print dialog: fetched with the clerk's token (opening the
 * API's URL directly would carry no token) and shown as the API rendered it, with the clerk's
 * name and window number on it.
 */
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Space } from 'antd';
import { useRef } from 'react';
import { useParams } from 'react-router';
import { authedFetch } from '../../shared/api/client';

const TITLES: Record<string, string> = { acceptance: '受理通知书', correction: '预受理和一次性告知单', refusal: '不予受理通知书' };

export default function NoticePrintPage() {
  const { caseNo, kind } = useParams();
  const frame = useRef<HTMLIFrameElement>(null);
  const notice = useQuery({
    queryKey: ['notice', caseNo, kind],
    queryFn: async () => {
      const res = await authedFetch(`/api/v1/cases/${caseNo}/notices/${kind}`);
      const text = await res.text();
      if (!res.ok) throw new Error((JSON.parse(text) as { detail?: string }).detail ?? `HTTP ${res.status}`);
      return text;
    },
    retry: false,
  });
  return (
    <div style={{ background: '#f0f2f5', minHeight: '100vh', padding: 16 }}>
      <Space className="no-print" style={{ marginBottom: 12 }}>
        <Button type="primary" disabled={!notice.data} onClick={() => frame.current?.contentWindow?.print()}>
          打印
        </Button>
        <Button onClick={() => window.close()}>关闭</Button>
        <span>{TITLES[kind ?? ''] ?? ''} · 办件编号 {caseNo}</span>
      </Space>
      {notice.error && <Alert type="error" showIcon title={`无法打开告知书：${(notice.error as Error).message}`} />}
      {notice.data && (
        <iframe
          ref={frame}
          title={TITLES[kind ?? ''] ?? '告知书'}
          srcDoc={notice.data}
          sandbox="allow-modals allow-same-origin"
          style={{ width: '210mm', maxWidth: '100%', height: 'calc(100vh - 80px)', border: '1px solid #ccc', background: '#fff', display: 'block', margin: 'auto' }}
          onLoad={() => {
            if (new URLSearchParams(window.location.search).get('print') === '1') frame.current?.contentWindow?.print();
          }}
        />
      )}
    </div>
  );
}
