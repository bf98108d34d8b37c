/**
 * Main items of the departments working mostly in the investment & construction zone: the
 * administrative approval bureau's concentrated items and "one thing" bundles, development and
 * reform, natural resources and planning, housing and construction, ecology and environment,
 * water, forestry, urban management.
 */
import { confirmation, type DepartmentItems, filing, licence, otherPower, service } from './spec.js';

const ONE_THING = '《国务院关于进一步优化政务服务提升行政效能推动“高效办成一件事”的指导意见》（国发〔2024〕3号）';

export const XZSP_ITEMS: DepartmentItems = {
  department: 'YL-XZSP',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ANY',
  items: [
    service('企业信息变更一件事', [10, 2], `${ONE_THING}；《中华人民共和国市场主体登记管理条例》`, { applicant: 'ORG', mats: ['changeProof', 'companyResolution'] }),
    service('开办运输企业一件事', [20, 8], `${ONE_THING}；《中华人民共和国道路运输条例》`, { applicant: 'SELF', mats: ['investorId', 'companyArticles', 'siteProof', 'vehicleList', 'driverQualification', 'safetyRules'] }),
    service('开办餐饮店一件事', [20, 5], `${ONE_THING}；《中华人民共和国食品安全法》第三十五条`, { applicant: 'SELF', mats: ['investorId', 'siteProof', 'foodSiteLayout', 'foodSafetyRules', 'foodSafetyManager'] }),
    service('开办药店一件事', [20, 10], `${ONE_THING}；《中华人民共和国药品管理法》第五十二条`, { applicant: 'SELF', mats: ['investorId', 'siteProof', 'pharmacistCert', 'drugQualityRules', 'storageFacilities'] }),
    service('开办诊所一件事', [20, 10], `${ONE_THING}；《医疗机构管理条例》`, { applicant: 'SELF', mats: ['investorId', 'siteProof', 'medicalStaffCerts', 'medicalEquipmentList', 'clinicRules'] }),
    service('开办养老机构一件事', [20, 10], `${ONE_THING}；《养老机构管理办法》`, { applicant: 'SELF', mats: ['investorId', 'siteProof', 'fireSafetyProof', 'careStaffList', 'serviceRules'] }),
    service('开办超市一件事', [20, 5], `${ONE_THING}；《中华人民共和国食品安全法》第三十五条`, { applicant: 'SELF', mats: ['investorId', 'siteProof', 'foodSiteLayout', 'foodSafetyRules'] }),
    service('开办旅馆一件事', [20, 10], `${ONE_THING}；《旅馆业治安管理办法》；《公共场所卫生管理条例》`, { applicant: 'SELF', mats: ['investorId', 'siteProof', 'fireSafetyProof', 'sitePlan', 'securityRules'] }),
    service('开办书店一件事', [20, 10], `${ONE_THING}；《出版管理条例》第三十七条`, { applicant: 'SELF', mats: ['investorId', 'siteProof', 'managerCredentials'] }),
    service('开办加油站一件事', [30, 15], `${ONE_THING}；《危险化学品安全管理条例》`, { applicant: 'SELF', mats: ['investorId', 'siteProof', 'safetyEvaluation', 'fireSafetyProof', 'planningPermit'] }),
    service('开办娱乐场所一件事', [20, 10], `${ONE_THING}；《娱乐场所管理条例》第九条`, { applicant: 'SELF', mats: ['investorId', 'siteProof', 'fireSafetyProof', 'sitePlan'] }),
    service('企业破产信息核查一件事', [10, 5], `${ONE_THING}；《中华人民共和国企业破产法》`, { applicant: 'ORG', mats: ['courtAppointment', 'administratorId'] }),
    service('企业注销登记一件事', [20, 5], `${ONE_THING}；《中华人民共和国公司法》第二百三十九条`, { applicant: 'ORG', mats: ['liquidationReport', 'companyResolution', 'taxClearance'] }),
    service('新生儿出生一件事', [10, 3], `${ONE_THING}；《中华人民共和国户口登记条例》第七条`, { applicant: 'SELF', mats: ['birthMedicalCert', 'parentsIds', 'householdRegister', 'marriageCert'] }),
    service('退休一件事', [20, 10], `${ONE_THING}；《中华人民共和国社会保险法》第十六条`, { applicant: 'PERSON', mats: ['personnelFile', 'householdRegister', 'bankCard'] }),
    service('残疾人服务一件事', [20, 10], `${ONE_THING}；《中华人民共和国残疾人保障法》`, { applicant: 'PERSON', mats: ['disabilityAssessment', 'householdRegister', 'photo'] }),
    service('身后一件事', [10, 5], `${ONE_THING}；《中华人民共和国户口登记条例》第八条`, { applicant: 'PERSON', mats: ['deathCertificate', 'kinshipProof', 'householdRegister'] }),
    service('教育入学一件事', [10, 5], `${ONE_THING}；《中华人民共和国义务教育法》第十二条`, { applicant: 'PERSON', mats: ['householdRegister', 'residenceProof', 'birthMedicalCert'] }),
    service('军人退役一件事', [20, 10], `${ONE_THING}；《中华人民共和国退役军人保障法》`, { applicant: 'PERSON', mats: ['dischargeCert', 'householdRegister', 'photo'] }),
    service('员工招聘一件事', [10, 3], `${ONE_THING}；《中华人民共和国就业促进法》`, { applicant: 'ORG', mats: ['recruitmentPlan', 'labourContract'] }),
    service('信用修复一件事', [15, 5], `${ONE_THING}；《失信行为纠正后的信用信息修复管理办法（试行）》`, { applicant: 'ORG', mats: ['creditRepairCommitment', 'penaltyFulfilment'] }),
    service('水电气网联合报装一件事', [10, 4], `${ONE_THING}；《优化营商环境条例》第二十八条`, {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      mats: ['landUseCert', 'planningPermit', 'utilityLoadList'],
    }),
    service('二手房转移登记及水电气网联动过户一件事', [10, 3], `${ONE_THING}；《不动产登记暂行条例》第十四条`, {
      applicant: 'PERSON',
      zone: 'REAL_ESTATE',
      mats: ['propertyCert', 'saleContract', 'utilityAccounts'],
    }),
    otherPower('房屋建筑和市政基础设施工程施工图设计文件联合审查', [15, 8], '《建设工程质量管理条例》第十一条；《房屋建筑和市政基础设施工程施工图设计文件审查管理办法》第三条', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '施工图审查合格书',
      mats: ['projectApproval', 'constructionDrawings', 'surveyReport', 'designContract'],
    }),
    otherPower('工程建设项目竣工联合验收', [20, 10], '《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）；《建设工程质量管理条例》第十六条', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '联合验收意见书',
      mats: ['completionReport', 'qualityAssessment', 'planningPermit', 'asBuiltDrawings', 'fireDesignOpinion'],
    }),
    licence('结合民用建筑修建防空地下室审批', [20, 8], '《中华人民共和国人民防空法》第二十二条；《陕西省实施〈中华人民共和国人民防空法〉办法》', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '人防工程建设审批意见书',
      mats: ['projectApproval', 'planningPermit', 'civilDefenceDesign'],
    }),
    licence('应建防空地下室的民用建筑项目易地建设审批', [20, 10], '《中华人民共和国人民防空法》第二十二条；《陕西省实施〈中华人民共和国人民防空法〉办法》', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '易地建设审批意见书',
      mats: ['projectApproval', 'planningPermit', 'offsiteReason'],
    }),
    licence('拆除人民防空工程审批', [20, 10], '《中华人民共和国人民防空法》第二十八条', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '拆除人防工程批准文件',
      mats: ['civilDefenceCert', 'demolitionPlan', 'compensationPlan'],
    }),
    filing('人民防空工程竣工验收备案', [15, 5], '《中华人民共和国人民防空法》；《陕西省实施〈中华人民共和国人民防空法〉办法》', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      mats: ['completionReport', 'qualityAssessment', 'asBuiltDrawings'],
    }),
    licence('防雷装置设计审核', [20, 5], '《中华人民共和国气象法》第三十一条；《气象灾害防御条例》第二十三条；《防雷减灾管理办法》', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '防雷装置设计核准意见书',
      mats: ['lightningDesign', 'lightningRiskReport', 'designQualification'],
    }),
    licence('防雷装置竣工验收', [20, 5], '《中华人民共和国气象法》第三十一条；《气象灾害防御条例》第二十三条；《防雷减灾管理办法》', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '防雷装置验收意见书',
      mats: ['lightningDesignApproval', 'lightningTestReport', 'asBuiltDrawings'],
    }),
    licence('升放无人驾驶自由气球或者系留气球活动审批', [5, 2], '《通用航空飞行管制条例》第三十二条；《施放气球管理办法》', {
      applicant: 'ORG',
      result: '施放气球活动许可决定书',
      mats: ['balloonQualification', 'balloonPlan', 'safetyMeasures'],
    }),
    licence('新建、扩建、改建建设工程避免危害气象探测环境审批', [20, 10], '《中华人民共和国气象法》第二十一条；《气象设施和气象探测环境保护条例》第十六条', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '批准文件',
      mats: ['projectApproval', 'sitePlan', 'meteoImpactAssessment'],
    }),
    licence('建设工程地震安全性评价结果的审定及抗震设防要求的确定', [20, 10], '《中华人民共和国防震减灾法》第三十五条；《地震安全性评价管理条例》第十三条', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '抗震设防要求批复',
      mats: ['projectApproval', 'seismicEvaluation'],
    }),
    licence('石油天然气管道保护范围内特定施工作业许可', [20, 8], '《中华人民共和国石油天然气管道保护法》第三十五条', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '施工作业许可决定书',
      mats: ['constructionPlan', 'pipelineAgreement', 'safetyMeasures', 'emergencyPlan'],
    }),
    licence('电力设施保护区内施工作业审批', [20, 10], '《中华人民共和国电力法》第五十四条；《电力设施保护条例》第十七条', {
      applicant: 'ORG',
      zone: 'INVEST_CONSTRUCTION',
      result: '批准文件',
      mats: ['constructionPlan', 'powerAgreement', 'safetyMeasures'],
    }),
  ],
};

