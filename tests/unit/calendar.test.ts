/**
 * The working-day calendar as the hall sees it: which days are off, which weekends are worked,
 * and where a limit of N working days ends. The expected days below are transcribed from the
 * State Council notices independently of `official-days.ts`, so a typo in either shows up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarData, WorkingCalendar } from '../../domain/calendar/calendar.js';
import { InvalidDateError, addCalendarDays, fromDayNumber, toDayNumber, weekdayOf } from '../../domain/calendar/dates.js';
import { naiveAddWorkingDays, naiveCountWorkingDays } from '../../domain/calendar/naive.js';
import { OFFICIAL_CALENDAR } from '../../domain/calendar/official-days.js';

const calendar = new WorkingCalendar(OFFICIAL_CALENDAR);

const add = (from: string, n: number) => calendar.addWorkingDays(from, n);
const count = (from: string, to: string) => calendar.countWorkingDays(from, to);

function daysFrom(first: string, last: string): string[] {
  const out: string[] = [];
  for (let d = toDayNumber(first); d <= toDayNumber(last); d += 1) out.push(fromDayNumber(d));
  return out;
}

/** [date, name] of every day off in the notices for 2025 and 2026. */
const HOLIDAYS: [string, string][] = [
  ...daysFrom('2025-01-01', '2025-01-01').map((d): [string, string] => [d, '元旦']),
  ...daysFrom('2025-01-28', '2025-02-04').map((d): [string, string] => [d, '春节']),
  ...daysFrom('2025-04-04', '2025-04-06').map((d): [string, string] => [d, '清明节']),
  ...daysFrom('2025-05-01', '2025-05-05').map((d): [string, string] => [d, '劳动节']),
  ...daysFrom('2025-05-31', '2025-06-02').map((d): [string, string] => [d, '端午节']),
  ...daysFrom('2025-10-01', '2025-10-08').map((d): [string, string] => [d, '国庆节、中秋节']),
  ...daysFrom('2026-01-01', '2026-01-03').map((d): [string, string] => [d, '元旦']),
  ...daysFrom('2026-02-15', '2026-02-23').map((d): [string, string] => [d, '春节']),
  ...daysFrom('2026-04-04', '2026-04-06').map((d): [string, string] => [d, '清明节']),
  ...daysFrom('2026-05-01', '2026-05-05').map((d): [string, string] => [d, '劳动节']),
  ...daysFrom('2026-06-19', '2026-06-21').map((d): [string, string] => [d, '端午节']),
  ...daysFrom('2026-09-25', '2026-09-27').map((d): [string, string] => [d, '中秋节']),
  ...daysFrom('2026-10-01', '2026-10-07').map((d): [string, string] => [d, '国庆节']),
];

/** [date, name] of every weekend day worked instead (调休上班). */
const MAKEUP_WORKDAYS: [string, string][] = [
  ['2025-01-26', '春节调休上班'],
  ['2025-02-08', '春节调休上班'],
  ['2025-04-27', '劳动节调休上班'],
  ['2025-09-28', '国庆节、中秋节调休上班'],
  ['2025-10-11', '国庆节、中秋节调休上班'],
  ['2026-01-04', '元旦调休上班'],
  ['2026-02-14', '春节调休上班'],
  ['2026-02-28', '春节调休上班'],
  ['2026-05-09', '劳动节调休上班'],
  ['2026-09-20', '国庆节调休上班'],
  ['2026-10-10', '国庆节调休上班'],
];

