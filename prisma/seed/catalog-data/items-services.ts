/**
 * Main items of the departments with their own zones: public security, taxation, housing
 * provident fund, real-estate registration.
 */
import { confirmation, type DepartmentItems, filing, licence, otherPower, service } from './spec.js';

const HOUSEHOLD = '《中华人民共和国户口登记条例》';
const REAL_ESTATE = '《中华人民共和国民法典》第二百零九条；《不动产登记暂行条例》第三条、第二十条；《不动产登记暂行条例实施细则》';
const HOUSING_FUND = '《住房公积金管理条例》';
const TAX_LAW = '《中华人民共和国税收征收管理法》';
const OFFICIAL_FEE = '按国家规定标准收取证件工本费';
/** 发改价格规〔2016〕2559号: per registration unit; cancellation, advance notice, objection and seizure registrations are free. */
const REGISTRATION_FEE = '住宅类每件80元，非住宅类每件550元（含第一本证书工本费，每增加一本加收10元）';

export const GAJ_ITEMS: DepartmentItems = {
  department: 'YL-GAJ',
  zone: 'PUBLIC_SECURITY',
  applicant: 'PERSON',
  items: [
    service('居民身份证申领', [42, 15], '《中华人民共和国居民身份证法》第八条、第十一条', {
      applicant: 'SELF',
      holder: 'PERSON',
      resultIdentifiesHolder: true,
      result: '居民身份证',
      variantMats: { 补领: ['householdRegister'] },
      mats: ['householdRegister', 'photoOnSite'],
      variants: ['首次申领', '换领', '补领'],
      channels: ['WINDOW'],
      fee: OFFICIAL_FEE,
    }),
    service('临时居民身份证申领', [3, 1], '《中华人民共和国居民身份证法》第十条；《临时居民身份证管理办法》', { applicant: 'SELF', result: '临时居民身份证', mats: ['householdRegister', 'photoOnSite'], channels: ['WINDOW'], fee: OFFICIAL_FEE }),
    confirmation('户口迁移', [20, 5], `${HOUSEHOLD}第十条、第十三条；《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）`, {
      result: '准予迁入证明',
      mats: ['householdRegister'],
      variants: ['夫妻投靠', '子女投靠父母', '父母投靠子女', '购房落户', '人才引进', '大中专院校毕业生', '退役士兵'],
      variantMats: {
        夫妻投靠: ['marriageCert'],
        子女投靠父母: ['birthMedicalCert'],
        父母投靠子女: ['kinshipProof'],
        购房落户: ['propertyCert'],
        人才引进: ['talentProof', 'labourContract'],
        大中专院校毕业生: ['graduationCert', 'labourContract'],
        退役士兵: ['dischargeCert'],
      },
    }),
    confirmation('出生登记', [5, 1], `${HOUSEHOLD}第七条`, { applicant: 'SELF', result: '户口登记', mats: ['birthMedicalCert', 'parentsIds', 'householdRegister'] }),
    confirmation('死亡注销户口', [5, 1], `${HOUSEHOLD}第八条`, { result: '户口注销证明', mats: ['deathCertificate', 'householdRegister'] }),
    confirmation('变更更正户口登记项目', [20, 10], `${HOUSEHOLD}第十七条、第十八条`, { result: '户口登记项目变更更正证明', mats: ['householdRegister', 'changeProof'] }),
    service('居住证申领', [15, 5], '《居住证暂行条例》第九条、第十条', { result: '居住证', mats: ['residenceProof', 'photoOnSite'], variants: ['首次申领', '换领', '补领'], channels: ['WINDOW'] }),
    service('户籍证明出具', [5, 1], `${HOUSEHOLD}；《公安部关于进一步做好户籍证明工作的通知》`, { result: '户籍证明', mats: ['usePurposeStatement'] }),
    licence('普通护照签发', [15, 7], '《中华人民共和国护照法》第五条、第六条；《中华人民共和国出境入境管理法》第九条', {
      result: '普通护照',
      mats: ['photoOnSite'],
      variants: ['首次申请', '换发', '补发'],
      channels: ['WINDOW'],
      fee: OFFICIAL_FEE,
    }),
    licence('往来港澳通行证及签注签发', [15, 7], '《中国公民因私事往来香港地区或者澳门地区的暂行管理办法》第五条；《中华人民共和国出境入境管理法》', {
      result: '往来港澳通行证及签注',
      mats: ['photoOnSite'],
      variants: ['首次申请', '换发', '补发'],
      channels: ['WINDOW'],
      fee: OFFICIAL_FEE,
    }),
    licence('往来台湾通行证及签注签发', [15, 7], '《中国公民往来台湾地区管理办法》第六条；《中华人民共和国出境入境管理法》', {
      result: '往来台湾通行证及签注',
      mats: ['photoOnSite'],
      variants: ['首次申请', '换发', '补发'],
      channels: ['WINDOW'],
      fee: OFFICIAL_FEE,
    }),
    licence('外国人居留许可签发', [15, 7], '《中华人民共和国出境入境管理法》第三十条、第三十一条；《中华人民共和国外国人入境出境管理条例》', {
      result: '外国人居留许可',
      mats: ['foreignerPassport', 'residencePurposeProof', 'healthCertificate', 'photoOnSite'],
      variants: ['首次申请', '延期', '变更'],
      channels: ['WINDOW'],
      fee: OFFICIAL_FEE,
    }),
    service('出入境记录查询', [3, 1], '《中华人民共和国出境入境管理法》', { result: '出入境记录查询结果', mats: ['usePurposeStatement'] }),
    licence('机动车登记', [2, 1], '《中华人民共和国道路交通安全法》第八条、第九条；《机动车登记规定》', {
      applicant: 'ANY',
      result: '机动车登记证书',
      mats: ['vehicleInvoice', 'vehicleConformityCert', 'vehicleInsurance', 'purchaseTaxProof'],
      variants: ['注册登记', '变更登记', '转让登记', '抵押登记', '注销登记'],
      channels: ['WINDOW'],
      fee: OFFICIAL_FEE,
    }),
    licence('机动车驾驶证申领', [5, 1], '《中华人民共和国道路交通安全法》第十九条；《机动车驾驶证申领和使用规定》', {
      result: '机动车驾驶证',
      mats: ['healthCertificate', 'photo'],
      variants: ['初次申领', '增加准驾车型', '换证', '补证'],
      channels: ['WINDOW'],
      fee: OFFICIAL_FEE,
    }),
    licence('机动车检验合格标志核发', [1, 1], '《中华人民共和国道路交通安全法》第十三条；《机动车登记规定》', {
      applicant: 'ANY',
      result: '机动车检验合格标志',
      mats: ['vehicleInspectionReport', 'vehicleInsurance'],
      channels: ['ONLINE', 'WINDOW'],
    }),
    licence('校车使用许可', [20, 10], '《校车安全管理条例》第十四条、第十五条', { applicant: 'ORG', result: '校车标牌', mats: ['schoolBusInfo', 'schoolBusDriverCert', 'routePlan', 'vehicleInsurance'] }),
    licence('旅馆业特种行业许可证核发', [20, 10], '《旅馆业治安管理办法》第四条；《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）', {
      applicant: 'ORG',
      result: '特种行业许可证',
      mats: ['siteProof', 'sitePlan', 'securityRules', 'fireSafetyProof'],
      variants: ['变更', '注销'],
    }),
    filing('公章刻制备案', [1, 1], '《国务院关于第六批取消和调整行政审批项目的决定》（国发〔2012〕52号）；《印铸刻字业暂行管理规则》', { applicant: 'ORG', result: '印章备案信息', mats: ['sealSample'] }),
    licence('剧毒化学品购买许可', [3, 2], '《危险化学品安全管理条例》第三十九条、第四十条', { applicant: 'ORG', result: '剧毒化学品购买许可证', mats: ['chemicalPurposeProof', 'chemicalStaffCerts'] }),
    licence('剧毒化学品道路运输通行证核发', [7, 3], '《危险化学品安全管理条例》第五十条', { applicant: 'ORG', result: '剧毒化学品道路运输通行证', mats: ['dangerousVehicleList', 'dangerousStaffCerts', 'routePlan'] }),
    licence('民用爆炸物品购买许可', [5, 3], '《民用爆炸物品安全管理条例》第二十一条、第二十二条', { applicant: 'ORG', result: '民用爆炸物品购买许可证', mats: ['blastingLicence', 'explosivesPurpose'] }),
    licence('民用爆炸物品运输许可', [3, 2], '《民用爆炸物品安全管理条例》第二十六条、第二十七条', { applicant: 'ORG', result: '民用爆炸物品运输许可证', mats: ['dangerousVehicleList', 'dangerousStaffCerts', 'explosivesPurpose'] }),
    licence('爆破作业单位许可（非营业性）', [20, 10], '《民用爆炸物品安全管理条例》第三十二条、第三十三条', { applicant: 'ORG', result: '爆破作业单位许可证', mats: ['blasterCerts', 'explosivesStorage', 'safetyRules'], variants: 'STD' }),
    licence('大型群众性活动安全许可', [7, 5], '《大型群众性活动安全管理条例》第十一条、第十三条', { applicant: 'ORG', result: '大型群众性活动安全许可决定书', mats: ['eventSafetyPlan', 'venueAgreement', 'emergencyPlan'] }),
    licence('焰火晚会烟花爆竹燃放许可', [20, 10], '《烟花爆竹安全管理条例》第三十三条、第三十四条', { applicant: 'ORG', result: '焰火燃放许可证', mats: ['fireworksPlan', 'blasterCerts', 'safetyMeasures'] }),
    licence('烟花爆竹道路运输许可', [3, 2], '《烟花爆竹安全管理条例》第二十二条、第二十三条', { applicant: 'ORG', result: '烟花爆竹道路运输许可证', mats: ['dangerousVehicleList', 'dangerousStaffCerts', 'fireworksPurchaseProof'] }),
    licence('保安员证核发', [15, 10], '《保安服务管理条例》第十六条', { result: '保安员证', mats: ['examResult', 'noCriminalRecord', 'photo'] }),
    licence('第一类非药品类易制毒化学品运输许可', [10, 3], '《易制毒化学品管理条例》第二十条、第二十一条', { applicant: 'ORG', result: '易制毒化学品运输许可证', mats: ['precursorPurchaseProof', 'dangerousVehicleList'] }),
    filing('第二类、第三类易制毒化学品购买备案', [1, 1], '《易制毒化学品管理条例》第十四条', { applicant: 'ORG', result: '购买备案证明', mats: ['precursorPurpose'] }),
    licence('互联网上网服务营业场所信息网络安全审核', [20, 10], '《互联网上网服务营业场所管理条例》第十一条、第十三条', { applicant: 'ORG', result: '信息网络安全审核意见', mats: ['networkSecurityRules', 'securityEquipment'] }),
    service('无犯罪记录证明开具', [3, 1], '《公安机关办理犯罪记录查询工作规定》', { result: '无犯罪记录证明', mats: ['usePurposeStatement'], channels: ['ONLINE', 'WINDOW'] }),
  ],
};

