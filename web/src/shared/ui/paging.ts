/**
 * A table paged by the server: the page asked for, the total the API counted, and "共 N 件/条/项"
 * in the unit the list counts. One place, so every list pages and counts the same way.
 */
import type { TablePaginationConfig } from 'antd';

export const PAGE_SIZE = 20;

export function serverPaging(page: number, onPage: (page: number) => void, total: number | undefined, unit = '条', pageSize = PAGE_SIZE): TablePaginationConfig {
  return { current: page, pageSize, total, showSizeChanger: false, onChange: onPage, showTotal: (t) => `共 ${t} ${unit}` };
}
