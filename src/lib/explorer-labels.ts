import type { Target } from '../schemas/target.ts';

/** How a figure measures, as the explorer's 口径 filter names it. */
export const MEASURE_NAME: Record<Target['measure'], string> = {
  level: '总量/水平', growth: '增长', decline: '下降', share: '比重', flow: '新增', cumulative: '累计', multiple: '倍数',
};

/** Rows per explorer page. */
export const PAGE_SIZE = 50;