export const FGW_ITEMS: DepartmentItems = {
  department: 'YL-FGW',
  zone: 'INVEST_CONSTRUCTION',
  applicant: 'ORG',
  items: [
    licence('企业投资项目核准', [20, 10], '《企业投资项目核准和备案管理条例》第三条、第九条；《政府核准的投资项目目录》', {
      result: '项目核准文件',
      mats: ['projectApplicationReport', 'siteSelectionOpinion', 'landPreReview', 'socialRiskAssessment'],
      variants: ['变更', '延续'],
    }),
    filing('企业投资项目备案', [3, 1], '《企业投资项目核准和备案管理条例》第十三条', { result: '项目备案证明', mats: ['projectBasicInfo'], variants: ['变更'] }),
    otherPower('政府投资项目建议书审批', [20, 10], '《政府投资条例》第九条', { result: '项目建议书批复', mats: ['projectProposal', 'fundingPlan'] }),
    otherPower('政府投资项目可行性研究报告审批', [20, 10], '《政府投资条例》第九条、第十一条', {
      result: '可行性研究报告批复',
      mats: ['feasibilityStudy', 'siteSelectionOpinion', 'landPreReview', 'socialRiskAssessment', 'energyReview'],
    }),
    otherPower('政府投资项目初步设计及概算审批', [20, 10], '《政府投资条例》第十一条、第十二条', { result: '初步设计及概算批复', mats: ['preliminaryDesign', 'budgetEstimate', 'feasibilityApproval'] }),
    licence('固定资产投资项目节能审查', [20, 10], '《中华人民共和国节约能源法》第十五条；《固定资产投资项目节能审查办法》', { result: '节能审查意见', mats: ['energyReport', 'projectBasicInfo'] }),
    licence('依法必须招标项目的招标范围、招标方式和招标组织形式核准', [20, 5], '《中华人民共和国招标投标法实施条例》第七条', { result: '招标事项核准意见', mats: ['tenderPlan', 'projectBasicInfo'] }),
    licence('外商投资项目核准', [20, 10], '《中华人民共和国外商投资法》第二十九条；《外商投资项目核准和备案管理办法》', {
      result: '项目核准文件',
      mats: ['projectApplicationReport', 'investorRegistration', 'siteSelectionOpinion', 'landPreReview'],
      variants: ['变更', '延续'],
    }),
    licence('风电项目核准', [20, 10], '《企业投资项目核准和备案管理条例》第三条；《政府核准的投资项目目录》', {
      result: '项目核准文件',
      mats: ['projectApplicationReport', 'windResourceReport', 'landPreReview', 'gridAccessOpinion'],
      variants: ['变更', '延续'],
    }),
    filing('集中式光伏发电项目备案', [3, 1], '《企业投资项目核准和备案管理条例》第十三条；《光伏电站开发建设管理办法》', { result: '项目备案证明', mats: ['projectBasicInfo', 'landUseIntent'], variants: ['变更'] }),
    licence('110千伏及以下电网项目核准', [20, 10], '《企业投资项目核准和备案管理条例》第三条；《政府核准的投资项目目录》', { result: '项目核准文件', mats: ['projectApplicationReport', 'siteSelectionOpinion', 'gridAccessOpinion'] }),
    service('投资项目代码赋码', [1, 1], '《企业投资项目核准和备案管理办法》第七条；《全国投资项目在线审批监管平台运行管理暂行办法》', { result: '投资项目代码', mats: ['projectBasicInfo'], channels: ['ONLINE', 'WINDOW'] }),
    otherPower('政府投资项目调整概算审批', [20, 10], '《政府投资条例》第二十三条', { result: '调整概算批复', mats: ['budgetAdjustmentReport', 'preliminaryApproval'] }),
  ],
};

