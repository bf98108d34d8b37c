/** The differences between two versions of an item's content (domain/catalog/diff.ts). */
import { describe, expect, it } from 'vitest';
import { diffContent } from '../../domain/catalog/diff.js';
import type { ServiceItemContent } from '../../domain/catalog/types.js';

const base: ServiceItemContent = {
  name: '食品经营许可',
  itemType: 'LICENCE',
  channels: ['WINDOW'],
  statutoryLimitDays: 20,
  promisedLimitDays: 10,
  conditions: '有与经营的食品品种相适应的场所',
  legalBasis: '《中华人民共和国食品安全法》第三十五条',
  resultType: '食品经营许可证',
  fee: '不收费',
  materials: [
    { code: 'M01', name: '申请书', description: '申请书原件', form: 'ORIGINAL', copies: 1, required: true, tolerable: false },
    { code: 'M02', name: '营业执照', description: '营业执照复印件', form: 'COPY', copies: 1, required: true, tolerable: false },
  ],
  specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 5 }],
};

describe('version differences', () => {
  it('when nothing changed, then the versions are the same with no change listed', () => {
    expect(diffContent(base, structuredClone(base))).toEqual({ same: true, changeCount: 0, fields: [], materials: { added: [], removed: [], changed: [] }, specialProcedures: { added: [], removed: [], changed: [] } });
  });

  it('when the item type and the form of a material change, then both read in Chinese', () => {
    const next = structuredClone(base);
    next.itemType = 'FILING';
    next.materials[1]!.form = 'ELECTRONIC';
    const d = diffContent(base, next);
    expect(d.fields).toEqual([{ field: 'itemType', label: '事项类型', from: 'LICENCE', to: 'FILING', fromText: '行政许可', toText: '备案' }]);
    expect(d.materials.changed).toEqual([{ code: 'M02', name: '营业执照', changes: [{ field: 'form', label: '材料形式', from: 'COPY', to: 'ELECTRONIC', fromText: '复印件', toText: expect.any(String) }] }]);
    expect(d.changeCount).toBe(2);
  });

  it('when the materials are only reordered, then the order is the one change', () => {
    const next = structuredClone(base);
    next.materials.reverse();
    const d = diffContent(base, next);
    expect(d.fields).toEqual([{ field: 'materials.order', label: '材料顺序', from: ['M01', 'M02'], to: ['M02', 'M01'], fromText: 'M01、M02', toText: 'M02、M01' }]);
    expect(d.materials).toEqual({ added: [], removed: [], changed: [] });
  });

  it('when a special procedure is removed, then it is listed as removed with its limit', () => {
    const d = diffContent(base, { ...base, specialProcedures: [] });
    expect(d.specialProcedures.removed).toEqual([{ kind: 'SITE_SURVEY', limitDays: 5 }]);
    expect(d.same).toBe(false);
  });
});