export const SHUIWU_ITEMS: DepartmentItems = {
  department: 'YL-SHUIWU',
  zone: 'TAX',
  applicant: 'ORG',
  items: [
    confirmation('税务登记信息确认', [5, 1], `${TAX_LAW}第十五条、第十六条；《税务登记管理办法》`, { result: '税务登记信息', mats: ['financialOfficerInfo'], variants: ['设立', '变更', '注销'] }),
    filing('增值税一般纳税人登记', [2, 1], '《中华人民共和国增值税暂行条例》；《增值税一般纳税人登记管理办法》第三条', { result: '税务事项通知书', mats: ['accountingSystemProof'] }),
    licence('增值税专用发票（增值税税控系统）最高开票限额审批', [20, 10], '《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）；《中华人民共和国发票管理办法》', {
      result: '准予税务行政许可决定书',
      mats: ['invoiceNeedStatement', 'salesContracts'],
    }),
    service('发票领用', [5, 1], '《中华人民共和国发票管理办法》第十五条；《中华人民共和国发票管理办法实施细则》', { result: '发票', mats: ['agentTaxId'] }),
    service('发票代开', [1, 1], '《中华人民共和国发票管理办法》第十六条', { applicant: 'ANY', result: '发票', mats: ['salesContracts'] }),
    licence('对纳税人延期缴纳税款的核准', [20, 10], `${TAX_LAW}第三十一条；《中华人民共和国税收征收管理法实施细则》第四十一条、第四十二条`, {
      result: '准予税务行政许可决定书',
      mats: ['hardshipStatement', 'bankBalanceStatement', 'payrollStatement'],
    }),
    licence('对纳税人延期申报的核准', [20, 10], `${TAX_LAW}第二十七条；《中华人民共和国税收征收管理法实施细则》第三十七条`, { result: '准予税务行政许可决定书', mats: ['hardshipStatement'] }),
    licence('对纳税人变更纳税定额的核准', [20, 10], '《中华人民共和国税收征收管理法实施细则》第四十七条', { applicant: 'ANY', result: '准予税务行政许可决定书', mats: ['operationChangeProof'] }),
    filing('跨区域涉税事项报告', [1, 1], '《国家税务总局关于创新跨区域涉税事项报验管理制度的通知》（税总发〔2017〕103号）', { result: '跨区域涉税事项报告表', mats: ['salesContracts'], channels: ['ONLINE', 'WINDOW'] }),
    service('税收完税证明开具', [1, 1], '《中华人民共和国税收征收管理法实施细则》第四十五条；《税收完税证明管理办法》', { applicant: 'ANY', result: '税收完税证明', mats: ['taxPaymentInfo'] }),
    otherPower('纳税信用修复', [15, 5], '《纳税信用管理办法（试行）》；《国家税务总局关于纳税信用修复有关事项的公告》', { result: '纳税信用修复结果', mats: ['creditRepairCommitment', 'correctionProof'] }),
    otherPower('减免税核准', [20, 10], `${TAX_LAW}第三十三条；《税收减免管理办法》`, { applicant: 'ANY', result: '税务事项通知书', mats: ['taxReliefProof', 'financialReport'] }),
    service('契税申报', [1, 1], '《中华人民共和国契税法》第九条、第十条', { applicant: 'ANY', zone: 'REAL_ESTATE', result: '完税凭证', mats: ['saleContract', 'propertyCert'] }),
    service('车辆购置税申报', [1, 1], '《中华人民共和国车辆购置税法》第八条、第九条', { applicant: 'ANY', result: '车辆购置税完税证明', mats: ['vehicleInvoice', 'vehicleConformityCert'] }),
    filing('出口退（免）税备案', [2, 1], '《出口货物劳务增值税和消费税管理办法》；《国家税务总局关于进一步便利出口退税办理 促进外贸平稳发展有关事项的公告》', {
      result: '备案回执',
      mats: ['customsRegistration'],
      variants: ['变更', '撤回'],
    }),
    service('开具《中国税收居民身份证明》', [10, 5], '《国家税务总局关于开具〈中国税收居民身份证明〉有关事项的公告》', { applicant: 'ANY', result: '中国税收居民身份证明', mats: ['residencyProof', 'incomeProof'] }),
    service('个人所得税经营所得汇算清缴申报', [1, 1], '《中华人民共和国个人所得税法》第十二条', { applicant: 'PERSON', result: '申报回执', mats: ['businessIncomeStatement'] }),
  ],
};

