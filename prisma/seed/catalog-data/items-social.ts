/**
 * Main items of the social-affairs departments: health, education, civil affairs, human
 * resources and social security, medical insurance, veterans' affairs.
 */
import { adjudication, confirmation, type DepartmentItems, filing, licence, otherPower, service } from './spec.js';

const SOCIAL_INSURANCE_LAW = '《中华人民共和国社会保险法》';

export const WJW_ITEMS: DepartmentItems = {
  department: 'YL-WJW',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ORG',
  items: [
    licence('医疗机构设置审批', [30, 15], '《医疗机构管理条例》第九条、第十条；《医疗机构管理条例实施细则》', {
      applicant: 'ANY',
      result: '设置医疗机构批准书',
      mats: ['feasibilityStudy', 'siteProof', 'medicalPlan'],
      variants: ['变更'],
    }),
    licence('医疗机构执业登记', [45, 20], '《医疗机构管理条例》第十五条、第十六条；《医疗机构管理条例实施细则》', {
      result: '医疗机构执业许可证',
      mats: ['medicalStaffCerts', 'medicalEquipmentList', 'clinicRules', 'sitePlan', 'fireSafetyProof'],
      variants: 'FULL',
    }),
    otherPower('医疗机构校验', [20, 10], '《医疗机构管理条例》第二十二条；《医疗机构校验管理办法（试行）》', { result: '校验结论', mats: ['medicalLicence', 'selfAssessmentReport'] }),
    licence('医师执业注册', [20, 5], '《中华人民共和国医师法》第十三条、第十四条；《医师执业注册管理办法》', {
      applicant: 'PERSON',
      result: '医师执业证书',
      mats: ['physicianQualification', 'healthCertificate', 'employmentProof', 'photo'],
      variants: ['首次注册', '变更注册', '注销注册'],
    }),
    licence('护士执业注册', [20, 5], '《护士条例》第七条、第八条；《护士执业注册管理办法》', {
      applicant: 'PERSON',
      result: '护士执业证书',
      mats: ['nurseQualification', 'healthCertificate', 'employmentProof', 'photo'],
      variants: 'REGISTRATION',
    }),
    licence('放射诊疗许可', [20, 10], '《放射性同位素与射线装置安全和防护条例》；《放射诊疗管理规定》第十一条', {
      result: '放射诊疗许可证',
      mats: ['radiationStaffCerts', 'radiationEquipmentList', 'radiationProtectionReport', 'radiationRules'],
      variants: 'STD',
    }),
    licence('母婴保健技术服务执业许可', [20, 10], '《中华人民共和国母婴保健法》第三十二条；《母婴保健专项技术服务许可及人员资格管理办法》', {
      result: '母婴保健技术服务执业许可证',
      mats: ['medicalLicence', 'medicalStaffCerts', 'medicalEquipmentList'],
      variants: 'STD',
    }),
    licence('母婴保健技术服务人员资格认定', [20, 10], '《中华人民共和国母婴保健法》第三十三条；《母婴保健专项技术服务许可及人员资格管理办法》', {
      applicant: 'PERSON',
      result: '母婴保健技术考核合格证书',
      mats: ['physicianQualification', 'examResult', 'photo'],
    }),
    licence('公共场所卫生许可', [20, 5], '《公共场所卫生管理条例》第八条；《公共场所卫生管理条例实施细则》第二十二条', {
      result: '公共场所卫生许可证',
      mats: ['sitePlan', 'hygieneRules', 'healthCertificates', 'hygieneTestReport'],
      variants: 'FULL',
    }),
    licence('饮用水供水单位卫生许可', [20, 10], '《中华人民共和国传染病防治法》第二十九条；《生活饮用水卫生监督管理办法》第七条', {
      result: '卫生许可证',
      mats: ['waterQualityReport', 'waterProcessFlow', 'healthCertificates', 'hygieneRules'],
      variants: 'FULL',
    }),
    licence('建设项目职业病放射防护预评价审核', [20, 10], '《中华人民共和国职业病防治法》第十七条；《放射诊疗建设项目卫生审查管理规定》', {
      zone: 'INVEST_CONSTRUCTION',
      result: '预评价审核意见',
      mats: ['radiationPreEvaluation', 'projectBasicInfo'],
    }),
    licence('建设项目职业病放射防护设施竣工验收', [20, 10], '《中华人民共和国职业病防治法》第十八条；《放射诊疗建设项目卫生审查管理规定》', {
      zone: 'INVEST_CONSTRUCTION',
      result: '竣工验收意见',
      mats: ['radiationControlEvaluation', 'radiationProtectionReport'],
    }),
    licence('麻醉药品和第一类精神药品购用印鉴卡', [40, 20], '《麻醉药品和精神药品管理条例》第三十六条', {
      result: '麻醉药品、第一类精神药品购用印鉴卡',
      mats: ['medicalLicence', 'narcoticRules', 'narcoticStaffList'],
      variants: 'STD',
    }),
    filing('诊所备案', [1, 1], '《医疗机构管理条例》第十五条；《诊所备案管理暂行办法》', {
      applicant: 'ANY',
      result: '诊所备案凭证',
      mats: ['medicalStaffCerts', 'siteProof', 'clinicRules', 'medicalEquipmentList'],
      variants: ['变更'],
    }),
    filing('中医诊所备案', [1, 1], '《中华人民共和国中医药法》第十四条；《中医诊所备案管理暂行办法》', {
      applicant: 'ANY',
      result: '中医诊所备案证',
      mats: ['tcmPhysicianCert', 'siteProof', 'clinicRules'],
      variants: ['变更'],
    }),
    licence('外国医师来华短期行医许可', [20, 10], '《中华人民共和国医师法》；《外国医师来华短期行医暂行管理办法》', {
      result: '外国医师短期行医许可证',
      mats: ['foreignerPassport', 'foreignPhysicianLicence', 'invitingAgreement'],
    }),
    service('出生医学证明补发换发', [20, 10], '《中华人民共和国母婴保健法》第二十三条；《出生医学证明管理办法》', {
      applicant: 'PERSON',
      result: '出生医学证明',
      mats: ['parentsIds', 'birthRecord'],
      variants: ['补发', '换发'],
    }),
  ],
};

