/**
 * 容缺受理 Tolerance acceptance (R3.1): 31 items and 50 secondary materials the front desk may
 * accept without, on the applicant's written commitment to supply them within the given working
 * days. The result is issued only once they are in.
 */
import type { DepartmentCode } from './departments.js';
import type { MaterialKey } from './materials.js';
import type { VariantKind } from './variants.js';

export interface ToleranceAssignment {
  department: DepartmentCode;
  /** Name of the main item, exactly as in the item lists. */
  item: string;
  /** Materials that may be tolerated, with the working days given to supply each. */
  materials: readonly (readonly [MaterialKey, supplyDays: number])[];
  /**
   * Which sub-items share the tolerance besides the main item. By default the new application
   * and its situation variants, which ask for the same materials.
   */
  variants?: readonly VariantKind[];
}

export const TOLERANCE_ASSIGNMENTS: readonly ToleranceAssignment[] = [
  // ── "one thing" bundles of opening a business: internal rules and staff lists can follow ──
  { department: 'YL-XZSP', item: '开办餐饮店一件事', materials: [['foodSafetyRules', 5], ['foodSafetyManager', 5]] },
  { department: 'YL-XZSP', item: '开办药店一件事', materials: [['drugQualityRules', 10], ['storageFacilities', 10]] },
  { department: 'YL-XZSP', item: '开办诊所一件事', materials: [['clinicRules', 10], ['medicalEquipmentList', 10]] },
  { department: 'YL-XZSP', item: '开办养老机构一件事', materials: [['serviceRules', 10], ['careStaffList', 10]] },
  { department: 'YL-XZSP', item: '开办超市一件事', materials: [['foodSafetyRules', 5]] },
  { department: 'YL-XZSP', item: '开办运输企业一件事', materials: [['safetyRules', 8], ['driverQualification', 8]] },
  { department: 'YL-XZSP', item: '水电气网联合报装一件事', materials: [['planningPermit', 4]] },

  // ── construction: documents produced late in the works ──
  { department: 'YL-ZJJ', item: '建筑工程施工许可证核发', materials: [['qualitySafetyMeasures', 3]] },
  { department: 'YL-ZJJ', item: '房屋建筑和市政基础设施工程竣工验收备案', materials: [['qualityWarranty', 5], ['fireAcceptance', 5]] },
  { department: 'YL-ZJJ', item: '城镇污水排入排水管网许可', materials: [['waterQualityReport', 5]] },
  { department: 'YL-ZRZY', item: '乡村建设规划许可证核发', materials: [['buildingDesign', 10]] },
  { department: 'YL-STHJ', item: '企业事业单位突发环境事件应急预案备案', materials: [['emergencyResourceSurvey', 3]] },
  { department: 'YL-CGJ', item: '城市建筑垃圾处置核准', materials: [['disposalSiteAgreement', 5]] },

  // ── trade licences ──
  { department: 'YL-JTJ', item: '巡游出租汽车经营许可', materials: [['parkingLotProof', 10], ['serviceRules', 10]] },
  { department: 'YL-NYJ', item: '动物诊疗许可证核发', materials: [['clinicRules', 10], ['medicalEquipmentList', 10]] },
  { department: 'YL-NYJ', item: '生鲜乳收购站许可', materials: [['healthCertificates', 10]] },
  { department: 'YL-YJJ', item: '烟花爆竹经营（零售）许可', materials: [['safetyTrainingCert', 5]] },
  { department: 'YL-SCJ', item: '特种设备使用登记', materials: [['equipmentSafetyManager', 5]] },
  { department: 'YL-WLJ', item: '旅行社业务经营许可', materials: [['siteProof', 10], ['tourStaffList', 10]] },
  { department: 'YL-WLJ', item: '文艺表演团体设立审批', materials: [['performanceEquipment', 10]] },
  { department: 'YL-RSJ', item: '人力资源服务许可', materials: [['hrStaffList', 5], ['serviceRules', 5]] },
  { department: 'YL-KJJ', item: '外国人来华工作许可', materials: [['healthCertificate', 5], ['noCriminalRecordForeign', 5]] },
  { department: 'YL-GAJ', item: '旅馆业特种行业许可证核发', materials: [['securityRules', 10], ['fireSafetyProof', 10]] },
  { department: 'YL-GAJ', item: '大型群众性活动安全许可', materials: [['venueAgreement', 5]] },

  // ── schools and social organisations: premises and staff papers take longest to gather ──
  { department: 'YL-JYJ', item: '民办学校设立审批', materials: [['schoolSiteProof', 15], ['teacherList', 15]] },
  { department: 'YL-MZJ', item: '社会团体登记', materials: [['officeProof', 10], ['memberList', 10]] },
  { department: 'YL-MZJ', item: '民办非企业单位登记', materials: [['officeProof', 15], ['capitalVerification', 15]] },
];