describe('official days of 2025 and 2026', () => {
  it('when the notices are counted, then 2025 has 28 days off and 5 make-up days, 2026 has 33 and 6', () => {
    const inYear = (list: [string, string][], year: string) => list.filter(([d]) => d.startsWith(year)).length;
    expect([inYear(HOLIDAYS, '2025'), inYear(MAKEUP_WORKDAYS, '2025')]).toEqual([28, 5]);
    expect([inYear(HOLIDAYS, '2026'), inYear(MAKEUP_WORKDAYS, '2026')]).toEqual([33, 6]);
  });

  it.each(HOLIDAYS)('when asked about %s, then it is a day off for %s', (date, name) => {
    expect(calendar.dayInfo(date)).toEqual({ date, workingDay: false, kind: 'holiday', name, provisional: false });
  });

  it.each(MAKEUP_WORKDAYS)('when asked about %s, then it is a working weekend day (%s)', (date, name) => {
    expect(calendar.dayInfo(date)).toEqual({ date, workingDay: true, kind: 'makeup_workday', name, provisional: false });
    const weekday = weekdayOf(toDayNumber(date));
    expect(weekday === 0 || weekday === 6).toBe(true);
  });

  it('when any other day of 2025 or 2026 is asked about, then the Monday–Friday rule applies', () => {
    const listed = new Set([...HOLIDAYS, ...MAKEUP_WORKDAYS].map(([d]) => d));
    for (const date of daysFrom('2025-01-01', '2026-12-31')) {
      if (listed.has(date)) continue;
      const weekday = weekdayOf(toDayNumber(date));
      const weekend = weekday === 0 || weekday === 6;
      expect(calendar.dayInfo(date), date).toEqual({ date, workingDay: !weekend, kind: weekend ? 'weekend' : 'workday', provisional: false });
    }
  });

  it('when the official data is loaded, then each year cites its State Council notice', () => {
    expect(OFFICIAL_CALENDAR.years).toEqual([
      { year: 2025, official: true, notice: expect.stringContaining('国办发明电〔2024〕12号') },
      { year: 2026, official: true, notice: expect.stringContaining('2026年部分节假日安排的通知') },
    ]);
  });
});

describe('limits across long holidays', () => {
  it('when a 1-day limit starts on the eve of National Day 2025, then it ends on 9 October', () => {
    expect(add('2025-09-30', 1)).toEqual({ date: '2025-10-09', provisional: false });
  });

  it('when a limit runs past National Day 2025, then the make-up Saturday 11 October counts', () => {
    expect(add('2025-09-30', 3).date).toBe('2025-10-11');
    expect(add('2025-09-30', 4).date).toBe('2025-10-13');
    expect(add('2025-09-26', 1).date).toBe('2025-09-28');
  });

  it('when a limit starts before Spring Festival 2025, then the make-up Sunday 26 January counts and the holiday does not', () => {
    expect(add('2025-01-24', 1).date).toBe('2025-01-26');
    expect(add('2025-01-24', 2).date).toBe('2025-01-27');
    expect(add('2025-01-24', 3).date).toBe('2025-02-05');
    expect(add('2025-02-05', 3).date).toBe('2025-02-08');
  });

  it('when a limit starts on the Friday before Spring Festival 2026, then Saturday 14 February is its first day', () => {
    expect(add('2026-02-13', 1).date).toBe('2026-02-14');
    expect(add('2026-02-13', 2).date).toBe('2026-02-24');
  });

  it('when a limit runs through Spring Festival 2026, then both make-up Saturdays count', () => {
    expect(add('2026-02-13', 6)).toEqual({ date: '2026-02-28', provisional: false });
    expect(add('2026-02-13', 7).date).toBe('2026-03-02');
    expect(count('2026-02-13', '2026-02-28').count).toBe(6);
    expect(count('2026-02-14', '2026-02-23').count).toBe(0);
  });

  it('when a limit starts on the eve of Labour Day, then it resumes after the 5-day break', () => {
    expect(add('2025-04-30', 1).date).toBe('2025-05-06');
    expect(add('2025-04-25', 1).date).toBe('2025-04-27');
    expect(add('2026-04-30', 1).date).toBe('2026-05-06');
    expect(add('2026-05-08', 1).date).toBe('2026-05-09');
  });

  it('when a limit starts on the eve of National Day 2026, then it ends on 8 October and the make-up Saturday counts', () => {
    expect(add('2026-09-30', 1).date).toBe('2026-10-08');
    expect(add('2026-09-30', 3).date).toBe('2026-10-10');
    expect(add('2026-09-18', 1).date).toBe('2026-09-20');
    expect(add('2026-09-24', 1).date).toBe('2026-09-28');
  });

  it('when a 20-working-day limit spans National Day 2025, then it ends four days later than four plain weeks would', () => {
    // Eight days off, two make-up weekend days worked: 17 October instead of 13 October.
    expect(add('2025-09-15', 20).date).toBe('2025-10-17');
  });
});