export const JYJ_ITEMS: DepartmentItems = {
  department: 'YL-JYJ',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ANY',
  items: [
    licence('民办学校设立审批', [60, 30], '《中华人民共和国民办教育促进法》第十二条、第十七条；《中华人民共和国民办教育促进法实施条例》', {
      result: '民办学校办学许可证',
      mats: ['schoolCharter', 'schoolAssetsProof', 'teacherList', 'schoolSiteProof'],
      variants: ['筹设', '正式设立', '变更', '终止'],
    }),
    licence('面向中小学生的校外培训机构设立审批', [30, 15], '《中华人民共和国民办教育促进法》第十二条', {
      applicant: 'ORG',
      result: '办学许可证',
      mats: ['schoolCharter', 'teacherList', 'schoolSiteProof', 'fireSafetyProof'],
      variants: ['设立', '变更', '终止'],
    }),
    licence('高级中学和中等职业学校教师资格认定', [30, 15], '《中华人民共和国教师法》第十三条；《教师资格条例》第十三条', {
      applicant: 'PERSON',
      result: '教师资格证书',
      mats: ['teacherExamCert', 'educationCert', 'mandarinCert', 'healthCertificate'],
    }),
    service('教师资格证书补发换发', [20, 10], '《教师资格条例实施办法》', { applicant: 'PERSON', result: '教师资格证书', mats: ['lossStatement', 'photo'], variants: ['补发', '换发'] }),
    service('普通高中学生转学', [5, 3], '《中小学生学籍管理办法》', { applicant: 'PERSON', result: '转学联系函', mats: ['studentStatus', 'receivingSchoolConsent'] }),
    service('高等教育自学考试毕业证书申办', [20, 10], '《高等教育自学考试暂行条例》第二十四条', { applicant: 'PERSON', result: '自学考试毕业证书', mats: ['examTranscript', 'photo'] }),
    service('高等教育自学考试课程免考审核', [20, 10], '《高等教育自学考试暂行条例》；《高等教育自学考试免考实施办法》', { applicant: 'PERSON', result: '免考审核结果', mats: ['examTranscript', 'educationCert'] }),
    service('普通话水平测试等级证书补办', [10, 5], '《中华人民共和国国家通用语言文字法》；《普通话水平测试管理规定》', { applicant: 'PERSON', result: '普通话水平测试等级证书', mats: ['lossStatement', 'photo'] }),
  ],
};