export const ZRZY_ITEMS: DepartmentItems = {
  department: 'YL-ZRZY',
  zone: 'INVEST_CONSTRUCTION',
  applicant: 'ORG',
  items: [
    licence('建设项目用地预审与选址意见书核发', [20, 10], '《中华人民共和国土地管理法》第五十二条；《中华人民共和国城乡规划法》第三十六条；《建设项目用地预审管理办法》', {
      result: '建设项目用地预审与选址意见书',
      mats: ['projectProposal', 'siteSurveyMap', 'landUseJustification'],
      variants: ['变更', '延续'],
    }),
    licence('建设用地规划许可证核发', [20, 5], '《中华人民共和国城乡规划法》第三十七条、第三十八条', {
      result: '建设用地规划许可证',
      mats: ['projectApproval', 'landTransferContract', 'siteSurveyMap'],
      variants: ['变更', '延续', '补证'],
    }),
    licence('建设工程规划许可证核发', [20, 5], '《中华人民共和国城乡规划法》第四十条；《陕西省城乡规划条例》', {
      result: '建设工程规划许可证',
      mats: ['landUseCert', 'schemeDesign', 'sitePlan', 'surveyMap'],
      variants: 'FULL',
    }),
    licence('乡村建设规划许可证核发', [20, 10], '《中华人民共和国城乡规划法》第四十一条', {
      applicant: 'ANY',
      result: '乡村建设规划许可证',
      mats: ['villageConsent', 'landUseCert', 'buildingDesign'],
      variants: 'NO_TERM',
    }),
    licence('临时建设工程规划许可', [20, 10], '《中华人民共和国城乡规划法》第四十四条', { result: '临时建设工程规划许可证', mats: ['landUseCert', 'sitePlan', 'demolitionCommitment'], variants: ['延续'] }),
    otherPower('建设工程设计方案审查', [20, 10], '《中华人民共和国城乡规划法》第四十条；《陕西省城乡规划条例》', { result: '设计方案审查意见', mats: ['schemeDesign', 'planningConditions', 'sitePlan'] }),
    confirmation('建设工程规划条件核实', [15, 5], '《中华人民共和国城乡规划法》第四十五条', { result: '规划条件核实合格证明', mats: ['planningPermit', 'completionSurvey', 'asBuiltDrawings'] }),
    otherPower('建设工程放线验线', [5, 2], '《陕西省城乡规划条例》；《中华人民共和国城乡规划法》第四十条', { result: '放线验线记录', mats: ['planningPermit', 'setoutSurvey'] }),
    licence('国有建设用地使用权划拨批准', [20, 10], '《中华人民共和国土地管理法》第五十四条；《划拨用地目录》', { result: '国有建设用地划拨决定书', mats: ['projectApproval', 'landPreReview', 'siteSurveyMap'] }),
    licence('划拨国有建设用地使用权转让、出租批准', [20, 10], '《中华人民共和国城市房地产管理法》第四十条；《城镇国有土地使用权出让和转让暂行条例》第四十五条', {
      result: '批准文件',
      mats: ['landUseCert', 'transferAgreement', 'landValuation'],
    }),
    licence('国有建设用地使用权出让后分割转让批准', [20, 10], '《城镇国有土地使用权出让和转让暂行条例》第二十五条', { result: '批准文件', mats: ['landUseCert', 'divisionPlan', 'transferAgreement'] }),
    otherPower('改变国有建设用地使用条件审批', [20, 10], '《中华人民共和国土地管理法》第五十六条；《中华人民共和国城市房地产管理法》第十八条', {
      result: '批准文件',
      mats: ['landUseCert', 'landTransferContract', 'planningConditions'],
    }),
    licence('临时用地审批', [20, 10], '《中华人民共和国土地管理法》第五十七条；《中华人民共和国土地管理法实施条例》第二十条', {
      applicant: 'ANY',
      result: '临时用地批准文件',
      mats: ['temporaryLandAgreement', 'reclamationPlan', 'siteSurveyMap'],
    }),
    otherPower('建设项目用地报批（农用地转用和土地征收）', [30, 20], '《中华人民共和国土地管理法》第四十四条、第四十六条', {
      result: '建设用地批准文件',
      mats: ['projectApproval', 'landPreReview', 'siteSurveyMap', 'compensationPlan', 'reclamationPlan'],
    }),
    licence('开发未确定使用权的国有荒山荒地荒滩从事生产审查', [20, 10], '《中华人民共和国土地管理法》第四十条', { applicant: 'ANY', result: '批准文件', mats: ['developmentPlan', 'siteSurveyMap'] }),
    licence('采矿权登记', [40, 20], '《中华人民共和国矿产资源法》第三条；《矿产资源开采登记管理办法》第三条', {
      result: '采矿许可证',
      mats: ['miningDevelopmentPlan', 'reclamationPlan', 'geoEnvironmentPlan', 'miningRightContract'],
      variants: ['新立', '变更', '延续', '注销'],
    }),
    licence('地图审核', [20, 10], '《地图管理条例》第十五条；《地图审核管理规定》', { result: '地图审核批准书', mats: ['mapSample', 'mapDataSources'] }),
    licence('永久性测量标志拆迁审批', [20, 10], '《中华人民共和国测量标志保护条例》第十五条；《中华人民共和国测绘法》第四十一条', { result: '批准文件', mats: ['demolitionPlan', 'compensationPlan'] }),
    otherPower('土地复垦方案审查', [20, 10], '《土地复垦条例》第十一条、第十二条', { result: '土地复垦方案审查意见', mats: ['reclamationPlan', 'expertReviewOpinion'] }),
    service('测绘成果资料提供', [10, 3], '《测绘成果管理条例》第十七条；《中华人民共和国测绘法》第三十四条', { applicant: 'ANY', result: '测绘成果资料', mats: ['dataUsePurpose', 'confidentialityCommitment'] }),
    service('地质资料查阅', [5, 2], '《地质资料管理条例》第十九条', { applicant: 'ANY', result: '地质资料查阅服务', mats: ['dataUsePurpose'] }),
  ],
};

