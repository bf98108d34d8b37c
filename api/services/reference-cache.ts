/**
 * The reference data every intake reads — the working-day calendar and the published items — kept
 * in memory by each API process, and dropped the moment PostgreSQL holds something newer.
 *
 * Freshness across processes (the API runs as several copies): triggers bump a version in
 * `cache_version` in the same transaction as every write to the calendar or the catalog
 * (migration 20261130200000_cache_versions). `sync()` reads the versions — one small query — and
 * drops what changed; an intake calls it first, so a calendar change or a published item edit
 * committed through any process is seen by the next intake on every process. Reads that may lag a
 * moment (the case list's days left, the calendar views) call `sync()` too; it is cheap.
 *
 * What is cached is frozen: it is shared by every request, and a case's input carries it as is.
 */
import type { CalendarData } from '../../domain/calendar/calendar.js';
import { WorkingCalendar } from '../../domain/calendar/calendar.js';
import type { Db } from '../../prisma/client.js';
import { loadCalendarData } from '../../prisma/seed/calendar.js';
import { type PublishedItem, publishedItemSnapshot } from './intake.js';

type Versions = Record<'calendar' | 'catalog', bigint | undefined>;

export class ReferenceCache {
  private versions: Versions = { calendar: undefined, catalog: undefined };
  private calendarEntry: Promise<{ data: CalendarData; calendar: WorkingCalendar }> | undefined;
  private readonly items = new Map<string, Promise<PublishedItem>>();
  /** How often each kind was (re)loaded from PostgreSQL: what the tests and the bench look at. */
  readonly loads = { calendar: 0, items: 0 };

  constructor(private readonly db: Db) {}

  /** Drops whatever PostgreSQL now holds newer than this process's copy: one query. */
  async sync(): Promise<void> {
    const rows = await this.db.$queryRaw<{ name: string; version: bigint }[]>`SELECT name, version FROM cache_version`;
    for (const { name, version } of rows) {
      if (name !== 'calendar' && name !== 'catalog') continue;
      if (this.versions[name] === version) continue;
      this.versions[name] = version;
      if (name === 'calendar') this.calendarEntry = undefined;
      else this.items.clear();
    }
  }

  /** The calendar in force (as of the last `sync()`), as data and as a ready WorkingCalendar. */
  calendar(): Promise<{ data: CalendarData; calendar: WorkingCalendar }> {
    if (!this.calendarEntry) {
      const entry = loadCalendarData(this.db).then((data) => {
        this.loads.calendar += 1;
        const frozen = deepFreeze(data);
        return { data: frozen, calendar: new WorkingCalendar(frozen) };
      });
      // A failed load is not kept: the next call tries again.
      entry.catch(() => {
        if (this.calendarEntry === entry) this.calendarEntry = undefined;
      });
      this.calendarEntry = entry;
    }
    return this.calendarEntry;
  }

  /** An item as published now (as of the last `sync()`); refusals (unknown, not published) are not kept. */
  publishedItem(code: string): Promise<PublishedItem> {
    let entry = this.items.get(code);
    if (!entry) {
      entry = publishedItemSnapshot(this.db, code).then((item) => {
        this.loads.items += 1;
        return deepFreeze(item);
      });
      const mine = entry;
      mine.catch(() => {
        if (this.items.get(code) === mine) this.items.delete(code);
      });
      this.items.set(code, entry);
    }
    return entry;
  }
}

/** One cache per database client, shared by every route of the process. */
const caches = new WeakMap<Db, ReferenceCache>();

export function referenceCacheOf(db: Db): ReferenceCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new ReferenceCache(db);
    caches.set(db, cache);
  }
  return cache;
}

/** Freezes a value and everything it holds: shared cached values must not be changed by a caller. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