export const GJJ_ITEMS: DepartmentItems = {
  department: 'YL-GJJ',
  zone: 'HOUSING_FUND',
  applicant: 'PERSON',
  items: [
    service('单位住房公积金缴存登记', [5, 1], `${HOUSING_FUND}第十三条、第十四条`, { applicant: 'ORG', result: '缴存登记信息', mats: ['employeeList'] }),
    service('单位住房公积金缴存信息变更', [5, 1], `${HOUSING_FUND}第十四条`, { applicant: 'ORG', result: '变更登记信息', mats: ['changeProof'] }),
    service('个人住房公积金账户设立', [5, 1], `${HOUSING_FUND}第十五条`, { applicant: 'ORG', result: '个人账户信息', mats: ['employeeList'] }),
    service('住房公积金个人账户转移', [5, 2], `${HOUSING_FUND}；《全国住房公积金异地转移接续业务操作规程》`, { result: '转移接续信息', mats: ['labourContract'], variants: ['省内', '跨省'] }),
    service('住房公积金提取', [3, 1], `${HOUSING_FUND}第二十四条`, {
      result: '提取到账通知',
      mats: ['bankCard'],
      variants: ['购买自住住房', '租赁自住住房', '偿还住房贷款本息', '离休退休', '出境定居', '完全丧失劳动能力', '大修自住住房'],
      variantMats: {
        购买自住住房: ['saleContract', 'houseInvoice'],
        租赁自住住房: ['noHousingProof'],
        偿还住房贷款本息: ['loanContract'],
        离休退休: ['retirementProof'],
        出境定居: ['emigrationProof'],
        完全丧失劳动能力: ['disabilityConclusion', 'terminationProof'],
        大修自住住房: ['propertyCert', 'repairBudget'],
      },
    }),
    service('住房公积金个人住房贷款', [15, 7], `${HOUSING_FUND}第二十六条；《住房公积金个人住房贷款业务规范》`, {
      result: '借款合同',
      mats: ['marriageStatusProof', 'incomeProof', 'creditReport'],
      variants: ['新建商品房', '存量房买卖', '自建翻建大修'],
      variantMats: {
        新建商品房: ['saleContract', 'downPaymentProof'],
        存量房买卖: ['saleContract', 'downPaymentProof'],
        自建翻建大修: ['planningPermit', 'repairBudget'],
      },
    }),
    service('住房公积金贷款提前还款', [3, 1], `${HOUSING_FUND}；《住房公积金个人住房贷款业务规范》`, { result: '还款凭证', mats: ['loanContract'] }),
    service('住房公积金缴存基数调整', [5, 1], `${HOUSING_FUND}第十六条、第十八条`, { applicant: 'ORG', result: '调整登记信息', mats: ['payrollStatement'] }),
    service('住房公积金缴存证明出具', [1, 1], HOUSING_FUND, { result: '缴存证明', mats: ['usePurposeStatement'], channels: ['ONLINE', 'WINDOW'] }),
    otherPower('降低住房公积金缴存比例或缓缴审批', [20, 10], `${HOUSING_FUND}第二十条`, { applicant: 'ORG', result: '批复文件', mats: ['hardshipStatement', 'financialReport', 'employeeOpinion'] }),
    service('异地贷款职工住房公积金缴存使用证明出具', [1, 1], `${HOUSING_FUND}；《住房城乡建设部 财政部 中国人民银行关于发展住房公积金个人住房贷款业务的通知》`, { result: '缴存使用证明', mats: ['usePurposeStatement'] }),
  ],
};