export const MZJ_ITEMS: DepartmentItems = {
  department: 'YL-MZJ',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'ORG',
  items: [
    licence('社会团体登记', [30, 10], '《社会团体登记管理条例》第三条、第十一条、第十八条、第十九条', {
      applicant: 'SELF',
      resultIdentifiesHolder: true,
      result: '社会团体法人登记证书',
      mats: ['sponsorApproval', 'associationCharter', 'memberList', 'officeProof'],
      variants: ['成立', '变更', '注销'],
    }),
    licence('民办非企业单位登记', [60, 20], '《民办非企业单位登记管理暂行条例》第三条、第十二条', {
      applicant: 'SELF',
      resultIdentifiesHolder: true,
      result: '民办非企业单位登记证书',
      mats: ['sponsorApproval', 'associationCharter', 'capitalVerification', 'officeProof'],
      variants: ['成立', '变更', '注销'],
    }),
    otherPower('社会团体和民办非企业单位修改章程核准', [30, 10], '《社会团体登记管理条例》第二十八条；《民办非企业单位登记管理暂行条例》', { result: '章程核准通知书', mats: ['associationCharter', 'assemblyResolution'] }),
    filing('社会组织印章式样和银行账号备案', [5, 2], '《社会团体登记管理条例》第十六条；《民办非企业单位登记管理暂行条例》第十四条', { result: '备案回执', mats: ['sealSample', 'bankAccountProof'] }),
    confirmation('慈善组织认定', [20, 10], '《中华人民共和国慈善法》第十条；《慈善组织认定办法》', { result: '慈善组织认定通知', mats: ['associationCharter', 'assemblyResolution', 'financialReport'] }),
    licence('慈善组织公开募捐资格审核', [20, 10], '《中华人民共和国慈善法》第二十二条；《慈善组织公开募捐管理办法》', { result: '公开募捐资格证书', mats: ['fundraisingPlan', 'financialReport', 'internalControlRules'] }),
    filing('养老机构备案', [5, 2], '《中华人民共和国老年人权益保障法》第四十三条；《养老机构管理办法》第九条', {
      result: '养老机构备案回执',
      mats: ['siteProof', 'fireSafetyProof', 'careStaffList', 'serviceRules'],
      variants: ['变更'],
    }),
    otherPower('地名命名、更名审批', [20, 10], '《地名管理条例》第十条、第十二条', { applicant: 'ANY', result: '地名命名（更名）批复', mats: ['placeNameReport', 'locationMap', 'expertReviewOpinion'] }),
    confirmation('收养登记', [30, 10], '《中华人民共和国民法典》第一千一百零五条；《中国公民收养子女登记办法》', {
      applicant: 'PERSON',
      result: '收养登记证',
      mats: ['householdRegister', 'adopterConditionsProof', 'childStatusProof', 'photo'],
      variants: ['成立收养关系登记', '解除收养关系登记'],
    }),
  ],
};