export const ZJJ_ITEMS: DepartmentItems = {
  department: 'YL-ZJJ',
  zone: 'INVEST_CONSTRUCTION',
  applicant: 'ORG',
  items: [
    licence('建筑工程施工许可证核发', [7, 3], '《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》', {
      result: '建筑工程施工许可证',
      mats: ['landUseCert', 'planningPermit', 'constructionContract', 'drawingReviewCert', 'qualitySafetyMeasures'],
      variants: ['变更', '延期', '补证'],
    }),
    licence('特殊建设工程消防设计审查', [15, 10], '《中华人民共和国消防法》第十一条；《建设工程消防设计审查验收管理暂行规定》', {
      result: '特殊建设工程消防设计审查意见书',
      mats: ['fireDesignDocs', 'fireSpecialDesign', 'designQualification'],
      variants: ['变更'],
    }),
    licence('特殊建设工程消防验收', [15, 10], '《中华人民共和国消防法》第十三条；《建设工程消防设计审查验收管理暂行规定》', {
      result: '特殊建设工程消防验收意见书',
      mats: ['fireDesignOpinion', 'fireTestReport', 'asBuiltDrawings', 'completionReport'],
    }),
    filing('其他建设工程消防验收备案', [5, 2], '《中华人民共和国消防法》第十三条；《建设工程消防设计审查验收管理暂行规定》', { result: '消防验收备案凭证', mats: ['fireTestReport', 'asBuiltDrawings'] }),
    licence('商品房预售许可', [10, 5], '《中华人民共和国城市房地产管理法》第四十五条；《城市商品房预售管理办法》第七条', {
      result: '商品房预售许可证',
      mats: ['landUseCert', 'planningPermit', 'constructionPermit', 'investmentProof', 'presalePlan'],
      variants: ['变更', '补证'],
    }),
    licence('房地产开发企业资质核定', [20, 10], '《城市房地产开发经营管理条例》第九条；《房地产开发企业资质管理规定》', {
      result: '房地产开发企业资质证书',
      mats: ['technicalStaffList', 'qualityRules', 'financialReport'],
      variants: ['首次申请', '变更', '延续', '注销'],
    }),
    licence('建筑业企业资质认定（设区市权限）', [20, 10], '《中华人民共和国建筑法》第十三条；《建筑业企业资质管理规定》', {
      result: '建筑业企业资质证书',
      mats: ['technicalStaffList', 'financialReport', 'equipmentList', 'safetyLicence'],
      variants: ['首次申请', '变更', '延续', '注销'],
    }),
    licence('燃气经营许可', [20, 10], '《城镇燃气管理条例》第十五条；《燃气经营许可管理办法》', {
      result: '燃气经营许可证',
      mats: ['gasSupplySource', 'gasFacilitiesProof', 'gasStaffCerts', 'safetyRules', 'emergencyPlan'],
      variants: 'FULL',
    }),
    licence('改动市政燃气设施审批', [20, 10], '《城镇燃气管理条例》第三十八条', { result: '批准文件', mats: ['alterationPlan', 'gasOperatorConsent', 'safetyMeasures'] }),
    licence('城镇污水排入排水管网许可', [20, 5], '《城镇排水与污水处理条例》第二十一条；《城镇污水排入排水管网许可管理办法》', {
      result: '城镇污水排入排水管网许可证',
      mats: ['drainageLayout', 'pretreatmentFacilities', 'waterQualityReport'],
      variants: 'STD',
    }),
    licence('拆除、改动城镇排水与污水处理设施审核', [20, 10], '《城镇排水与污水处理条例》第四十三条', { result: '批准文件', mats: ['alterationPlan', 'safetyMeasures'] }),
    licence('因工程建设需要拆除、改装、迁移城市公共供水设施审批', [20, 10], '《城市供水条例》第三十条', { result: '批准文件', mats: ['alterationPlan', 'waterSupplierConsent'] }),
    licence('城市供水单位停止供水审批', [20, 5], '《城市供水条例》第二十二条', { result: '批准文件', mats: ['stopSupplyPlan', 'residentNotice'] }),
    filing('建筑起重机械产权备案', [5, 2], '《建设工程安全生产管理条例》第三十四条；《建筑起重机械安全监督管理规定》第五条', {
      result: '建筑起重机械备案证明',
      mats: ['craneManufacturingLicence', 'craneInvoice', 'craneConformityCert'],
      variants: ['变更', '注销'],
    }),
    confirmation('建筑起重机械使用登记', [7, 3], '《建设工程安全生产管理条例》第三十五条；《建筑起重机械安全监督管理规定》第十七条', {
      result: '建筑起重机械使用登记证明',
      mats: ['craneFilingCert', 'craneInspectionReport', 'craneOperatorCerts'],
      variants: ['注销'],
    }),
    filing('房屋建筑和市政基础设施工程竣工验收备案', [15, 5], '《建设工程质量管理条例》第四十九条；《房屋建筑和市政基础设施工程竣工验收备案管理办法》', {
      result: '竣工验收备案证明书',
      mats: ['completionReport', 'planningVerification', 'fireAcceptance', 'qualityWarranty'],
    }),
    otherPower('工程质量安全监督手续办理', [5, 2], '《建设工程质量管理条例》第十三条；《建设工程安全生产管理条例》第十条', { result: '质量安全监督登记证明', mats: ['constructionContract', 'drawingReviewCert', 'qualitySafetyMeasures'] }),
    filing('房屋建筑和市政基础设施工程施工招标文件备案', [5, 3], '《中华人民共和国招标投标法》第十二条；《房屋建筑和市政基础设施工程施工招标投标管理办法》', {
      result: '备案回执',
      mats: ['tenderDocument', 'tenderPlan'],
    }),
    filing('招标投标情况书面报告备案', [5, 3], '《中华人民共和国招标投标法》第四十七条', { result: '备案回执', mats: ['tenderReport', 'bidEvaluationReport'] }),
    filing('商品房现售备案', [5, 3], '《商品房销售管理办法》第七条、第八条', { result: '备案回执', mats: ['completionFilingCert', 'propertyManagementPlan', 'saleContractTemplate'] }),
    filing('房屋租赁登记备案', [3, 1], '《中华人民共和国城市房地产管理法》第五十四条；《商品房屋租赁管理办法》第十四条', {
      applicant: 'ANY',
      result: '房屋租赁登记备案证明',
      mats: ['leaseContract', 'propertyCert'],
      variants: ['变更', '注销'],
    }),
    filing('房地产经纪机构备案', [5, 2], '《房地产经纪管理办法》第十一条', { zone: 'ENTERPRISE_SOCIAL', result: '备案证明', mats: ['brokerCerts', 'siteProof'], variants: ['变更', '注销'] }),
    filing('前期物业服务合同备案', [5, 2], '《物业管理条例》第二十一条；《陕西省物业服务管理条例》', { result: '备案回执', mats: ['propertyServiceContract', 'tenderReport'] }),
    otherPower('住宅专项维修资金使用审核', [10, 5], '《住宅专项维修资金管理办法》第二十二条', { applicant: 'ANY', result: '维修资金使用审核意见', mats: ['repairPlan', 'ownersConsent', 'repairBudget'] }),
    service('住宅专项维修资金退还', [5, 2], '《住宅专项维修资金管理办法》第二十八条', { applicant: 'PERSON', result: '维修资金退还通知', mats: ['propertyCert', 'bankCard'] }),
    licence('历史建筑外部修缮装饰、添加设施及改变结构或使用性质审批', [20, 10], '《历史文化名城名镇名村保护条例》第三十五条', { applicant: 'ANY', result: '批准文件', mats: ['repairDesign', 'propertyCert'] }),
  ],
};