describe('year boundaries', () => {
  it('when a limit starts on 31 December 2025, then 元旦 2026 is skipped and the make-up Sunday 4 January counts', () => {
    expect(add('2025-12-31', 1)).toEqual({ date: '2026-01-04', provisional: false });
    expect(add('2025-12-31', 2).date).toBe('2026-01-05');
    expect(count('2025-12-31', '2026-01-05')).toEqual({ count: 2, provisional: false });
  });

  it('when a limit starts on 31 December 2024, then 元旦 2025 is skipped but the answer is provisional (no 2024 data)', () => {
    expect(add('2024-12-31', 1)).toEqual({ date: '2025-01-02', provisional: true });
  });
});

describe('years without official data', () => {
  it('when a day of 2027 is asked about, then weekends only apply and the answer is provisional', () => {
    expect(calendar.dayInfo('2027-01-01')).toEqual({ date: '2027-01-01', workingDay: true, kind: 'workday', provisional: true });
    expect(calendar.dayInfo('2027-01-02')).toEqual({ date: '2027-01-02', workingDay: false, kind: 'weekend', provisional: true });
    expect(calendar.isProvisionalYear(2027)).toBe(true);
  });

  it('when a limit runs from 2026 into 2027, then it is flagged provisional', () => {
    expect(add('2026-12-31', 1)).toEqual({ date: '2027-01-01', provisional: true });
    expect(count('2026-12-01', '2027-01-15').provisional).toBe(true);
  });

  it('when a limit stays inside 2026, then it is not provisional', () => {
    expect(add('2026-12-01', 20)).toEqual({ date: '2026-12-29', provisional: false });
    expect(count('2026-12-01', '2026-12-31')).toEqual({ count: 22, provisional: false });
  });

  it('when a limit lies entirely in 2027, then weekends only count', () => {
    expect(add('2027-01-01', 5)).toEqual({ date: '2027-01-08', provisional: true });
  });
});

describe('edges', () => {
  it('when to is not after from, then no working days are counted', () => {
    expect(count('2025-06-03', '2025-06-03')).toEqual({ count: 0, provisional: false });
    expect(count('2025-06-10', '2025-06-03')).toEqual({ count: 0, provisional: false });
    expect(count('2027-06-10', '2027-06-03')).toEqual({ count: 0, provisional: false });
  });

  it('when zero working days are added, then the start date comes back, even a holiday', () => {
    expect(add('2025-10-03', 0)).toEqual({ date: '2025-10-03', provisional: false });
  });

  it('when the start day is itself a holiday or weekend, then it is not counted', () => {
    expect(add('2025-10-05', 1).date).toBe('2025-10-09');
    expect(add('2025-06-07', 1).date).toBe('2025-06-09');
  });

  it('when the number of working days is negative or fractional, then it is refused', () => {
    expect(() => add('2025-06-03', -1)).toThrow(RangeError);
    expect(() => add('2025-06-03', 1.5)).toThrow(RangeError);
    expect(() => naiveAddWorkingDays(calendar, '2025-06-03', -1)).toThrow(RangeError);
  });

  it('when a date is malformed, then it is refused as an invalid date', () => {
    expect(() => add('2025-02-30', 1)).toThrow(InvalidDateError);
    expect(() => count('2025-06-03', '2025/06/10')).toThrow(InvalidDateError);
  });
});

// ── invariants ──

const FIRST = toDayNumber('2024-01-01');
const LAST = toDayNumber('2028-12-31');
const anyDate = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);
const anyLimit = fc.integer({ min: 1, max: 1000 });