export const RSJ_ITEMS: DepartmentItems = {
  department: 'YL-RSJ',
  zone: 'SOCIAL_INSURANCE',
  applicant: 'PERSON',
  items: [
    licence('人力资源服务许可', [20, 5], '《中华人民共和国就业促进法》第四十条；《人力资源市场暂行条例》第十八条', {
      applicant: 'ORG',
      zone: 'ENTERPRISE_SOCIAL',
      result: '人力资源服务许可证',
      mats: ['siteProof', 'hrStaffList', 'serviceRules'],
      variants: 'NO_TERM',
    }),
    licence('劳务派遣经营许可', [20, 10], '《中华人民共和国劳动合同法》第五十七条；《劳务派遣行政许可实施办法》', {
      applicant: 'ORG',
      zone: 'ENTERPRISE_SOCIAL',
      result: '劳务派遣经营许可证',
      mats: ['capitalVerification', 'siteProof', 'dispatchRules', 'dispatchAgreementTemplate'],
      variants: 'FULL',
    }),
    licence('企业实行不定时工作制和综合计算工时工作制审批', [20, 10], '《中华人民共和国劳动法》第三十九条；《关于企业实行不定时工作制和综合计算工时工作制的审批办法》', {
      applicant: 'ORG',
      zone: 'ENTERPRISE_SOCIAL',
      result: '特殊工时工作制批复',
      mats: ['workingHoursPlan', 'employeeOpinion', 'postList'],
      variants: ['延续'],
    }),
    licence('民办职业培训学校设立审批', [30, 15], '《中华人民共和国民办教育促进法》第十二条；《中华人民共和国民办教育促进法实施条例》', {
      applicant: 'ANY',
      zone: 'ENTERPRISE_SOCIAL',
      result: '民办学校办学许可证',
      mats: ['schoolCharter', 'schoolAssetsProof', 'teacherList', 'schoolSiteProof'],
      variants: ['筹设', '正式设立', '变更', '终止'],
    }),
    confirmation('工伤认定', [40, 20], '《工伤保险条例》第十七条、第二十条；《工伤认定办法》', {
      result: '工伤认定决定书',
      mats: ['labourRelationProof', 'medicalDiagnosis', 'accidentReport'],
    }),
    confirmation('劳动能力鉴定', [40, 30], '《工伤保险条例》第二十三条、第二十五条；《工伤职工劳动能力鉴定管理办法》', { result: '劳动能力鉴定结论书', mats: ['injuryDecision', 'medicalRecords', 'photo'] }),
    service('企业职工基本养老保险参保登记', [5, 1], `${SOCIAL_INSURANCE_LAW}第十条、第五十七条、第五十八条`, { applicant: 'ANY', result: '参保登记信息', mats: ['labourContract'], variants: ['单位参保', '个人参保'] }),
    service('社会保险登记信息变更', [5, 1], `${SOCIAL_INSURANCE_LAW}第五十七条；《社会保险登记管理暂行办法》`, { applicant: 'ANY', result: '变更登记信息', mats: ['changeProof'] }),
    service('单位社会保险注销登记', [5, 1], `${SOCIAL_INSURANCE_LAW}第五十七条；《社会保险登记管理暂行办法》`, { applicant: 'ORG', result: '注销登记信息', mats: ['cancellationProof', 'contributionClearance'] }),
    service('企业职工基本养老保险关系转移接续', [30, 15], `${SOCIAL_INSURANCE_LAW}第十九条；《城镇企业职工基本养老保险关系转移接续暂行办法》`, {
      result: '基本养老保险参保缴费凭证',
      mats: ['contributionCertificate'],
      variants: ['省内', '跨省'],
    }),
    service('职工正常退休（职）申请', [20, 10], `${SOCIAL_INSURANCE_LAW}第十六条；《国务院关于工人退休、退职的暂行办法》`, { result: '退休审批表', mats: ['personnelFile', 'householdRegister', 'bankCard'] }),
    service('城乡居民养老保险待遇申领', [20, 10], '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）', { result: '待遇核定通知', mats: ['householdRegister', 'bankCard'] }),
    service('个人账户一次性待遇申领', [20, 10], `${SOCIAL_INSURANCE_LAW}第十四条`, { result: '待遇核定通知', mats: ['entitlementProof', 'bankCard'] }),
    service('丧葬补助金、抚恤金申领', [20, 10], `${SOCIAL_INSURANCE_LAW}第十七条`, { result: '待遇核定通知', mats: ['deathCertificate', 'kinshipProof', 'bankCard'] }),
    service('失业保险金申领', [10, 3], `${SOCIAL_INSURANCE_LAW}第四十五条；《失业保险条例》第十四条、第十六条`, { result: '失业保险待遇核定通知', mats: ['terminationProof', 'bankCard'] }),
    service('失业保险稳岗返还', [20, 10], '《失业保险条例》；《人力资源社会保障部 财政部 国家税务总局关于继续实施失业保险稳岗返还政策的通知》', { applicant: 'ORG', zone: 'ENTERPRISE_SOCIAL', result: '返还资金到账通知', mats: ['bankAccountProof'] }),
    service('技能提升补贴申领', [20, 10], '《失业保险条例》；《人力资源社会保障部 财政部关于失业保险支持参保职工提升职业技能有关问题的通知》', { result: '补贴发放通知', mats: ['skillCertificate', 'bankCard'] }),
    service('工伤医疗费用报销', [20, 10], '《工伤保险条例》第三十条', { result: '费用核定通知', mats: ['injuryDecision', 'medicalInvoices', 'medicalRecords'] }),
    service('一次性伤残补助金申领', [20, 10], '《工伤保险条例》第三十五条、第三十六条、第三十七条', { result: '待遇核定通知', mats: ['injuryDecision', 'disabilityConclusion', 'bankCard'] }),
    service('社会保障卡申领', [10, 3], `${SOCIAL_INSURANCE_LAW}第五十八条；《社会保障卡管理办法》`, { result: '社会保障卡', mats: ['photo'], variants: ['首次申领', '补领', '换领'] }),
    service('就业创业证申领', [5, 1], '《中华人民共和国就业促进法》；《就业服务与就业管理规定》第六十三条', { zone: 'ENTERPRISE_SOCIAL', result: '就业创业证', mats: ['photo'] }),
    service('创业担保贷款申请', [20, 10], '《中华人民共和国就业促进法》；《财政部 人力资源社会保障部 中国人民银行关于进一步加大创业担保贷款贴息力度全力支持重点群体创业就业的通知》（财金〔2020〕21号）', {
      applicant: 'ANY',
      zone: 'ENTERPRISE_SOCIAL',
      result: '贷款担保承诺',
      mats: ['businessPlan', 'identityCategoryProof'],
    }),
    adjudication('劳动人事争议仲裁', [32, 25], '《中华人民共和国劳动争议调解仲裁法》第二十八条、第四十三条；《劳动人事争议仲裁办案规则》', {
      applicant: 'ANY',
      zone: 'ENTERPRISE_SOCIAL',
      result: '仲裁裁决书',
      form: '劳动人事争议仲裁申请书',
      mats: ['labourRelationProof', 'evidenceList'],
    }),
    filing('企业年金方案备案', [15, 5], '《企业年金办法》第十二条', { applicant: 'ORG', zone: 'ENTERPRISE_SOCIAL', result: '备案函', mats: ['annuityPlan', 'employeeOpinion'] }),
    otherPower('集体合同审查', [15, 10], '《中华人民共和国劳动合同法》第五十四条；《集体合同规定》第四十二条', { applicant: 'ORG', zone: 'ENTERPRISE_SOCIAL', result: '集体合同审查意见书', mats: ['collectiveContract', 'employeeOpinion'] }),
  ],
};

