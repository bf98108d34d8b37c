/**
 * Main items of the departments working mostly in the enterprise & social affairs zone on market
 * access and trade licences: market regulation, transport, agriculture, emergency management,
 * commerce, science and technology, culture and tourism.
 */
import { adjudication, confirmation, type DepartmentItems, filing, licence, otherPower, service } from './spec.js';

const REGISTRATION = '《中华人民共和国市场主体登记管理条例》第三条；《中华人民共和国市场主体登记管理条例实施细则》';
/** What closing an enterprise takes beyond handing back the licence. */
const EXIT_MATERIALS = { 注销: ['liquidationReport', 'taxClearance'], 简易注销: ['simpleCancellationCommitment'] } as const;

export const SCJ_ITEMS: DepartmentItems = {
  department: 'YL-SCJ',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ORG',
  items: [
    licence('有限责任公司登记', [3, 1], `${REGISTRATION}；《中华人民共和国公司法》`, {
      applicant: 'SELF',
      resultIdentifiesHolder: true,
      result: '营业执照',
      form: '公司登记（备案）申请书',
      mats: ['investorId', 'companyArticles', 'officerAppointment', 'addressProof'],
      variants: ['设立', '变更', '备案', '注销', '简易注销'],
      variantMats: EXIT_MATERIALS,
    }),
    licence('股份有限公司登记', [3, 1], `${REGISTRATION}；《中华人民共和国公司法》`, {
      applicant: 'SELF',
      resultIdentifiesHolder: true,
      result: '营业执照',
      form: '公司登记（备案）申请书',
      mats: ['investorId', 'companyArticles', 'officerAppointment', 'addressProof', 'capitalVerification'],
      variants: ['设立', '变更', '备案', '注销'],
      variantMats: EXIT_MATERIALS,
    }),
    licence('非公司企业法人登记', [3, 1], `${REGISTRATION}；《中华人民共和国民法典》第五十八条`, {
      applicant: 'SELF',
      resultIdentifiesHolder: true,
      result: '营业执照',
      mats: ['investorId', 'companyArticles', 'addressProof', 'superiorApproval'],
      variants: ['设立', '变更', '注销'],
      variantMats: EXIT_MATERIALS,
    }),
    licence('合伙企业登记', [3, 1], `${REGISTRATION}；《中华人民共和国合伙企业法》第九条`, {
      applicant: 'SELF',
      resultIdentifiesHolder: true,
      result: '营业执照',
      mats: ['investorId', 'partnershipAgreement', 'addressProof'],
      variants: ['设立', '变更', '备案', '注销'],
      variantMats: EXIT_MATERIALS,
    }),
    licence('个人独资企业登记', [3, 1], `${REGISTRATION}；《中华人民共和国个人独资企业法》第九条`, {
      applicant: 'SELF',
      resultIdentifiesHolder: true,
      result: '营业执照',
      mats: ['investorId', 'addressProof'],
      variants: ['设立', '变更', '注销'],
      variantMats: EXIT_MATERIALS,
    }),
    licence('农民专业合作社登记', [3, 1], `${REGISTRATION}；《中华人民共和国农民专业合作社法》第十六条`, {
      applicant: 'SELF',
      resultIdentifiesHolder: true,
      result: '营业执照',
      mats: ['investorId', 'companyArticles', 'memberList', 'addressProof'],
      variants: ['设立', '变更', '备案', '注销'],
      variantMats: EXIT_MATERIALS,
    }),
    licence('外商投资企业登记', [3, 1], `${REGISTRATION}；《中华人民共和国外商投资法》第三十一条`, {
      applicant: 'SELF',
      resultIdentifiesHolder: true,
      result: '营业执照',
      form: '外商投资企业登记（备案）申请书',
      mats: ['investorRegistration', 'companyArticles', 'officerAppointment', 'addressProof'],
      variants: ['设立', '变更', '备案', '注销'],
      variantMats: EXIT_MATERIALS,
    }),
    licence('分支机构登记', [3, 1], `${REGISTRATION}；《中华人民共和国公司法》第十三条`, {
      result: '营业执照',
      mats: ['officerAppointment', 'addressProof'],
      variants: ['设立', '变更', '注销'],
      variantMats: EXIT_MATERIALS,
    }),
    licence('食品经营许可', [10, 5], '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》第十五条', {
      result: '食品经营许可证',
      mats: ['foodSiteLayout', 'foodEquipmentList', 'foodSafetyRules', 'foodSafetyManager'],
      variants: 'FULL',
    }),
    filing('仅销售预包装食品备案', [1, 1], '《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》第三十九条', {
      result: '备案回执',
      mats: ['foodSiteAddress'],
      variants: ['变更', '注销'],
    }),
    licence('食品生产许可', [20, 10], '《中华人民共和国食品安全法》第三十五条；《食品生产许可管理办法》第二十一条', {
      result: '食品生产许可证',
      mats: ['foodFactoryLayout', 'foodProcessFlow', 'foodEquipmentList', 'foodSafetyRules', 'foodSafetyManager'],
      variants: 'FULL',
    }),
    licence('药品零售企业许可', [20, 10], '《中华人民共和国药品管理法》第五十二条；《药品经营和使用质量监督管理办法》', {
      result: '药品经营许可证',
      mats: ['pharmacistCert', 'storageFacilities', 'drugQualityRules', 'sitePlan'],
      variants: 'FULL',
    }),
    licence('第三类医疗器械经营许可', [20, 10], '《医疗器械监督管理条例》第四十二条；《医疗器械经营监督管理办法》', {
      result: '医疗器械经营许可证',
      mats: ['deviceQualityRules', 'deviceStaffCerts', 'storageFacilities', 'sitePlan'],
      variants: 'FULL',
    }),
    filing('第二类医疗器械经营备案', [1, 1], '《医疗器械监督管理条例》第四十一条；《医疗器械经营监督管理办法》', { result: '第二类医疗器械经营备案凭证', mats: ['deviceQualityRules', 'sitePlan'], variants: ['变更'] }),
    filing('医疗器械网络销售备案', [1, 1], '《医疗器械网络销售监督管理办法》第七条', { result: '备案凭证', mats: ['onlineSalesInfo'] }),
    licence('特种设备使用登记', [15, 5], '《中华人民共和国特种设备安全法》第三十三条；《特种设备使用管理规则》', {
      result: '特种设备使用登记证',
      mats: ['equipmentProductCert', 'equipmentInspectionCert', 'equipmentSafetyManager'],
      variants: 'NO_TERM',
    }),
    licence('特种设备安全管理和作业人员资格认定', [20, 10], '《中华人民共和国特种设备安全法》第十四条；《特种设备作业人员监督管理办法》', {
      applicant: 'PERSON',
      result: '特种设备安全管理和作业人员证',
      mats: ['examResult', 'healthCertificate', 'educationCert', 'photo'],
      variants: ['首次申请', '延续', '补证'],
    }),
    licence('计量标准器具核准', [20, 10], '《中华人民共和国计量法》第六条、第八条；《计量标准考核办法》', {
      result: '计量标准考核证书',
      mats: ['measurementStandardReport', 'traceabilityCerts', 'metrologistCerts'],
      variants: ['变更', '延续', '注销'],
    }),
    licence('承担国家法定计量检定机构任务授权', [20, 10], '《中华人民共和国计量法》第二十条；《法定计量检定机构监督管理办法》', { result: '计量授权证书', mats: ['measurementStandardReport', 'metrologistCerts', 'qualityRules'] }),
    confirmation('股权出质登记', [3, 1], '《中华人民共和国民法典》第四百四十三条；《股权出质登记办法》', {
      applicant: 'ANY',
      result: '股权出质登记通知书',
      mats: ['pledgeContract', 'pledgorPledgeeIds'],
      variants: ['设立', '变更', '注销'],
    }),
    adjudication('企业名称争议裁决', [120, 60], '《企业名称登记管理规定》第二十三条；《企业名称登记管理规定实施办法》', { result: '企业名称争议行政裁决书', mats: ['disputeStatement', 'evidenceList'] }),
    otherPower('移出经营异常名录', [5, 3], '《企业信息公示暂行条例》第十七条；《市场监督管理信用修复管理办法》', { result: '移出决定书', mats: ['creditRepairCommitment', 'correctionProof'] }),
    otherPower('严重违法失信名单信用修复', [15, 5], '《市场监督管理严重违法失信名单管理办法》第十六条；《市场监督管理信用修复管理办法》', { result: '信用修复决定书', mats: ['creditRepairCommitment', 'penaltyFulfilment', 'correctionProof'] }),
    service('营业执照补领换发', [3, 1], REGISTRATION, { result: '营业执照', mats: ['lossStatement'], variants: ['补领', '换领'] }),
  ],
};

