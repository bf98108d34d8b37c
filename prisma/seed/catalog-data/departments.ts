/**
 * The 25 departments whose items are handled under acceptance–approval separation in the Yulin
 * city hall, and the hall's zones (R1.3, R1.4). Sort order follows the hall's directory board.
 * Codes are stable identifiers: users, cases and statistics refer to them, so never renumber.
 */
import type { Department, Zone } from '../../../domain/catalog/types.js';

export type ZoneCode =
  | 'INVEST_CONSTRUCTION'
  | 'ENTERPRISE_SOCIAL'
  | 'REAL_ESTATE'
  | 'SOCIAL_INSURANCE'
  | 'PUBLIC_SECURITY'
  | 'TAX'
  | 'HOUSING_FUND';

export const ZONES: readonly (Zone & { code: ZoneCode })[] = [
  {
    code: 'INVEST_CONSTRUCTION',
    name: '投资建设项目专区',
    description: '工程建设项目立项用地规划、工程建设许可、施工许可、竣工验收四个阶段的审批服务，受审分离首批试点专区',
    sortOrder: 1,
  },
  {
    code: 'ENTERPRISE_SOCIAL',
    name: '企业和社会事务专区',
    description: '市场准入、行业经营许可、社会事业和民生服务事项，受审分离首批试点专区',
    sortOrder: 2,
  },
  { code: 'REAL_ESTATE', name: '不动产登记专区', description: '不动产首次、转移、变更、抵押、注销等登记及查询', sortOrder: 3 },
  { code: 'SOCIAL_INSURANCE', name: '社保医保专区', description: '社会保险登记、待遇申领、工伤认定及医疗保障经办服务', sortOrder: 4 },
  { code: 'PUBLIC_SECURITY', name: '公安综合专区', description: '户政、出入境、交通管理和治安管理服务', sortOrder: 5 },
  { code: 'TAX', name: '税务专区', description: '涉税登记、发票、申报及税收优惠办理', sortOrder: 6 },
  { code: 'HOUSING_FUND', name: '公积金专区', description: '住房公积金缴存、提取和贷款业务', sortOrder: 7 },
];

export type DepartmentCode = (typeof DEPARTMENT_CODES)[number];

export const DEPARTMENT_CODES = [
  'YL-XZSP',
  'YL-FGW',
  'YL-ZRZY',
  'YL-ZJJ',
  'YL-STHJ',
  'YL-SLJ',
  'YL-LYJ',
  'YL-CGJ',
  'YL-SCJ',
  'YL-JTJ',
  'YL-NYJ',
  'YL-YJJ',
  'YL-SWJ',
  'YL-KJJ',
  'YL-WLJ',
  'YL-WJW',
  'YL-JYJ',
  'YL-MZJ',
  'YL-RSJ',
  'YL-YBJ',
  'YL-TYJR',
  'YL-GAJ',
  'YL-SHUIWU',
  'YL-GJJ',
  'YL-BDC',
] as const;

const NAMES: Readonly<Record<DepartmentCode, readonly [name: string, shortName: string]>> = {
  'YL-XZSP': ['榆林市行政审批服务局', '市审批局'],
  'YL-FGW': ['榆林市发展和改革委员会', '市发改委'],
  'YL-ZRZY': ['榆林市自然资源和规划局', '市自然资源局'],
  'YL-ZJJ': ['榆林市住房和城乡建设局', '市住建局'],
  'YL-STHJ': ['榆林市生态环境局', '市生态环境局'],
  'YL-SLJ': ['榆林市水利局', '市水利局'],
  'YL-LYJ': ['榆林市林业局', '市林业局'],
  'YL-CGJ': ['榆林市城市管理执法局', '市城管执法局'],
  'YL-SCJ': ['榆林市市场监督管理局', '市市场监管局'],
  'YL-JTJ': ['榆林市交通运输局', '市交通局'],
  'YL-NYJ': ['榆林市农业农村局', '市农业农村局'],
  'YL-YJJ': ['榆林市应急管理局', '市应急管理局'],
  'YL-SWJ': ['榆林市商务局', '市商务局'],
  'YL-KJJ': ['榆林市科学技术局', '市科技局'],
  'YL-WLJ': ['榆林市文化和旅游局', '市文旅局'],
  'YL-WJW': ['榆林市卫生健康委员会', '市卫健委'],
  'YL-JYJ': ['榆林市教育局', '市教育局'],
  'YL-MZJ': ['榆林市民政局', '市民政局'],
  'YL-RSJ': ['榆林市人力资源和社会保障局', '市人社局'],
  'YL-YBJ': ['榆林市医疗保障局', '市医保局'],
  'YL-TYJR': ['榆林市退役军人事务局', '市退役军人局'],
  'YL-GAJ': ['榆林市公安局', '市公安局'],
  // Vertically managed by the State Taxation Administration, but stationed in the hall like the others.
  'YL-SHUIWU': ['国家税务总局榆林市税务局', '市税务局'],
  'YL-GJJ': ['榆林市住房公积金管理中心', '市公积金中心'],
  'YL-BDC': ['榆林市不动产登记中心', '市不动产登记中心'],
};

export const DEPARTMENTS: readonly Department[] = DEPARTMENT_CODES.map((code, i) => {
  const [name, shortName] = NAMES[code];
  return { code, name, shortName, stationed: true, sortOrder: i + 1 };
});