export const BDC_ITEMS: DepartmentItems = {
  department: 'YL-BDC',
  zone: 'REAL_ESTATE',
  applicant: 'ANY',
  items: [
    confirmation('国有建设用地使用权首次登记', [30, 5], REAL_ESTATE, { fee: REGISTRATION_FEE, applicant: 'ORG', result: '不动产权证书', mats: ['landTransferContract', 'landPaymentProof', 'cadastralSurvey'] }),
    confirmation('国有建设用地使用权及房屋所有权首次登记', [30, 5], REAL_ESTATE, { fee: REGISTRATION_FEE,
      applicant: 'ORG',
      result: '不动产权证书',
      mats: ['landUseCert', 'planningPermit', 'completionFilingCert', 'housingSurvey'],
    }),
    confirmation('国有建设用地使用权及房屋所有权转移登记', [30, 3], REAL_ESTATE, { fee: REGISTRATION_FEE,
      result: '不动产权证书',
      mats: ['propertyCert', 'taxPaymentProof'],
      variants: ['新建商品房', '存量房买卖', '赠与', '继承受遗赠', '夫妻财产约定'],
      variantMats: {
        新建商品房: ['saleContract', 'houseInvoice'],
        存量房买卖: ['saleContract'],
        赠与: ['giftContract'],
        继承受遗赠: ['inheritanceProof', 'deathCertificate'],
        夫妻财产约定: ['marriageCert', 'propertyAgreement'],
      },
    }),
    confirmation('国有建设用地使用权及房屋所有权变更登记', [30, 3], REAL_ESTATE, { result: '不动产权证书', mats: ['propertyCert', 'changeProof'] }),
    confirmation('国有建设用地使用权及房屋所有权注销登记', [30, 3], REAL_ESTATE, { result: '不动产登记证明', mats: ['propertyCert', 'extinctionProof'] }),
    confirmation('抵押权首次登记', [30, 1], REAL_ESTATE, { fee: REGISTRATION_FEE, result: '不动产登记证明', mats: ['propertyCert', 'mortgageContract', 'mainDebtContract'], variants: ['一般抵押', '最高额抵押'] }),
    confirmation('抵押权变更登记', [30, 1], REAL_ESTATE, { result: '不动产登记证明', mats: ['mortgageCert', 'changeAgreement'] }),
    confirmation('抵押权转移登记', [30, 1], REAL_ESTATE, { result: '不动产登记证明', mats: ['mortgageCert', 'debtTransferProof'] }),
    confirmation('抵押权注销登记', [30, 1], REAL_ESTATE, { result: '不动产登记证明', mats: ['mortgageCert', 'debtDischargeProof'] }),
    confirmation('预告登记', [30, 1], `${REAL_ESTATE}；《中华人民共和国民法典》第二百二十一条`, {
      result: '不动产登记证明',
      mats: ['saleContract'],
      variants: ['预购商品房预告登记', '预购商品房抵押预告登记', '预告登记注销'],
    }),
    confirmation('更正登记', [30, 10], `${REAL_ESTATE}；《中华人民共和国民法典》第二百二十条`, { result: '不动产权证书', mats: ['propertyCert', 'errorProof'] }),
    confirmation('异议登记', [30, 1], `${REAL_ESTATE}；《中华人民共和国民法典》第二百二十条`, { result: '不动产登记证明', mats: ['interestProof'] }),
    confirmation('地役权登记', [30, 10], `${REAL_ESTATE}；《中华人民共和国民法典》第三百七十四条`, { fee: REGISTRATION_FEE, result: '不动产登记证明', mats: ['easementContract', 'propertyCert'], variants: ['首次', '变更', '转移', '注销'] }),
    confirmation('居住权登记', [30, 5], `${REAL_ESTATE}；《中华人民共和国民法典》第三百六十八条`, { result: '不动产登记证明', mats: ['residenceRightContract', 'propertyCert'], variants: ['首次', '变更', '注销'] }),
    confirmation('集体土地所有权登记', [30, 10], REAL_ESTATE, { fee: REGISTRATION_FEE, applicant: 'ORG', result: '不动产权证书', mats: ['collectiveOwnershipProof', 'cadastralSurvey', 'villageConsent'] }),
    confirmation('宅基地使用权及房屋所有权登记', [30, 10], REAL_ESTATE, {
      applicant: 'PERSON',
      fee: '按每本10元收取证书工本费',
      result: '不动产权证书',
      mats: ['homesteadApproval', 'housingSurvey', 'householdRegister'],
      variants: ['首次', '转移', '变更', '注销'],
    }),
    confirmation('林权登记', [30, 10], `${REAL_ESTATE}；《中华人民共和国森林法》第十五条`, { fee: REGISTRATION_FEE, result: '不动产权证书', mats: ['forestRightProof', 'cadastralSurvey'], variants: ['首次', '转移', '变更', '注销'] }),
    service('不动产登记资料查询', [5, 1], '《不动产登记暂行条例》第二十七条；《不动产登记资料查询暂行办法》', { result: '查询结果证明', mats: ['interestProof'], channels: ['ONLINE', 'WINDOW'] }),
    service('不动产权证书和登记证明换发补发', [30, 20], '《不动产登记暂行条例实施细则》第二十二条', { result: '不动产权证书', mats: ['propertyCert'], variants: ['换证', '补证'], fee: '按每本10元收取证书工本费' }),
  ],
};