export const JTJ_ITEMS: DepartmentItems = {
  department: 'YL-JTJ',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ORG',
  items: [
    licence('道路旅客运输经营许可', [20, 10], '《中华人民共和国道路运输条例》第八条、第十条；《道路旅客运输及客运站管理规定》', {
      result: '道路运输经营许可证',
      mats: ['vehicleList', 'driverQualification', 'safetyRules', 'safetyManagerList'],
      variants: 'FULL',
    }),
    licence('道路客运班线经营许可', [20, 10], '《中华人民共和国道路运输条例》第十条；《道路旅客运输及客运站管理规定》', {
      result: '道路客运班线经营许可决定书',
      mats: ['routePlan', 'vehicleList', 'driverQualification', 'stationAgreement'],
      variants: ['变更', '延续', '注销'],
    }),
    licence('道路危险货物运输许可', [20, 10], '《中华人民共和国道路运输条例》第二十三条、第二十四条；《道路危险货物运输管理规定》', {
      result: '道路运输经营许可证',
      mats: ['dangerousVehicleList', 'dangerousStaffCerts', 'parkingLotProof', 'safetyRules', 'emergencyPlan'],
      variants: 'FULL',
    }),
    licence('道路旅客运输站（场）经营许可', [15, 10], '《中华人民共和国道路运输条例》第三十九条、第四十条；《道路旅客运输及客运站管理规定》', {
      result: '道路运输经营许可证',
      mats: ['stationAcceptance', 'stationStaffList', 'safetyRules'],
      variants: ['变更', '注销'],
    }),
    licence('巡游出租汽车经营许可', [20, 10], '《巡游出租汽车经营服务管理规定》第八条', { result: '道路运输经营许可证', mats: ['vehicleList', 'driverQualification', 'serviceRules', 'parkingLotProof'], variants: 'STD' }),
    licence('网络预约出租汽车经营许可', [20, 10], '《网络预约出租汽车经营服务管理暂行办法》第五条、第六条', {
      result: '网络预约出租汽车经营许可证',
      mats: ['onlinePlatformInfo', 'serviceRules', 'safetyRules', 'dataSecurityCommitment'],
      variants: 'STD',
    }),
    licence('网络预约出租汽车运输证核发', [10, 3], '《网络预约出租汽车经营服务管理暂行办法》第十二条', { result: '网络预约出租汽车运输证', mats: ['vehicleLicence', 'vehicleInsurance'], variants: ['延续', '注销', '补证'] }),
    licence('网络预约出租汽车驾驶员证核发', [10, 3], '《网络预约出租汽车经营服务管理暂行办法》第十四条、第十五条', {
      applicant: 'PERSON',
      result: '网络预约出租汽车驾驶员证',
      mats: ['drivingLicence', 'noCriminalRecord', 'examResult'],
      variants: ['注销', '补证'],
    }),
    licence('道路运输从业人员从业资格证核发', [10, 5], '《中华人民共和国道路运输条例》第九条、第二十二条；《道路运输从业人员管理规定》', {
      applicant: 'PERSON',
      result: '道路运输从业人员从业资格证',
      mats: ['drivingLicence', 'examResult', 'photo'],
      variants: ['首次申请', '换证', '补证', '注销'],
    }),
    licence('公路超限运输许可', [15, 5], '《中华人民共和国公路法》第五十条；《公路安全保护条例》第三十五条；《超限运输车辆行驶公路管理规定》', {
      applicant: 'ANY',
      result: '超限运输车辆通行证',
      mats: ['vehicleLicence', 'cargoDescription', 'routePlan'],
      channels: ['ONLINE', 'WINDOW'],
    }),
    licence('涉路施工许可', [20, 10], '《中华人民共和国公路法》第四十四条、第四十五条、第四十八条；《公路安全保护条例》第二十七条', {
      result: '涉路施工许可决定书',
      mats: ['roadWorksPlan', 'roadSafetyAssessment', 'trafficPlan'],
      variants: ['占用挖掘公路', '跨越穿越公路修建设施', '在公路用地范围内架设埋设管线', '在公路建筑控制区内埋设管线', '利用公路桥梁隧道涵洞铺设电缆'],
    }),
    licence('更新采伐护路林审批', [20, 10], '《中华人民共和国公路法》第四十二条；《公路安全保护条例》第二十六条', { result: '批准文件', mats: ['loggingDesign', 'replantingPlan'] }),
    licence('设置非公路标志审批', [20, 10], '《中华人民共和国公路法》第五十四条；《公路安全保护条例》第二十五条', { applicant: 'ANY', result: '批准文件', mats: ['signDesign', 'structureSafetyReport'] }),
    licence('公路建设项目施工许可', [20, 10], '《中华人民共和国公路法》第二十五条；《公路建设市场管理办法》', {
      zone: 'INVEST_CONSTRUCTION',
      result: '施工许可决定书',
      mats: ['preliminaryApproval', 'constructionDrawings', 'constructionContract', 'qualitySafetyMeasures'],
    }),
    licence('公路建设项目设计文件审批', [20, 10], '《中华人民共和国公路法》；《建设工程勘察设计管理条例》第三十三条；《公路建设市场管理办法》', {
      zone: 'INVEST_CONSTRUCTION',
      result: '设计文件批复',
      mats: ['preliminaryDesign', 'budgetEstimate', 'expertReviewOpinion'],
    }),
    otherPower('公路建设项目竣工验收', [20, 10], '《中华人民共和国公路法》第三十三条；《公路工程竣（交）工验收办法》', { zone: 'INVEST_CONSTRUCTION', result: '竣工验收鉴定书', mats: ['completionReport', 'qualityAssessment'] }),
    filing('机动车驾驶员培训备案', [5, 2], '《中华人民共和国道路运输条例》第三十八条；《机动车驾驶员培训管理规定》', {
      result: '备案回执',
      mats: ['trainingSiteProof', 'trainingVehicleList', 'instructorList'],
      variants: ['变更', '注销'],
    }),
    filing('机动车维修经营备案', [5, 1], '《中华人民共和国道路运输条例》第三十七条；《机动车维修管理规定》', { result: '备案回执', mats: ['siteProof', 'equipmentList', 'technicianList'], variants: ['变更', '注销'] }),
    service('道路运输证配发', [5, 1], '《中华人民共和国道路运输条例》；《道路运输车辆技术管理规定》', { result: '道路运输证', mats: ['vehicleLicence', 'vehicleTechnicalRating'], variants: ['换证', '补证', '注销'] }),
    licence('城市公共汽电车客运线路经营许可', [20, 10], '《城市公共汽车和电车客运管理规定》第十三条、第十四条', { result: '线路特许经营协议', mats: ['routePlan', 'vehicleList', 'serviceRules'], variants: ['变更', '延续'] }),
    licence('巡游出租汽车车辆经营权配置', [20, 10], '《巡游出租汽车经营服务管理规定》第十三条、第十四条', { result: '巡游出租汽车车辆经营权证明', mats: ['vehicleLicence', 'serviceCommitment'], variants: ['变更', '注销'] }),
  ],
};