describe('invariants (2024–2028, 1–1000 working days)', () => {
  it('when N ≥ 1 working days are added, then the result is a working day after the start', () => {
    fc.assert(
      fc.property(anyDate, anyLimit, (from, n) => {
        const { date } = add(from, n);
        return calendar.dayInfo(date).workingDay && date > from;
      }),
    );
  });

  it('when N working days are added, then exactly N working days lie between start and result', () => {
    fc.assert(fc.property(anyDate, anyLimit, (from, n) => count(from, add(from, n).date).count === n));
  });

  it('when more working days are added, then the result is strictly later', () => {
    fc.assert(
      fc.property(anyDate, anyLimit, anyLimit, (from, n1, n2) => {
        fc.pre(n1 !== n2);
        const [lo, hi] = n1 < n2 ? [n1, n2] : [n2, n1];
        return add(from, lo).date < add(from, hi).date;
      }),
    );
  });

  it('when a range is split at a middle date, then the counts add up', () => {
    fc.assert(
      fc.property(anyDate, anyDate, anyDate, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort() as [string, string, string];
        return count(a, b).count + count(b, c).count === count(a, c).count;
      }),
    );
  });

  it('when compared with the day-by-day definition, then addWorkingDays gives the same answer', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 1000 }), (from, n) => {
        expect(add(from, n)).toEqual(naiveAddWorkingDays(calendar, from, n));
      }),
    );
  });

  it('when compared with the day-by-day definition, then countWorkingDays gives the same answer', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (from, to) => {
        expect(count(from, to)).toEqual(naiveCountWorkingDays(calendar, from, to));
      }),
    );
  });
});

describe('any calendar data, not only the official one', () => {
  // Holidays on weekends, make-up days on weekdays, repeated dates (the last one wins), clusters
  // at the edges and gaps between official years stress the fast arithmetic where the official
  // data never goes. Dates span 2029–2033 so ranges cross several year boundaries.
  const FIRST_SYNTHETIC = toDayNumber('2029-01-01');
  const LAST_SYNTHETIC = toDayNumber('2033-12-31');
  const syntheticDate = fc.integer({ min: FIRST_SYNTHETIC, max: LAST_SYNTHETIC }).map(fromDayNumber);
  const override = fc.record({ date: syntheticDate, kind: fc.constantFrom('holiday' as const, 'makeup_workday' as const) });
  const anyData = fc
    .record({
      official: fc.subarray([2029, 2030, 2031, 2032, 2033]),
      days: fc.array(override, { maxLength: 200 }),
    })
    .map(({ official, days }): CalendarData => ({ years: official.map((year) => ({ year, official: true })), days }));

  it('when any overrides and official years are loaded, then both operations agree with the day-by-day definition', () => {
    fc.assert(
      fc.property(anyData, syntheticDate, syntheticDate, fc.integer({ min: 0, max: 400 }), (data, from, to, n) => {
        const cal = new WorkingCalendar(data);
        expect(cal.addWorkingDays(from, n)).toEqual(naiveAddWorkingDays(cal, from, n));
        expect(cal.countWorkingDays(from, to)).toEqual(naiveCountWorkingDays(cal, from, to));
      }),
      { numRuns: 500 },
    );
  });

  it('when a 60-day holiday is declared, then a limit jumps over all of it', () => {
    const days = Array.from({ length: 60 }, (_, i) => ({ date: addCalendarDays('2030-03-01', i), kind: 'holiday' as const }));
    const cal = new WorkingCalendar({ years: [{ year: 2030, official: true }], days });
    expect(cal.addWorkingDays('2030-02-28', 1).date).toBe('2030-04-30');
    expect(cal.countWorkingDays('2030-02-28', '2030-04-29').count).toBe(0);
  });
});

