/**
 * 拆分项 Sub-item variants. A main item is split into the variants an applicant actually applies
 * for; each variant kind derives its limits and materials from the main item (see catalog.ts),
 * so a curated main item carries everything its variants need.
 */

/**
 * NEW      the first application: the main item's content.
 * SAME     the same procedure in another situation (a kind of household move, of mortgage...):
 *          the main item's content plus the situation's own documents.
 * AMEND    a change or filing of registered facts that does not replace the issued document.
 * CHANGE   a change that replaces the issued document, which is handed back.
 * RENEW    an extension of a result with a term: the holder reports on the expiring period.
 * REPLACE  an exchange of a worn or expiring card or certificate for a new one.
 * CANCEL   a cancellation, termination or withdrawal.
 * REISSUE  a lost or destroyed document issued again.
 */
export type VariantKind = 'NEW' | 'SAME' | 'AMEND' | 'CHANGE' | 'RENEW' | 'REPLACE' | 'CANCEL' | 'REISSUE';

export const VARIANTS = {
  新办: 'NEW',
  设立: 'NEW',
  成立: 'NEW',
  筹设: 'NEW',
  新立: 'NEW',
  首次: 'NEW',
  首次申请: 'NEW',
  首次申领: 'NEW',
  初次申领: 'NEW',
  首次注册: 'NEW',
  注册登记: 'NEW',
  成立收养关系登记: 'NEW',

  正式设立: 'SAME',
  转移: 'SAME',
  转移登记: 'SAME',
  转让登记: 'SAME',
  抵押登记: 'SAME',
  增加准驾车型: 'SAME',
  重新报批: 'SAME',
  重新审核: 'SAME',
  解除收养关系登记: 'SAME',
  河道管理范围内建设项目工程建设方案审批: 'SAME',
  非防洪建设项目洪水影响评价报告审批: 'SAME',
  国家基本水文测站上下游建设影响水文监测工程审批: 'SAME',
  占用城市道路: 'SAME',
  挖掘城市道路: 'SAME',
  占用挖掘公路: 'SAME',
  跨越穿越公路修建设施: 'SAME',
  在公路用地范围内架设埋设管线: 'SAME',
  在公路建筑控制区内埋设管线: 'SAME',
  利用公路桥梁隧道涵洞铺设电缆: 'SAME',
  临时占用城市绿地: 'SAME',
  砍伐城市树木: 'SAME',
  迁移城市树木: 'SAME',
  夫妻投靠: 'SAME',
  子女投靠父母: 'SAME',
  父母投靠子女: 'SAME',
  购房落户: 'SAME',
  人才引进: 'SAME',
  大中专院校毕业生: 'SAME',
  退役士兵: 'SAME',
  单位参保: 'SAME',
  个人参保: 'SAME',
  省内: 'SAME',
  跨省: 'SAME',
  异地长期居住: 'SAME',
  临时外出就医: 'SAME',
  生育医疗费用: 'SAME',
  生育津贴: 'SAME',
  购买自住住房: 'SAME',
  租赁自住住房: 'SAME',
  偿还住房贷款本息: 'SAME',
  离休退休: 'SAME',
  出境定居: 'SAME',
  完全丧失劳动能力: 'SAME',
  大修自住住房: 'SAME',
  新建商品房: 'SAME',
  存量房买卖: 'SAME',
  自建翻建大修: 'SAME',
  赠与: 'SAME',
  继承受遗赠: 'SAME',
  夫妻财产约定: 'SAME',
  一般抵押: 'SAME',
  最高额抵押: 'SAME',
  预购商品房预告登记: 'SAME',
  预购商品房抵押预告登记: 'SAME',

  备案: 'AMEND',

  变更: 'CHANGE',
  变更注册: 'CHANGE',
  变更登记: 'CHANGE',

  延续: 'RENEW',
  延续注册: 'RENEW',
  延期: 'RENEW',
  复审: 'RENEW',

  换领: 'REPLACE',
  换发: 'REPLACE',
  换证: 'REPLACE',

  注销: 'CANCEL',
  注销注册: 'CANCEL',
  注销登记: 'CANCEL',
  简易注销: 'CANCEL',
  终止: 'CANCEL',
  撤回: 'CANCEL',
  预告登记注销: 'CANCEL',

  补证: 'REISSUE',
  补领: 'REISSUE',
  补发: 'REISSUE',
} as const satisfies Record<string, VariantKind>;

export type VariantKey = keyof typeof VARIANTS;

/**
 * The usual splits of a licence or registration, by which operations its result supports. The
 * main item is itself the first application; only the high-frequency licences with a full life
 * cycle also list it as a （新办） sub-item, so that each of their handling variants has a guide
 * of its own, as in the province's catalog.
 */
export const VARIANT_SETS = {
  /** A high-frequency licence with a term that may also be lost: the full life cycle. */
  FULL: ['新办', '变更', '延续', '注销', '补证'],
  /** A licence with a term, issued as a document that is rarely reissued. */
  STD: ['变更', '延续', '注销'],
  /** A licence without a term. */
  NO_TERM: ['变更', '注销', '补证'],
  /** A professional registration. */
  REGISTRATION: ['首次注册', '变更注册', '延续注册', '注销注册'],
} as const satisfies Record<string, readonly VariantKey[]>;

export type VariantSetName = keyof typeof VARIANT_SETS;