export const NYJ_ITEMS: DepartmentItems = {
  department: 'YL-NYJ',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ANY',
  items: [
    licence('农作物种子生产经营许可证核发', [20, 10], '《中华人民共和国种子法》第三十一条、第三十二条；《农作物种子生产经营许可管理办法》', {
      applicant: 'ORG',
      result: '农作物种子生产经营许可证',
      mats: ['seedStaffList', 'seedStorageFacilities', 'seedTestingEquipment'],
      variants: 'FULL',
    }),
    licence('农药经营许可', [20, 10], '《农药管理条例》第二十四条、第二十五条；《农药经营许可管理办法》', {
      applicant: 'ORG',
      result: '农药经营许可证',
      mats: ['pesticideStaffCerts', 'siteProof', 'storageFacilities', 'pesticideRules'],
      variants: 'FULL',
    }),
    licence('兽药经营许可证核发', [30, 15], '《兽药管理条例》第二十二条；《兽药经营质量管理规范》', {
      applicant: 'ORG',
      result: '兽药经营许可证',
      mats: ['vetDrugStaffCerts', 'siteProof', 'storageFacilities', 'drugQualityRules'],
      variants: 'FULL',
    }),
    licence('动物防疫条件合格证核发', [20, 10], '《中华人民共和国动物防疫法》第二十四条、第二十五条；《动物防疫条件审查办法》', {
      result: '动物防疫条件合格证',
      mats: ['farmLayout', 'epidemicPreventionRules', 'vetStaff', 'disinfectionFacilities'],
      variants: 'NO_TERM',
    }),
    licence('动物诊疗许可证核发', [20, 10], '《中华人民共和国动物防疫法》第六十一条；《动物诊疗机构管理办法》', {
      applicant: 'ORG',
      result: '动物诊疗许可证',
      mats: ['clinicLayout', 'vetStaffCerts', 'medicalEquipmentList', 'clinicRules'],
      variants: 'NO_TERM',
    }),
    licence('生猪定点屠宰厂（场）设置审查', [20, 10], '《生猪屠宰管理条例》第八条、第九条', {
      applicant: 'ORG',
      result: '生猪定点屠宰证书',
      mats: ['slaughterFacilities', 'quarantineStaff', 'waterQualityReport', 'epidemicPreventionRules'],
      variants: ['变更'],
    }),
    licence('种畜禽生产经营许可', [20, 10], '《中华人民共和国畜牧法》第二十四条；《种畜禽生产经营许可证审核发放办法》', {
      result: '种畜禽生产经营许可证',
      mats: ['breedingFacilities', 'breedingStaff', 'breedSourceProof'],
      variants: 'FULL',
    }),
    licence('水产苗种生产经营审批', [20, 10], '《中华人民共和国渔业法》第十六条；《水产苗种管理办法》', { result: '水产苗种生产许可证', mats: ['hatcheryFacilities', 'breedSourceProof', 'technicianList'], variants: 'STD' }),
    licence('水域滩涂养殖证核发', [20, 10], '《中华人民共和国渔业法》第十一条；《水域滩涂养殖发证登记办法》', { result: '水域滩涂养殖证', mats: ['waterAreaMap', 'waterUseRight'], variants: 'STD' }),
    licence('拖拉机和联合收割机登记', [2, 1], '《农业机械安全监督管理条例》第二十一条；《拖拉机和联合收割机登记规定》', {
      result: '拖拉机和联合收割机行驶证',
      mats: ['machineInvoice', 'machineConformityCert', 'machineInspection'],
      variants: ['注册登记', '变更登记', '转移登记', '抵押登记', '注销登记'],
    }),
    licence('拖拉机和联合收割机驾驶证核发', [5, 2], '《农业机械安全监督管理条例》第二十二条；《拖拉机和联合收割机驾驶证管理规定》', {
      applicant: 'PERSON',
      result: '拖拉机和联合收割机驾驶证',
      mats: ['healthCertificate', 'examResult', 'photo'],
      variants: ['首次申领', '换领', '补领'],
    }),
    licence('农业植物检疫证书核发', [10, 3], '《植物检疫条例》第七条、第八条；《植物检疫条例实施细则（农业部分）》', { result: '植物检疫证书', mats: ['originQuarantineCert', 'shipmentList'] }),
    licence('农业植物产地检疫合格证签发', [20, 10], '《植物检疫条例》第十一条；《植物检疫条例实施细则（农业部分）》', { result: '产地检疫合格证', mats: ['nurseryInfo'] }),
    licence('使用低于国家或地方规定标准的农作物种子审批', [20, 10], '《中华人民共和国种子法》第五十三条', { result: '批准文件', mats: ['seedTestReport', 'usePurposeStatement'] }),
    licence('生鲜乳收购站许可', [20, 10], '《乳品质量安全监督管理条例》第二十条', { applicant: 'ORG', result: '生鲜乳收购许可证', mats: ['milkStationFacilities', 'milkTestingEquipment', 'healthCertificates'], variants: 'STD' }),
    licence('生鲜乳准运证明核发', [20, 10], '《乳品质量安全监督管理条例》第二十五条', { result: '生鲜乳准运证明', mats: ['vehicleLicence', 'milkTankCert', 'healthCertificate'], variants: ['延续'] }),
    licence('工商企业等社会资本通过流转取得土地经营权审批', [20, 10], '《中华人民共和国农村土地承包法》第四十五条；《农村土地经营权流转管理办法》第二十九条', {
      applicant: 'ORG',
      result: '审核意见',
      mats: ['landTransferContractRural', 'operationPlan', 'creditReport'],
    }),
    filing('畜禽养殖场备案', [5, 2], '《中华人民共和国畜牧法》第三十九条；《畜禽规模养殖场备案管理办法》', { result: '备案回执', mats: ['farmLayout', 'manureTreatmentPlan'], variants: ['变更'] }),
    filing('执业兽医备案', [5, 2], '《中华人民共和国动物防疫法》第六十九条；《执业兽医和乡村兽医管理办法》', { applicant: 'PERSON', result: '备案回执', mats: ['vetQualificationCert', 'employmentProof'], variants: ['变更'] }),
  ],
};