describe('official notices of years the tests have never seen (the rule, not the data)', () => {
  // A notice's shape: stretches of days off (weekends inside them included) and weekend days
  // worked instead, in any year — here anywhere from 1900 to 2300, and near the ends of the
  // four-digit years — with some years official and some not, so limits cross year boundaries
  // in and out of official data.
  const yearArb = fc.oneof(fc.integer({ min: 1900, max: 2300 }), fc.integer({ min: 100, max: 130 }), fc.integer({ min: 9960, max: 9990 }));
  const notice = (year: number) =>
    fc
      .record({
        stretches: fc.array(fc.record({ startDay: fc.integer({ min: -3, max: 368 }), length: fc.integer({ min: 1, max: 9 }) }), { maxLength: 8 }),
        makeups: fc.array(fc.integer({ min: -3, max: 368 }), { maxLength: 6 }),
        official: fc.boolean(),
      })
      .map(({ stretches, makeups, official }) => {
        const jan1 = toDayNumber(`${String(year).padStart(4, '0')}-01-01`);
        const days: CalendarData['days'] = [];
        for (const s of stretches) for (let i = 0; i < s.length; i += 1) days.push({ date: fromDayNumber(jan1 + s.startDay + i), kind: 'holiday', name: '节日' });
        // Make-up working days are weekend days in a real notice; a weekday one must change nothing.
        for (const m of makeups) days.push({ date: fromDayNumber(jan1 + m), kind: 'makeup_workday', name: '调休上班' });
        return { year, official, days };
      });
  const anyNotices = fc
    .tuple(yearArb, fc.integer({ min: 1, max: 4 }))
    .chain(([y, span]) => fc.tuple(...Array.from({ length: span }, (_, i) => notice(y + i))))
    .map((notices): CalendarData => ({ years: notices.map((n) => ({ year: n.year, official: n.official, notice: `${n.year}年通知` })), days: notices.flatMap((n) => n.days) }));
  const near = (data: CalendarData) => {
    const first = toDayNumber(`${String(data.years[0]!.year).padStart(4, '0')}-01-01`);
    return fc.integer({ min: first - 40, max: first + 366 * data.years.length + 40 }).map(fromDayNumber);
  };

  it('when a limit of 1–60 working days runs through unseen holidays and make-up days, then it ends where the day-by-day definition ends', () => {
    fc.assert(
      fc.property(
        anyNotices.chain((data) => fc.tuple(fc.constant(data), near(data), fc.integer({ min: 1, max: 60 }))),
        ([data, from, n]) => {
          const cal = new WorkingCalendar(data);
          expect(cal.addWorkingDays(from, n)).toEqual(naiveAddWorkingDays(cal, from, n));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('when long limits and ranges cross several year boundaries, then both operations agree with the day-by-day definition', () => {
    fc.assert(
      fc.property(
        anyNotices.chain((data) => fc.tuple(fc.constant(data), near(data), near(data), fc.integer({ min: 0, max: 1000 }))),
        ([data, from, to, n]) => {
          const cal = new WorkingCalendar(data);
          expect(cal.addWorkingDays(from, n)).toEqual(naiveAddWorkingDays(cal, from, n));
          expect(cal.countWorkingDays(from, to)).toEqual(naiveCountWorkingDays(cal, from, to));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('when the same calendar is asked many times in any order, then its answers do not depend on what it was asked before', () => {
    fc.assert(
      fc.property(
        anyNotices.chain((data) => fc.tuple(fc.constant(data), fc.array(fc.tuple(near(data), fc.integer({ min: 0, max: 400 })), { minLength: 2, maxLength: 20 }))),
        ([data, queries]) => {
          const shared = new WorkingCalendar(data);
          for (const [from, n] of queries) expect(shared.addWorkingDays(from, n)).toEqual(new WorkingCalendar(data).addWorkingDays(from, n));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('when a limit starts on 31 December, then the days after it are counted in the new year, official or not', () => {
    const data: CalendarData = {
      years: [{ year: 2041, official: true }],
      days: [
        { date: '2041-12-31', kind: 'holiday' },
        { date: '2042-01-01', kind: 'holiday' },
        { date: '2042-01-04', kind: 'makeup_workday' },
      ],
    };
    const cal = new WorkingCalendar(data);
    // 2042-01-01 is a Wednesday (holiday); Thu 2, Fri 3, then the make-up Saturday 4.
    expect(cal.addWorkingDays('2041-12-31', 3)).toEqual({ date: '2042-01-04', provisional: true });
    expect(cal.countWorkingDays('2041-12-31', '2042-01-04')).toEqual({ count: 3, provisional: true });
    expect(cal.countWorkingDays('2041-12-30', '2041-12-31')).toEqual({ count: 0, provisional: false });
    expect(cal.addWorkingDays('2041-12-31', 3)).toEqual(naiveAddWorkingDays(cal, '2041-12-31', 3));
  });
});