export const STHJ_ITEMS: DepartmentItems = {
  department: 'YL-STHJ',
  zone: 'INVEST_CONSTRUCTION',
  applicant: 'ORG',
  items: [
    licence('建设项目环境影响报告书审批', [60, 30], '《中华人民共和国环境影响评价法》第二十二条；《建设项目环境保护管理条例》第九条', {
      result: '环境影响报告书批复',
      mats: ['eiaReport', 'publicParticipation', 'projectBasicInfo'],
      variants: ['重新报批', '重新审核'],
    }),
    licence('建设项目环境影响报告表审批', [30, 15], '《中华人民共和国环境影响评价法》第二十二条；《建设项目环境保护管理条例》第九条', {
      result: '环境影响报告表批复',
      mats: ['eiaTable', 'projectBasicInfo'],
      variants: ['重新报批', '重新审核'],
    }),
    filing('建设项目环境影响登记表备案', [1, 1], '《中华人民共和国环境影响评价法》第二十二条；《建设项目环境影响登记表备案管理办法》', { result: '备案回执', mats: ['eiaRegistration'], channels: ['ONLINE', 'WINDOW'] }),
    licence('排污许可证核发', [20, 10], '《排污许可管理条例》第二条、第十条', {
      result: '排污许可证',
      mats: ['dischargeApplication', 'eiaApproval', 'pollutionFacilities', 'monitoringPlan'],
      variants: 'FULL',
    }),
    filing('固定污染源排污登记', [1, 1], '《排污许可管理条例》第二十四条；《固定污染源排污许可分类管理名录》', { result: '排污登记回执', mats: ['dischargeBasicInfo'], variants: ['变更', '注销'] }),
    licence('危险废物收集经营许可证核发', [20, 10], '《中华人民共和国固体废物污染环境防治法》第八十条；《危险废物经营许可证管理办法》第七条', {
      result: '危险废物经营许可证',
      mats: ['wasteStorageFacilities', 'wasteStaffCerts', 'wasteRules', 'emergencyPlan', 'vehicleList'],
      variants: 'STD',
    }),
    licence('辐射安全许可证核发', [20, 10], '《中华人民共和国放射性污染防治法》第二十八条；《放射性同位素与射线装置安全和防护条例》第五条', {
      result: '辐射安全许可证',
      mats: ['radiationEia', 'radiationStaffCerts', 'radiationRules', 'radiationMonitoring'],
      variants: 'FULL',
    }),
    licence('入河排污口设置审核', [20, 10], '《中华人民共和国水污染防治法》第十九条；《中华人民共和国水法》第三十四条；《入河入海排污口监督管理技术指南》', {
      result: '入河排污口设置审核意见',
      mats: ['outletDemonstration', 'projectBasicInfo'],
    }),
    filing('企业事业单位突发环境事件应急预案备案', [5, 3], '《中华人民共和国突发事件应对法》；《企业事业单位突发环境事件应急预案备案管理办法（试行）》', {
      result: '备案回执',
      mats: ['emergencyPlan', 'environmentalRiskAssessment', 'emergencyResourceSurvey'],
      variants: ['变更'],
    }),
    filing('消耗臭氧层物质销售和维修单位备案', [5, 2], '《消耗臭氧层物质管理条例》第十八条', { result: '备案回执', mats: ['odsSalesRecord'] }),
    filing('放射性同位素转移备案', [5, 2], '《放射性同位素与射线装置安全和防护条例》第二十二条', { result: '备案回执', mats: ['isotopeTransferApproval', 'radiationLicence'] }),
    filing('一般工业固体废物跨省转移利用备案', [5, 3], '《中华人民共和国固体废物污染环境防治法》第二十二条', { result: '备案回执', mats: ['wasteTransferPlan', 'receiverLicence'] }),
    otherPower('噪声敏感建筑物集中区域夜间施工作业证明', [3, 1], '《中华人民共和国噪声污染防治法》第四十三条', { result: '夜间施工证明', mats: ['nightWorkReason', 'residentNotice', 'noiseMeasures'] }),
  ],
};