export const YJJ_ITEMS: DepartmentItems = {
  department: 'YL-YJJ',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ORG',
  items: [
    licence('危险化学品经营许可', [30, 15], '《危险化学品安全管理条例》第三十三条、第三十五条；《危险化学品经营许可证管理办法》', {
      result: '危险化学品经营许可证',
      mats: ['chemicalStaffCerts', 'storageFacilities', 'safetyRules', 'emergencyPlan', 'safetyEvaluation'],
      variants: 'FULL',
    }),
    licence('危险化学品建设项目安全条件审查', [45, 20], '《危险化学品安全管理条例》第十二条；《危险化学品建设项目安全监督管理办法》', {
      zone: 'INVEST_CONSTRUCTION',
      result: '安全条件审查意见书',
      mats: ['safetyEvaluation', 'projectApproval', 'planningPermit'],
    }),
    licence('危险化学品建设项目安全设施设计审查', [20, 10], '《中华人民共和国安全生产法》第三十二条、第三十三条；《危险化学品建设项目安全监督管理办法》', {
      zone: 'INVEST_CONSTRUCTION',
      result: '安全设施设计审查意见书',
      mats: ['safetyFacilityDesign', 'safetyConditionOpinion', 'designQualification'],
      variants: ['变更'],
    }),
    licence('金属冶炼建设项目安全设施设计审查', [20, 10], '《中华人民共和国安全生产法》第三十二条、第三十三条；《建设项目安全设施“三同时”监督管理办法》', {
      zone: 'INVEST_CONSTRUCTION',
      result: '安全设施设计审查意见书',
      mats: ['safetyFacilityDesign', 'safetyPreEvaluation', 'designQualification'],
    }),
    licence('非煤矿山建设项目安全设施设计审查', [20, 10], '《中华人民共和国安全生产法》第三十二条、第三十三条；《非煤矿矿山企业安全生产许可证实施办法》', {
      zone: 'INVEST_CONSTRUCTION',
      result: '安全设施设计审查意见书',
      mats: ['safetyFacilityDesign', 'safetyPreEvaluation', 'miningRightCert'],
    }),
    licence('烟花爆竹经营（批发）许可', [30, 15], '《烟花爆竹安全管理条例》第十六条、第十八条；《烟花爆竹经营许可实施办法》', {
      result: '烟花爆竹经营（批发）许可证',
      mats: ['fireworksWarehouse', 'safetyEvaluation', 'chemicalStaffCerts', 'safetyRules'],
      variants: 'FULL',
    }),
    licence('烟花爆竹经营（零售）许可', [20, 5], '《烟花爆竹安全管理条例》第十七条、第十九条；《烟花爆竹经营许可实施办法》', {
      applicant: 'ANY',
      result: '烟花爆竹经营（零售）许可证',
      mats: ['siteProof', 'fireworksStorage', 'safetyTrainingCert'],
      variants: 'STD',
    }),
    filing('第二类、第三类非药品类易制毒化学品经营备案', [5, 3], '《易制毒化学品管理条例》第十三条；《非药品类易制毒化学品生产、经营许可办法》', {
      result: '非药品类易制毒化学品经营备案证明',
      mats: ['precursorRules', 'storageFacilities'],
      variants: ['变更', '延续', '注销'],
    }),
    filing('生产经营单位生产安全事故应急预案备案', [5, 3], '《生产安全事故应急条例》第七条；《生产安全事故应急预案管理办法》第二十六条', { result: '应急预案备案登记表', mats: ['emergencyPlan', 'emergencyPlanReview'] }),
    filing('危险化学品重大危险源备案', [5, 3], '《危险化学品安全管理条例》第二十五条；《危险化学品重大危险源监督管理暂行规定》', {
      result: '重大危险源备案告知书',
      mats: ['hazardIdentificationReport', 'safetyEvaluation', 'emergencyPlan'],
      variants: ['变更', '注销'],
    }),
    licence('特种作业操作证核发', [20, 10], '《中华人民共和国安全生产法》第三十条；《特种作业人员安全技术培训考核管理规定》', {
      applicant: 'PERSON',
      result: '特种作业操作证',
      mats: ['examResult', 'healthCertificate', 'educationCert', 'photo'],
      variants: ['首次申领', '复审', '补证'],
    }),
    otherPower('生产经营单位主要负责人和安全生产管理人员安全生产知识和管理能力考核', [20, 10], '《中华人民共和国安全生产法》第二十七条；《生产经营单位安全培训规定》', {
      applicant: 'PERSON',
      result: '安全生产知识和管理能力考核合格证',
      mats: ['examResult', 'employmentProof', 'photo'],
    }),
  ],
};

