/** Paged lists: every list answers { page, pageSize, total, items } the same way. */
export interface PageQuery {
  page: number;
  pageSize: number;
}

/** The skip/take of a page, for a Prisma findMany. */
export const pageWindow = (q: PageQuery) => ({ skip: (q.page - 1) * q.pageSize, take: q.pageSize });

export async function pageOf<T, U>(q: PageQuery, total: Promise<number>, rows: Promise<T[]>, view: (row: T) => U) {
  const [count, found] = await Promise.all([total, rows]);
  return { page: q.page, pageSize: q.pageSize, total: count, items: found.map(view) };
}
