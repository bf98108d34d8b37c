/** Opens a printable notice in its own tab (the print page fetches it with the clerk's token). */
export function openNotice(caseNo: string, kind: string): void {
  window.open(noticeUrl(caseNo, kind), '_blank');
}

const noticeUrl = (caseNo: string, kind: string) => `/print/${caseNo}/${kind}`;

/**
 * A tab for the notice, opened at the click itself: browsers let a page open a tab only within a
 * moment of the user's gesture, and recording the case first can take longer than that (a busy
 * hall, a slow line), after which the notice would be silently blocked.
 */
export function reserveNoticeTab(): { show(caseNo: string, kind: string): void; cancel(): void } {
  const tab = window.open('about:blank', '_blank');
  return {
    show(caseNo, kind) {
      if (tab && !tab.closed) tab.location.href = noticeUrl(caseNo, kind);
      else openNotice(caseNo, kind);
    },
    cancel() {
      tab?.close();
    },
  };
}