export const SWJ_ITEMS: DepartmentItems = {
  department: 'YL-SWJ',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ORG',
  items: [
    licence('成品油零售经营资格审批', [20, 10], '《国务院关于取消和下放一批行政许可事项的决定》（国发〔2019〕6号）；《中华人民共和国安全生产法》', {
      result: '成品油零售经营批准证书',
      mats: ['stationLandProof', 'planningPermit', 'safetyEvaluation', 'fireAcceptance', 'oilSupplyAgreement'],
      variants: 'FULL',
    }),
    filing('单用途商业预付卡发卡企业备案', [5, 3], '《单用途商业预付卡管理办法（试行）》第七条', { result: '备案回执', mats: ['prepaidCardRules', 'fundDepositAgreement'], variants: ['变更'] }),
    filing('再生资源回收经营者备案', [5, 2], '《再生资源回收管理办法》第七条', { applicant: 'ANY', result: '备案回执', mats: ['siteProof', 'recyclingFacilities'], variants: ['变更'] }),
    filing('二手车交易市场经营者和二手车经营主体备案', [5, 2], '《二手车流通管理办法》第八条', { result: '备案回执', mats: ['siteProof', 'usedCarStaff'] }),
    licence('对外劳务合作经营资格核准', [20, 10], '《对外劳务合作管理条例》第七条、第八条', { result: '对外劳务合作经营资格证书', mats: ['riskReserveProof', 'safetyRules', 'managerCredentials'], variants: ['变更', '注销'] }),
    otherPower('报废机动车回收拆解企业资质认定初审', [20, 10], '《报废机动车回收管理办法》第七条；《报废机动车回收管理办法实施细则》', { result: '初审意见', mats: ['dismantlingFacilities', 'environmentalApproval', 'technicianList'] }),
    service('汽车报废更新补贴申请', [20, 10], '《汽车以旧换新补贴实施细则》；《商务部等7部门关于进一步做好汽车以旧换新有关工作的通知》', {
      applicant: 'PERSON',
      result: '补贴发放通知',
      mats: ['scrapCertificate', 'newVehicleInvoice', 'bankCard'],
    }),
  ],
};

