/**
 * 特别程序 The special procedures configured on the one-window platform (R2.2): 133 items
 * (sub-items counted) of 10 departments. Every limit is the seed's one limit per kind (site
 * survey 5, inspection 6, testing 10, hearing 7, expert review 30 working days); an item may
 * differ only by a triple [kind, days, legal basis] that records the law setting its limit
 * (the catalog validation refuses a different limit without one).
 */
import type { SpecialProcedureKind } from '../../../domain/catalog/types.js';
import type { DepartmentCode } from './departments.js';
import type { VariantKind } from './variants.js';

export interface SpecialProcedureAssignment {
  department: DepartmentCode;
  /** Name of the main item, exactly as in the item lists. */
  item: string;
  procedures: readonly (SpecialProcedureKind | readonly [SpecialProcedureKind, number, string])[];
  /**
   * Which sub-items carry the procedures besides the main item. By default the new application
   * and its situation variants; a renewal or change that re-inspects the premises adds its kind.
   */
  variants?: readonly VariantKind[];
}

const RENEWALS: readonly VariantKind[] = ['NEW', 'SAME', 'RENEW'];
const CHANGES: readonly VariantKind[] = ['NEW', 'SAME', 'CHANGE'];
const PREMISES: readonly VariantKind[] = ['NEW', 'SAME', 'CHANGE', 'RENEW'];