export const SLJ_ITEMS: DepartmentItems = {
  department: 'YL-SLJ',
  zone: 'INVEST_CONSTRUCTION',
  applicant: 'ORG',
  items: [
    licence('取水许可', [45, 20], '《中华人民共和国水法》第七条、第四十八条；《取水许可和水资源费征收管理条例》第二条、第二十一条', {
      applicant: 'ANY',
      result: '取水许可证',
      mats: ['waterResourceReport', 'waterUseAgreement', 'dischargePlan'],
      variants: 'FULL',
    }),
    licence('生产建设项目水土保持方案审批', [20, 10], '《中华人民共和国水土保持法》第二十五条；《生产建设项目水土保持方案管理办法》', {
      result: '水土保持方案批复',
      mats: ['soilConservationPlan', 'projectBasicInfo'],
      variants: ['变更'],
    }),
    filing('生产建设项目水土保持设施自主验收报备', [5, 3], '《中华人民共和国水土保持法》第二十七条；《生产建设项目水土保持方案管理办法》', { result: '报备回执', mats: ['soilAcceptanceReport', 'soilMonitoringReport'] }),
    licence('洪水影响评价类审批', [20, 10], '《中华人民共和国防洪法》第十七条、第二十七条、第三十三条；《中华人民共和国河道管理条例》第十一条', {
      result: '洪水影响评价审批意见',
      mats: ['floodImpactReport', 'engineeringPlan'],
      variants: ['河道管理范围内建设项目工程建设方案审批', '非防洪建设项目洪水影响评价报告审批', '国家基本水文测站上下游建设影响水文监测工程审批'],
    }),
    licence('河道采砂许可', [20, 10], '《中华人民共和国水法》第三十九条；《中华人民共和国河道管理条例》第二十五条', { applicant: 'ANY', result: '河道采砂许可证', mats: ['sandMiningPlan', 'equipmentList', 'riverSafetyMeasures'] }),
    licence('水利基建项目初步设计文件审批', [20, 10], '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）；《水利工程建设项目管理规定》', {
      result: '初步设计批复',
      mats: ['preliminaryDesign', 'budgetEstimate', 'feasibilityApproval'],
    }),
    licence('占用农业灌溉水源、灌排工程设施审批', [20, 10], '《中华人民共和国水法》；《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）', {
      result: '批准文件',
      mats: ['occupationPlan', 'compensationPlan'],
    }),
    licence('城市建设填堵水域、废除围堤审核', [20, 10], '《中华人民共和国防洪法》第三十四条', { result: '审核意见', mats: ['engineeringPlan', 'floodImpactReport'] }),
    licence('利用堤顶、戗台兼做公路审批', [20, 10], '《中华人民共和国河道管理条例》第十五条', { result: '批准文件', mats: ['engineeringPlan', 'riverSafetyMeasures'] }),
    licence('坝顶兼做公路审批', [20, 10], '《水库大坝安全管理条例》第十二条', { result: '批准文件', mats: ['engineeringPlan', 'damSafetyAssessment'] }),
    licence('水工程建设规划同意书审核', [20, 10], '《中华人民共和国水法》第十九条；《中华人民共和国防洪法》第十七条', { result: '水工程建设规划同意书', mats: ['projectBasicInfo', 'planComplianceReport'] }),
    licence('河道管理范围内有关活动（不含河道采砂）审批', [20, 10], '《中华人民共和国河道管理条例》第二十条、第二十五条', { applicant: 'ANY', result: '批准文件', mats: ['activityPlan', 'riverSafetyMeasures'] }),
    licence('农村集体经济组织修建水库审批', [20, 10], '《中华人民共和国水法》第二十五条', { result: '批准文件', mats: ['engineeringPlan', 'villageConsent', 'damSafetyAssessment'] }),
    licence('在大坝管理和保护范围内修建码头、鱼塘许可', [20, 10], '《水库大坝安全管理条例》第十七条', { applicant: 'ANY', result: '批准文件', mats: ['engineeringPlan', 'damSafetyAssessment'] }),
    otherPower('取水工程或者设施验收', [20, 10], '《取水许可和水资源费征收管理条例》第二十三条', { applicant: 'ANY', result: '取水工程验收意见', mats: ['waterIntakeTestReport', 'meteringInstallation'] }),
  ],
};