export const KJJ_ITEMS: DepartmentItems = {
  department: 'YL-KJJ',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ORG',
  items: [
    licence('外国人来华工作许可', [10, 5], '《中华人民共和国出境入境管理法》第四十一条；《外国人在中国就业管理规定》', {
      result: '外国人工作许可证',
      mats: ['foreignerPassport', 'employmentContractForeign', 'degreeCert', 'noCriminalRecordForeign', 'healthCertificate'],
      variants: ['延期', '变更', '注销', '补证'],
    }),
    confirmation('技术合同认定登记', [10, 3], '《中华人民共和国民法典》第八百四十三条；《技术合同认定登记管理办法》第三条', { result: '技术合同登记证明', mats: ['technologyContract', 'technologyInvoice'] }),
    service('科技成果登记', [10, 3], '《科技成果登记办法》', { result: '科技成果登记证书', mats: ['achievementReport', 'evaluationProof'] }),
    service('科技型中小企业评价入库', [20, 10], '《科技型中小企业评价办法》', { result: '入库登记编号', mats: ['rdExpenseStatement', 'staffStatistics'] }),
    otherPower('高新技术企业认定推荐', [20, 10], '《高新技术企业认定管理办法》；《高新技术企业认定管理工作指引》', { result: '推荐意见', mats: ['ipCerts', 'rdExpenseStatement', 'auditReport', 'staffStatistics'] }),
    confirmation('市级科技企业孵化器认定', [30, 20], '《科技企业孵化器管理办法》', { result: '认定文件', mats: ['incubatorSite', 'incubatedEnterprises', 'serviceRules'] }),
    confirmation('市级众创空间认定', [30, 20], '《国务院办公厅关于发展众创空间推进大众创新创业的指导意见》（国办发〔2015〕9号）；《发展众创空间工作指引》', { result: '认定文件', mats: ['incubatorSite', 'serviceRules'] }),
  ],
};