export const SPECIAL_PROCEDURE_ASSIGNMENTS: readonly SpecialProcedureAssignment[] = [
  // ── natural resources and planning: surveys of the site, hearings where neighbours' rights are touched ──
  { department: 'YL-ZRZY', item: '建设项目用地预审与选址意见书核发', procedures: ['SITE_SURVEY'] },
  { department: 'YL-ZRZY', item: '建设用地规划许可证核发', procedures: ['SITE_SURVEY'], variants: CHANGES },
  { department: 'YL-ZRZY', item: '建设工程规划许可证核发', procedures: ['SITE_SURVEY', 'HEARING'], variants: CHANGES },
  { department: 'YL-ZRZY', item: '乡村建设规划许可证核发', procedures: ['SITE_SURVEY'] },
  { department: 'YL-ZRZY', item: '临时建设工程规划许可', procedures: ['SITE_SURVEY'] },
  { department: 'YL-ZRZY', item: '建设工程设计方案审查', procedures: ['EXPERT_REVIEW', 'HEARING'] },
  { department: 'YL-ZRZY', item: '建设工程规划条件核实', procedures: ['SITE_SURVEY'] },
  { department: 'YL-ZRZY', item: '临时用地审批', procedures: ['SITE_SURVEY'] },
  { department: 'YL-ZRZY', item: '建设项目用地报批（农用地转用和土地征收）', procedures: ['SITE_SURVEY', 'HEARING'] },
  { department: 'YL-ZRZY', item: '采矿权登记', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },
  { department: 'YL-ZRZY', item: '土地复垦方案审查', procedures: ['EXPERT_REVIEW'] },
  { department: 'YL-ZRZY', item: '地图审核', procedures: ['EXPERT_REVIEW'] },

  // ── housing and construction ──
  { department: 'YL-ZJJ', item: '特殊建设工程消防设计审查', procedures: ['EXPERT_REVIEW'] },
  { department: 'YL-ZJJ', item: '特殊建设工程消防验收', procedures: ['SITE_SURVEY', 'TESTING'] },
  { department: 'YL-ZJJ', item: '其他建设工程消防验收备案', procedures: ['INSPECTION'] },
  { department: 'YL-ZJJ', item: '商品房预售许可', procedures: ['SITE_SURVEY'] },
  { department: 'YL-ZJJ', item: '燃气经营许可', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'], variants: RENEWALS },
  { department: 'YL-ZJJ', item: '改动市政燃气设施审批', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },
  { department: 'YL-ZJJ', item: '城镇污水排入排水管网许可', procedures: ['SITE_SURVEY', 'TESTING'], variants: RENEWALS },
  { department: 'YL-ZJJ', item: '拆除、改动城镇排水与污水处理设施审核', procedures: ['SITE_SURVEY'] },
  { department: 'YL-ZJJ', item: '建筑起重机械使用登记', procedures: ['INSPECTION'] },
  { department: 'YL-ZJJ', item: '历史建筑外部修缮装饰、添加设施及改变结构或使用性质审批', procedures: ['EXPERT_REVIEW', 'HEARING'] },

  // ── ecology and environment: expert review of assessments, hearings on major projects ──
  { department: 'YL-STHJ', item: '建设项目环境影响报告书审批', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW', 'HEARING'] },
  { department: 'YL-STHJ', item: '建设项目环境影响报告表审批', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },
  { department: 'YL-STHJ', item: '排污许可证核发', procedures: ['SITE_SURVEY'], variants: RENEWALS },
  { department: 'YL-STHJ', item: '危险废物收集经营许可证核发', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'], variants: RENEWALS },
  { department: 'YL-STHJ', item: '辐射安全许可证核发', procedures: ['SITE_SURVEY', 'TESTING'] },
  { department: 'YL-STHJ', item: '入河排污口设置审核', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },

  // ── water: the site survey and the expert review of water-resource and flood assessments ──
  { department: 'YL-SLJ', item: '取水许可', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'], variants: RENEWALS },
  { department: 'YL-SLJ', item: '生产建设项目水土保持方案审批', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'], variants: CHANGES },
  { department: 'YL-SLJ', item: '洪水影响评价类审批', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },
  { department: 'YL-SLJ', item: '河道采砂许可', procedures: ['SITE_SURVEY', 'HEARING'] },
  { department: 'YL-SLJ', item: '水利基建项目初步设计文件审批', procedures: ['EXPERT_REVIEW'] },
  { department: 'YL-SLJ', item: '占用农业灌溉水源、灌排工程设施审批', procedures: ['SITE_SURVEY', 'HEARING'] },
  { department: 'YL-SLJ', item: '城市建设填堵水域、废除围堤审核', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },
  { department: 'YL-SLJ', item: '河道管理范围内有关活动（不含河道采砂）审批', procedures: ['SITE_SURVEY'] },
  { department: 'YL-SLJ', item: '农村集体经济组织修建水库审批', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },
  { department: 'YL-SLJ', item: '取水工程或者设施验收', procedures: ['SITE_SURVEY', 'TESTING'] },

  // ── forestry and grassland ──
  { department: 'YL-LYJ', item: '林木采伐许可证核发', procedures: ['SITE_SURVEY'] },
  { department: 'YL-LYJ', item: '建设项目使用林地审核审批', procedures: ['SITE_SURVEY'], variants: CHANGES },
  { department: 'YL-LYJ', item: '临时使用林地审批', procedures: ['SITE_SURVEY'] },
  { department: 'YL-LYJ', item: '林草种子生产经营许可证核发', procedures: ['INSPECTION'] },
  { department: 'YL-LYJ', item: '林业植物产地检疫合格证签发', procedures: ['SITE_SURVEY', 'TESTING'] },
  { department: 'YL-LYJ', item: '临时占用草原审批', procedures: ['SITE_SURVEY'] },
  { department: 'YL-LYJ', item: '在草原上修建直接为草原保护和畜牧业生产服务的工程设施使用草原审批', procedures: ['SITE_SURVEY'] },

  // ── market regulation: on-site verification of premises, testing of standards ──
  { department: 'YL-SCJ', item: '食品经营许可', procedures: ['INSPECTION'], variants: PREMISES },
  { department: 'YL-SCJ', item: '食品生产许可', procedures: ['INSPECTION'], variants: PREMISES },
  { department: 'YL-SCJ', item: '药品零售企业许可', procedures: ['INSPECTION'], variants: PREMISES },
  { department: 'YL-SCJ', item: '第三类医疗器械经营许可', procedures: ['INSPECTION'], variants: RENEWALS },
  { department: 'YL-SCJ', item: '计量标准器具核准', procedures: ['INSPECTION', 'TESTING'], variants: RENEWALS },
  { department: 'YL-SCJ', item: '企业名称争议裁决', procedures: ['HEARING'] },

  // ── transport ──
  { department: 'YL-JTJ', item: '道路旅客运输经营许可', procedures: ['INSPECTION'] },
  { department: 'YL-JTJ', item: '道路客运班线经营许可', procedures: ['HEARING'] },
  { department: 'YL-JTJ', item: '道路危险货物运输许可', procedures: ['INSPECTION'] },
  { department: 'YL-JTJ', item: '道路旅客运输站（场）经营许可', procedures: ['SITE_SURVEY'] },
  { department: 'YL-JTJ', item: '公路超限运输许可', procedures: ['SITE_SURVEY'] },
  { department: 'YL-JTJ', item: '涉路施工许可', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },
  { department: 'YL-JTJ', item: '公路建设项目设计文件审批', procedures: ['EXPERT_REVIEW'] },
  { department: 'YL-JTJ', item: '公路建设项目竣工验收', procedures: ['INSPECTION', 'TESTING'] },

  // ── agriculture ──
  { department: 'YL-NYJ', item: '农作物种子生产经营许可证核发', procedures: ['INSPECTION'] },
  { department: 'YL-NYJ', item: '农药经营许可', procedures: ['INSPECTION'] },
  { department: 'YL-NYJ', item: '兽药经营许可证核发', procedures: ['INSPECTION'] },
  { department: 'YL-NYJ', item: '动物防疫条件合格证核发', procedures: ['SITE_SURVEY'] },
  { department: 'YL-NYJ', item: '动物诊疗许可证核发', procedures: ['SITE_SURVEY'] },
  { department: 'YL-NYJ', item: '生猪定点屠宰厂（场）设置审查', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },
  { department: 'YL-NYJ', item: '种畜禽生产经营许可', procedures: ['SITE_SURVEY'] },
  { department: 'YL-NYJ', item: '农业植物检疫证书核发', procedures: ['TESTING'] },
  { department: 'YL-NYJ', item: '使用低于国家或地方规定标准的农作物种子审批', procedures: ['TESTING'] },

  // ── health ──
  { department: 'YL-WJW', item: '医疗机构设置审批', procedures: ['EXPERT_REVIEW'] },
  { department: 'YL-WJW', item: '医疗机构执业登记', procedures: ['SITE_SURVEY'], variants: CHANGES },
  { department: 'YL-WJW', item: '放射诊疗许可', procedures: ['INSPECTION', 'TESTING'], variants: RENEWALS },
  { department: 'YL-WJW', item: '公共场所卫生许可', procedures: ['SITE_SURVEY'] },
  { department: 'YL-WJW', item: '饮用水供水单位卫生许可', procedures: ['SITE_SURVEY', 'TESTING'] },
  { department: 'YL-WJW', item: '建设项目职业病放射防护设施竣工验收', procedures: ['INSPECTION', 'TESTING'] },

  // ── emergency management ──
  { department: 'YL-YJJ', item: '危险化学品经营许可', procedures: ['SITE_SURVEY'], variants: RENEWALS },
  { department: 'YL-YJJ', item: '危险化学品建设项目安全条件审查', procedures: ['EXPERT_REVIEW'] },
  { department: 'YL-YJJ', item: '危险化学品建设项目安全设施设计审查', procedures: ['EXPERT_REVIEW'] },
  { department: 'YL-YJJ', item: '非煤矿山建设项目安全设施设计审查', procedures: ['SITE_SURVEY', 'EXPERT_REVIEW'] },
  { department: 'YL-YJJ', item: '烟花爆竹经营（批发）许可', procedures: ['SITE_SURVEY'] },
];