export const LYJ_ITEMS: DepartmentItems = {
  department: 'YL-LYJ',
  zone: 'INVEST_CONSTRUCTION',
  applicant: 'ANY',
  items: [
    licence('林木采伐许可证核发', [20, 5], '《中华人民共和国森林法》第五十六条、第五十七条', {
      zone: 'ENTERPRISE_SOCIAL',
      result: '林木采伐许可证',
      mats: ['forestRightCert', 'loggingDesign'],
      variants: ['延续'],
    }),
    licence('建设项目使用林地审核审批', [20, 10], '《中华人民共和国森林法》第三十七条；《中华人民共和国森林法实施条例》第十六条；《建设项目使用林地审核审批管理办法》', {
      applicant: 'ORG',
      result: '使用林地审核同意书',
      mats: ['projectApproval', 'forestUseReport', 'forestCompensationAgreement'],
      variants: ['变更'],
    }),
    licence('临时使用林地审批', [20, 10], '《中华人民共和国森林法》第三十八条', { result: '临时使用林地批准文件', mats: ['forestUseReport', 'restorationPlan'], variants: ['延续'] }),
    licence('直接为林业生产经营服务的工程设施占用林地审批', [20, 10], '《中华人民共和国森林法》第五十二条', { result: '批准文件', mats: ['forestRightCert', 'engineeringPlan'] }),
    licence('林草种子生产经营许可证核发', [20, 10], '《中华人民共和国种子法》第三十一条、第三十二条', {
      zone: 'ENTERPRISE_SOCIAL',
      result: '林草种子生产经营许可证',
      mats: ['seedStaffList', 'seedStorageFacilities', 'seedTestingEquipment'],
      variants: 'FULL',
    }),
    licence('进入自然保护区从事科学研究、教学实习等活动审批', [20, 10], '《中华人民共和国自然保护区条例》第二十七条', { zone: 'ENTERPRISE_SOCIAL', result: '批准文件', mats: ['activityPlan', 'unitIntroduction'] }),
    licence('林业植物检疫证书核发', [10, 3], '《植物检疫条例》第七条、第八条；《植物检疫条例实施细则（林业部分）》', {
      zone: 'ENTERPRISE_SOCIAL',
      result: '植物检疫证书',
      mats: ['originQuarantineCert', 'shipmentList'],
    }),
    licence('林业植物产地检疫合格证签发', [20, 10], '《植物检疫条例》第十一条；《植物检疫条例实施细则（林业部分）》', { zone: 'ENTERPRISE_SOCIAL', result: '产地检疫合格证', mats: ['nurseryInfo'] }),
    licence('临时占用草原审批', [20, 10], '《中华人民共和国草原法》第四十条', { result: '批准文件', mats: ['grasslandUseReport', 'restorationPlan'] }),
    licence('在草原上修建直接为草原保护和畜牧业生产服务的工程设施使用草原审批', [20, 10], '《中华人民共和国草原法》第四十一条', { result: '批准文件', mats: ['grasslandUseReport', 'engineeringPlan'] }),
  ],
};

