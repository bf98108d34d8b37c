/**
 * 电子材料 The documents of a case, shared by the desks and the portal: list, upload (multipart),
 * open (with the token, as a blob) and the electronic result.
 */
import { useQuery } from '@tanstack/react-query';
import { ApiProblem, authedFetch } from '../api/client';
import type { paths } from '../api/schema';

export type CaseDocument = paths['/api/v1/cases/{caseNo}/documents']['get']['responses']['200']['content']['application/json'][number];

/** What the portal and the desks accept before sending (the API checks the bytes again). */
export const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

async function problemOf(res: Response): Promise<ApiProblem> {
  const data = await res.json().catch(() => undefined);
  return new ApiProblem(data ?? { type: 'about:blank', title: '', status: res.status, detail: `服务器返回 ${res.status}` });
}

export const useDocuments = (caseNo?: string) =>
  useQuery({
    queryKey: ['documents', caseNo],
    enabled: !!caseNo,
    queryFn: async () => {
      const res = await authedFetch(`/api/v1/cases/${caseNo}/documents`);
      if (!res.ok) throw await problemOf(res);
      return (await res.json()) as CaseDocument[];
    },
  });

export async function uploadDocument(caseNo: string, materialCode: string, file: File): Promise<CaseDocument> {
  const form = new FormData();
  form.append('materialCode', materialCode);
  form.append('file', file, file.name);
  const res = await authedFetch(`/api/v1/cases/${caseNo}/documents`, { method: 'POST', body: form });
  if (!res.ok) throw await problemOf(res);
  return (await res.json()) as CaseDocument;
}

/** Opens a file in a new tab (the API needs the token, so it is fetched and shown as a blob). */
export async function openDocument(caseNo: string, documentId: string): Promise<void> {
  const res = await authedFetch(`/api/v1/cases/${caseNo}/documents/${documentId}/content`);
  if (!res.ok) throw await problemOf(res);
  window.open(URL.createObjectURL(await res.blob()), '_blank');
}

/** Downloads the electronic result; answers its verification code. */
export async function downloadResult(caseNo: string): Promise<string | null> {
  const res = await authedFetch(`/api/v1/cases/${caseNo}/result`);
  if (!res.ok) throw await problemOf(res);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `电子文书-${caseNo}.pdf`;
  a.click();
  return res.headers.get('x-verification-code');
}

export const MATERIAL_LIMIT_TEXT = '支持 PDF、JPG、PNG，单个文件不超过 10 MB（以文件内容判断类型）';
