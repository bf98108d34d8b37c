/**
 * The State Council's holiday notices (国务院办公厅关于…年部分节假日安排的通知), as data.
 *
 * Each year is written the way its notice is written — one entry per numbered item: the holiday
 * stretch (every day of it is off, including the weekend days inside it) and the weekend days
 * that are worked instead (调休上班) — so it can be proof-read line by line against the notice.
 * The day list the calendar needs is expanded from it below.
 *
 * Checked against stored public copies of each notice's full text as released by Xinhua (新华社):
 * - 2025: 国办发明电〔2024〕12号, dated 2024-11-12, e.g.
 *   https://m.gmw.cn/2024-11/12/content_1303894933.htm; the document number appears in
 *   reproductions of the notice's formal text. It is the first notice under the
 *   全国年节及纪念日放假办法 as revised in November 2024, which from 2025 adds one statutory day
 *   each to 春节 and 劳动节 (hence 8 days from 除夕, and 5 days for 劳动节).
 * - 2026: dated 2025-11-04, e.g. https://politics.gmw.cn/2025-11/04/content_38391083.htm.
 *   The Xinhua text carries no document number; 国办发明电〔2025〕7号 comes from several
 *   independent secondary citations (open-source holiday tables citing the gov.cn policy
 *   library), not from the gov.cn page itself. Re-check it there before quoting the number in
 *   a legal document.
 * Both agree date for date, and weekday for weekday with the notices' 周X annotations, with the
 * open holiday tables NateScarlet/holiday-cn and lanceliao/china-holiday-calender.
 *
 * A new year: add its notice here when the State Council publishes it (usually in November);
 * until then the calendar treats that year as weekends-only and flags answers provisional.
 */
import type { CalendarData, CalendarOverride, CalendarYearInfo } from './calendar.js';
import { type IsoDate, addCalendarDays, toDayNumber } from './dates.js';

/** One numbered item of a notice. */
interface NoticeItem {
  /** The holiday's name as the notice heads the item, e.g. 春节 or 国庆节、中秋节. */
  name: string;
  /** First and last day off, inclusive. */
  off: [IsoDate, IsoDate];
  /** Weekend days worked instead (上班). */
  makeup: IsoDate[];
}

interface Notice {
  year: number;
  /** Title and document number, as stored in CalendarYear.notice. */
  citation: string;
  items: NoticeItem[];
}

const NOTICES: Notice[] = [
  {
    year: 2025,
    citation: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）',
    items: [
      { name: '元旦', off: ['2025-01-01', '2025-01-01'], makeup: [] },
      { name: '春节', off: ['2025-01-28', '2025-02-04'], makeup: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', off: ['2025-04-04', '2025-04-06'], makeup: [] },
      { name: '劳动节', off: ['2025-05-01', '2025-05-05'], makeup: ['2025-04-27'] },
      { name: '端午节', off: ['2025-05-31', '2025-06-02'], makeup: [] },
      // 中秋 (Oct 6) falls inside 国庆; the notice merges them into one 8-day item.
      { name: '国庆节、中秋节', off: ['2025-10-01', '2025-10-08'], makeup: ['2025-09-28', '2025-10-11'] },
    ],
  },
  {
    year: 2026,
    citation: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）',
    items: [
      { name: '元旦', off: ['2026-01-01', '2026-01-03'], makeup: ['2026-01-04'] },
      { name: '春节', off: ['2026-02-15', '2026-02-23'], makeup: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', off: ['2026-04-04', '2026-04-06'], makeup: [] },
      { name: '劳动节', off: ['2026-05-01', '2026-05-05'], makeup: ['2026-05-09'] },
      { name: '端午节', off: ['2026-06-19', '2026-06-21'], makeup: [] },
      { name: '中秋节', off: ['2026-09-25', '2026-09-27'], makeup: [] },
      { name: '国庆节', off: ['2026-10-01', '2026-10-07'], makeup: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

function expand(item: NoticeItem): CalendarOverride[] {
  const [first, last] = item.off;
  const length = toDayNumber(last) - toDayNumber(first) + 1;
  const holidays = Array.from({ length }, (_, i): CalendarOverride => ({
    date: addCalendarDays(first, i),
    kind: 'holiday',
    name: item.name,
  }));
  const makeups = item.makeup.map((date): CalendarOverride => ({ date, kind: 'makeup_workday', name: `${item.name}调休上班` }));
  return [...holidays, ...makeups];
}

export const OFFICIAL_CALENDAR: CalendarData = {
  years: NOTICES.map((n): CalendarYearInfo => ({ year: n.year, official: true, notice: n.citation })),
  days: NOTICES.flatMap((n) => n.items.flatMap(expand)).sort((a, b) => a.date.localeCompare(b.date)),
};
