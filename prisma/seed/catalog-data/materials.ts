/**
 * The material library: every material an item asks for is curated once here, so the same
 * document is described the same way across departments (R3.1: "能看懂、易操作").
 */
import { CONSTRUCTION_MATERIALS } from './materials-construction.js';
import { MARKET_MATERIALS } from './materials-market.js';
import { m } from './material-template.js';
import { PEOPLE_MATERIALS } from './materials-people.js';

/** Identity and life-cycle materials that catalog.ts adds by rule rather than per item. */
export const GENERIC_MATERIALS = {
  orgLicence: m('营业执照或其他主体资格证明', '单位提交营业执照，事业单位、社会组织提交法人证书；已通过数据共享获取的可免于提交，窗口当场核验', 'COPY'),
  idCard: m('申请人居民身份证', '申请人本人有效居民身份证；外籍人员提交护照，港澳台居民提交来往内地（大陆）通行证或居住证', 'ORIGINAL_AND_COPY'),
  applicantIdentity: m('申请人身份证明', '单位提交营业执照或其他主体资格证明；个人提交居民身份证', 'ORIGINAL_AND_COPY'),
  agentAuthorisation: m('授权委托书及经办人身份证', '委托他人办理的提交：申请人签字（单位加盖公章）的授权委托书和经办人居民身份证；本人办理的无需提交', 'ORIGINAL_AND_COPY', {
    required: false,
  }),
  renewalReport: m('延续申请说明', '说明有效期内的经营（执行）情况、遵守法律法规情况及继续符合条件的情况；应在有效期届满前提出', 'ORIGINAL'),
  simpleCancellationCommitment: m('全体投资人承诺书', '全体投资人签署的简易注销承诺书，承诺不存在未结清债权债务', 'ORIGINAL'),
} as const;

export const MATERIALS = { ...CONSTRUCTION_MATERIALS, ...MARKET_MATERIALS, ...PEOPLE_MATERIALS, ...GENERIC_MATERIALS };

export type MaterialKey = keyof typeof MATERIALS;