export const YBJ_ITEMS: DepartmentItems = {
  department: 'YL-YBJ',
  zone: 'SOCIAL_INSURANCE',
  applicant: 'PERSON',
  items: [
    service('基本医疗保险参保登记', [5, 1], `${SOCIAL_INSURANCE_LAW}第二十三条、第五十七条`, { applicant: 'ANY', result: '参保登记信息', mats: ['labourContract'], variants: ['单位参保', '个人参保'] }),
    service('基本医疗保险参保信息变更', [5, 1], `${SOCIAL_INSURANCE_LAW}第五十七条；《医疗保障经办政务服务事项清单》`, { applicant: 'ANY', result: '变更登记信息', mats: ['changeProof'] }),
    otherPower('医疗保障定点医疗机构申请', [60, 30], '《医疗机构医疗保障定点管理暂行办法》第八条、第十一条', {
      applicant: 'ORG',
      result: '医保服务协议',
      mats: ['medicalLicence', 'medicalStaffCerts', 'medicalInsuranceRules', 'informationSystemProof'],
    }),
    otherPower('医疗保障定点零售药店申请', [60, 30], '《零售药店医疗保障定点管理暂行办法》第五条、第八条', {
      applicant: 'ORG',
      result: '医保服务协议',
      mats: ['drugLicence', 'pharmacistCert', 'medicalInsuranceRules', 'informationSystemProof'],
    }),
    service('门诊慢特病待遇认定', [15, 5], `${SOCIAL_INSURANCE_LAW}第二十八条；《医疗保障经办政务服务事项清单》`, { result: '待遇认定结果', mats: ['medicalDiagnosis', 'medicalRecords'] }),
    filing('异地就医备案', [1, 1], '《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）', {
      result: '备案信息',
      mats: ['residenceCommitment'],
      variants: ['异地长期居住', '临时外出就医'],
      channels: ['ONLINE', 'WINDOW'],
    }),
    filing('转外就医备案', [3, 1], '《基本医疗保险跨省异地就医直接结算经办规程》', { result: '备案信息', mats: ['referralCertificate'] }),
    service('零星医疗费用报销', [20, 10], `${SOCIAL_INSURANCE_LAW}第二十八条、第二十九条`, { result: '费用核定通知', mats: ['medicalInvoices', 'medicalRecords', 'bankCard'] }),
    service('基本医疗保险关系转移接续', [15, 10], '《流动就业人员基本医疗保障关系转移接续暂行办法》', { result: '参保凭证', mats: ['contributionCertificate'], variants: ['省内', '跨省'] }),
    service('生育保险待遇核定与支付', [20, 10], `${SOCIAL_INSURANCE_LAW}第五十四条、第五十五条`, {
      applicant: 'ANY',
      result: '待遇核定通知',
      mats: ['birthMedicalCert', 'medicalInvoices', 'bankCard'],
      variants: ['生育医疗费用', '生育津贴'],
    }),
  ],
};