export const WLJ_ITEMS: DepartmentItems = {
  department: 'YL-WLJ',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ORG',
  items: [
    licence('娱乐场所经营活动审批', [20, 10], '《娱乐场所管理条例》第九条；《娱乐场所管理办法》', { result: '娱乐经营许可证', mats: ['siteProof', 'sitePlan', 'investorNoRecordCommitment', 'fireSafetyProof'], variants: 'FULL' }),
    licence('互联网上网服务营业场所经营单位设立审批', [20, 10], '《互联网上网服务营业场所管理条例》第十一条、第十三条', {
      result: '网络文化经营许可证',
      mats: ['siteProof', 'sitePlan', 'networkSecurityRules', 'fireSafetyProof'],
      variants: 'FULL',
    }),
    licence('旅行社业务经营许可', [20, 10], '《旅行社条例》第六条、第七条', { result: '旅行社业务经营许可证', mats: ['siteProof', 'qualityDepositProof', 'tourStaffList'], variants: 'NO_TERM' }),
    licence('营业性演出审批', [3, 1], '《营业性演出管理条例》第十三条、第十四条', { result: '营业性演出准予许可决定书', mats: ['performancePlan', 'performerContracts', 'venueAgreement'] }),
    licence('文艺表演团体设立审批', [20, 10], '《营业性演出管理条例》第六条', { result: '营业性演出许可证', mats: ['performerList', 'performanceEquipment'], variants: 'NO_TERM' }),
    licence('设置卫星电视广播地面接收设施审批', [20, 10], '《卫星电视广播地面接收设施管理规定》第七条', { result: '卫星地面接收设施许可证', mats: ['receivingEquipment', 'installationPlan'] }),
    licence('文物保护单位建设控制地带内建设工程设计方案审核', [20, 10], '《中华人民共和国文物保护法》第十八条', {
      zone: 'INVEST_CONSTRUCTION',
      result: '审核意见',
      mats: ['schemeDesign', 'heritageImpactAssessment'],
    }),
    licence('市级文物保护单位修缮审批', [20, 10], '《中华人民共和国文物保护法》第二十一条；《文物保护工程管理办法》', { zone: 'INVEST_CONSTRUCTION', result: '批准文件', mats: ['repairDesign', 'designQualification'] }),
    filing('艺术品经营单位备案', [15, 5], '《艺术品经营管理办法》第五条', { result: '备案回执', mats: ['siteProof', 'artworkRules'], variants: ['变更'] }),
    confirmation('A级旅游景区质量等级评定（A级、2A级）', [30, 20], '《中华人民共和国旅游法》；《旅游景区质量等级管理办法》', { result: '等级评定文件', mats: ['scenicSelfAssessment', 'scenicIntroduction'] }),
    licence('导游证核发', [10, 5], '《中华人民共和国旅游法》第三十七条；《导游管理办法》', {
      applicant: 'PERSON',
      result: '导游证',
      mats: ['guideExamCert', 'employmentProof', 'photo'],
      variants: 'FULL',
    }),
  ],
};