export const CGJ_ITEMS: DepartmentItems = {
  department: 'YL-CGJ',
  zone: 'INVEST_CONSTRUCTION',
  applicant: 'ORG',
  items: [
    licence('城市建筑垃圾处置核准', [20, 5], '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）第101项；《城市建筑垃圾管理规定》第七条', {
      result: '城市建筑垃圾处置核准证',
      mats: ['wasteDisposalPlan', 'disposalSiteAgreement', 'vehicleList'],
      variants: ['变更', '延续'],
    }),
    licence('设置大型户外广告及在城市建筑物、设施上悬挂、张贴宣传品审批', [20, 5], '《城市市容和环境卫生管理条例》第十一条', {
      applicant: 'ANY',
      result: '户外广告设置许可决定书',
      mats: ['adDesign', 'siteOwnerConsent', 'structureSafetyReport'],
      variants: ['延续'],
    }),
    licence('占用、挖掘城市道路审批', [20, 5], '《城市道路管理条例》第三十条、第三十一条、第三十三条', {
      result: '占用挖掘城市道路许可证',
      mats: ['roadWorksPlan', 'trafficPlan', 'restorationCommitment'],
      variants: ['占用城市道路', '挖掘城市道路', '延期'],
    }),
    licence('依附于城市道路建设各种管线、杆线等设施审批', [20, 10], '《城市道路管理条例》第二十九条', { result: '批准文件', mats: ['pipelinePlan', 'planningPermit'] }),
    licence('特殊车辆在城市道路上行驶审批', [20, 3], '《城市道路管理条例》第二十八条', { applicant: 'ANY', result: '通行许可', mats: ['vehicleLicence', 'routePlan', 'bridgeSafetyAssessment'] }),
    licence('工程建设涉及城市绿地、树木审批', [20, 10], '《城市绿化条例》第十九条、第二十条', {
      applicant: 'ANY',
      result: '批准文件',
      mats: ['greenSpacePlan', 'compensationPlan'],
      variants: ['临时占用城市绿地', '砍伐城市树木', '迁移城市树木'],
    }),
    licence('改变绿化规划、绿化用地使用性质审批', [20, 10], '《城市绿化条例》第十八条', { result: '批准文件', mats: ['greenSpacePlan', 'planningConditions'] }),
    licence('从事城市生活垃圾经营性清扫、收集、运输、处理服务审批', [20, 10], '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）第102项；《城市生活垃圾管理办法》', {
      result: '城市生活垃圾经营性服务许可证',
      mats: ['vehicleList', 'wasteRules', 'staffTraining'],
      variants: ['变更', '延续', '注销'],
    }),
    licence('关闭、闲置、拆除城市环境卫生设施许可', [20, 10], '《城市市容和环境卫生管理条例》第二十二条', { result: '批准文件', mats: ['alterationPlan', 'replacementPlan'] }),
    licence('临时占用城市道路搭建建筑物、堆放物料审批', [20, 5], '《城市市容和环境卫生管理条例》第十四条', { applicant: 'ANY', result: '批准文件', mats: ['roadWorksPlan', 'restorationCommitment'] }),
  ],
};