export const TYJR_ITEMS: DepartmentItems = {
  department: 'YL-TYJR',
  zone: 'ENTERPRISE_SOCIAL',
  applicant: 'PERSON',
  items: [
    service('退役士兵接收安置', [20, 10], '《中华人民共和国退役军人保障法》第二十一条；《退役士兵安置条例》', { result: '安置通知', mats: ['dischargeCert', 'dischargeFile'] }),
    service('自主就业退役士兵一次性经济补助金发放', [20, 10], '《退役士兵安置条例》第十九条', { result: '补助金发放通知', mats: ['dischargeCert', 'bankCard'] }),
    confirmation('伤残等级评定', [40, 30], '《军人抚恤优待条例》第二十二条；《伤残抚恤管理办法》第五条', { result: '伤残等级评定结论', mats: ['injuryEvidence', 'medicalRecords', 'photo'] }),
    service('伤残抚恤关系转移', [20, 10], '《伤残抚恤管理办法》第十八条', { result: '转移接收通知', mats: ['disabilityCertificate', 'householdRegister'] }),
    service('烈士遗属定期抚恤金发放', [20, 10], '《烈士褒扬条例》第十六条', { result: '抚恤金发放通知', mats: ['martyrCertificate', 'kinshipProof', 'bankCard'] }),
    service('退役军人优待证申领', [20, 10], '《中华人民共和国退役军人保障法》第六十条；《退役军人、其他优抚对象优待证管理办法（试行）》', {
      result: '优待证',
      mats: ['dischargeCert', 'photo'],
      variants: ['首次申领', '补领', '换领'],
    }),
    confirmation('参战参试退役人员身份认定', [20, 10], '《军人抚恤优待条例》；《退役军人事务部关于加强部分退役士兵身份认定工作的通知》', { result: '身份认定结论', mats: ['dischargeCert', 'serviceRecordProof'] }),
    service('退役军人创业担保贷款贴息', [20, 10], '《中华人民共和国退役军人保障法》第四十六条；《关于促进新时代退役军人就业创业工作的意见》', {
      result: '贴息核定通知',
      mats: ['dischargeCert', 'loanContract', 'businessLicence'],
    }),
  ],
};
