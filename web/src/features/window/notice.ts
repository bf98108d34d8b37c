/** Opens a printable notice in its own tab (the print page fetches it with the clerk's token). */
export function openNotice(caseNo: string, kind: string): void {
  window.open(`/print/${caseNo}/${kind}`, '_blank');
}
