import { describe, expect, it } from 'vitest';
import { type CatalogItem, SPECIAL_PROCEDURES, type ServiceItemContent } from '../../domain/catalog/types.js';
import { validateItemContent } from '../../domain/catalog/validate.js';
import { buildCatalog } from '../../prisma/seed/catalog.js';

const catalog = buildCatalog();
const byCode = new Map(catalog.items.map((i) => [i.code, i]));
const tolerableCount = (i: CatalogItem) => i.content.materials.filter((m) => m.tolerable).length;

describe('the catalog of the hall (R1.4, R2.2, R3.1)', () => {
  it('when the catalog is built, then it has exactly 25 departments with unique codes and names', () => {
    expect(catalog.departments).toHaveLength(25);
    expect(new Set(catalog.departments.map((d) => d.code)).size).toBe(25);
    expect(new Set(catalog.departments.map((d) => d.name)).size).toBe(25);
    expect(catalog.departments.map((d) => d.code)).toEqual(expect.arrayContaining(['YL-XZSP', 'YL-FGW', 'YL-ZRZY', 'YL-SCJ', 'YL-GAJ']));
    expect(catalog.departments.find((d) => d.code === 'YL-XZSP')?.name).toBe('榆林市行政审批服务局');
  });

  it('when the catalog is built, then the two pilot zones of acceptance–approval separation exist', () => {
    const zones = new Map(catalog.zones.map((z) => [z.code, z.name]));
    expect(zones.get('INVEST_CONSTRUCTION')).toBe('投资建设项目专区');
    expect(zones.get('ENTERPRISE_SOCIAL')).toBe('企业和社会事务专区');
    expect(new Set(catalog.zones.map((z) => z.code)).size).toBe(catalog.zones.length);
  });

  it('when the catalog is built, then it holds exactly 890 items counting sub-items', () => {
    expect(catalog.items).toHaveLength(890);
    const subItems = catalog.items.filter((i) => i.parentCode !== undefined);
    expect(subItems.length).toBeGreaterThan(0);
    expect(catalog.items.length - subItems.length).toBeGreaterThan(0);
  });

  it('when special procedures are counted, then exactly 133 items of exactly 10 departments have them', () => {
    const withProcedures = catalog.items.filter((i) => i.content.specialProcedures.length > 0);
    expect(withProcedures).toHaveLength(133);
    expect(new Set(withProcedures.map((i) => i.departmentCode)).size).toBe(10);
  });

  it('when tolerance is counted, then exactly 31 items allow it with exactly 50 tolerable materials', () => {
    const tolerant = catalog.items.filter((i) => tolerableCount(i) > 0);
    expect(tolerant).toHaveLength(31);
    expect(catalog.items.reduce((sum, i) => sum + tolerableCount(i), 0)).toBe(50);
  });

  it('when every item is validated, then none breaks a catalog rule', () => {
    const broken = catalog.items.map((i) => ({ code: i.code, issues: validateItemContent(i.content) })).filter((x) => x.issues.length > 0);
    expect(broken).toEqual([]);
  });

  it('when materials are counted, then every item asks for 2 to 8 of them', () => {
    const outside = catalog.items.filter((i) => i.content.materials.length < 2 || i.content.materials.length > 8).map((i) => i.code);
    expect(outside).toEqual([]);
  });

  it('when channels are read, then every item can be accepted at the comprehensive window (R1.3)', () => {
    expect(catalog.items.filter((i) => !i.content.channels.includes('WINDOW')).map((i) => i.code)).toEqual([]);
  });

  it('when codes are read, then they are unique and follow the department-number pattern', () => {
    expect(byCode.size).toBe(catalog.items.length);
    for (const i of catalog.items) {
      expect(i.code.startsWith(`${i.departmentCode}-`)).toBe(true);
      expect(i.code).toMatch(i.parentCode === undefined ? /^YL-[A-Z]+-\d{4}$/ : /^YL-[A-Z]+-\d{4}-\d{2}$/);
    }
  });

  it('when a sub-item is read, then its parent exists as a main item of the same department and zone', () => {
    for (const sub of catalog.items.filter((i) => i.parentCode !== undefined)) {
      const parent = byCode.get(sub.parentCode!);
      expect(parent, sub.code).toBeDefined();
      expect(parent!.parentCode).toBeUndefined();
      expect(parent!.departmentCode).toBe(sub.departmentCode);
      expect(parent!.zoneCode).toBe(sub.zoneCode);
      expect(sub.content.name.startsWith(`${parent!.content.name}（`)).toBe(true);
    }
  });

  it('when departments and zones are matched with items, then every department has items and every reference exists', () => {
    const departments = new Set(catalog.departments.map((d) => d.code));
    const zones = new Set(catalog.zones.map((z) => z.code));
    for (const i of catalog.items) {
      expect(departments.has(i.departmentCode), i.code).toBe(true);
      expect(zones.has(i.zoneCode), i.code).toBe(true);
    }
    const withItems = new Set(catalog.items.map((i) => i.departmentCode));
    expect([...departments].filter((d) => !withItems.has(d))).toEqual([]);
    const pilot = catalog.items.filter((i) => i.zoneCode === 'INVEST_CONSTRUCTION' || i.zoneCode === 'ENTERPRISE_SOCIAL');
    expect(pilot.length).toBeGreaterThan(catalog.items.length / 2);
  });

  it('when names are read, then none is a placeholder and names are unique', () => {
    // 测试 alone is legitimate (普通话水平测试), so only its placeholder use is caught.
    const placeholder = /事项\s*\d+|测试事项|lorem|ipsum|todo|xxx|示例|placeholder|\btest\b/i;
    for (const i of catalog.items) {
      expect(i.content.name, i.code).not.toMatch(placeholder);
      expect(i.content.name, i.code).toMatch(/[\u4e00-\u9fff]/);
      for (const m of i.content.materials) expect(`${m.name} ${m.description}`, i.code).not.toMatch(placeholder);
    }
    expect(new Set(catalog.items.map((i) => i.content.name)).size).toBe(catalog.items.length);
  });

  it('when legal bases are read, then every item cites at least one law or regulation by its title', () => {
    expect(catalog.items.filter((i) => !/《[^》]+》/.test(i.content.legalBasis)).map((i) => i.code)).toEqual([]);
  });

  it('when limits are read, then promised limits are typically at most half of the statutory limit', () => {
    const halved = catalog.items.filter((i) => i.content.promisedLimitDays * 2 <= i.content.statutoryLimitDays || i.content.statutoryLimitDays <= 3);
    expect(halved.length / catalog.items.length).toBeGreaterThan(0.8);
  });

  it('when special procedures are seeded, then every item uses the seed\'s limit for its kind (5/6/10/7/30) unless it records the legal basis of another', () => {
    expect(Object.fromEntries(Object.entries(SPECIAL_PROCEDURES).map(([k, v]) => [k, v.defaultLimitDays]))).toEqual({
      SITE_SURVEY: 5,
      INSPECTION: 6,
      TESTING: 10,
      HEARING: 7,
      EXPERT_REVIEW: 30,
    });
    const water = catalog.items.find((i) => i.content.name === '取水许可');
    expect(water?.content.specialProcedures).toEqual([
      { kind: 'SITE_SURVEY', limitDays: 5 },
      { kind: 'EXPERT_REVIEW', limitDays: 30 },
    ]);
    // These items had 15, 20 or 3 working days without any recorded basis: now the seed's limits.
    expect(catalog.items.find((i) => i.content.name === '公路超限运输许可')?.content.specialProcedures).toEqual([{ kind: 'SITE_SURVEY', limitDays: 5 }]);
    expect(catalog.items.find((i) => i.content.name === '地图审核')?.content.specialProcedures).toEqual([{ kind: 'EXPERT_REVIEW', limitDays: 30 }]);
    const procedures = catalog.items.flatMap((i) => i.content.specialProcedures);
    expect(procedures.length).toBeGreaterThan(133);
    const deviating = procedures.filter((p) => p.limitDays !== SPECIAL_PROCEDURES[p.kind].defaultLimitDays);
    expect(deviating.filter((p) => !p.legalBasis?.trim())).toEqual([]);
  });

  it('when a material is tolerable, then it is required, has supply days within the promised limit, and the item keeps a firm required material', () => {
    for (const i of catalog.items.filter((x) => tolerableCount(x) > 0)) {
      for (const m of i.content.materials.filter((x) => x.tolerable)) {
        expect(m.required).toBe(true);
        expect(m.defaultSupplyDays).toBeGreaterThanOrEqual(1);
        expect(m.defaultSupplyDays).toBeLessThanOrEqual(i.content.promisedLimitDays);
      }
      expect(i.content.materials.some((m) => m.required && !m.tolerable)).toBe(true);
    }
  });

  it('when the catalog is built twice, then both builds are deep-equal', () => {
    expect(buildCatalog()).toEqual(catalog);
  });
});

describe('validateItemContent', () => {
  const valid = (): ServiceItemContent => ({
    name: '食品经营许可（新办）',
    itemType: 'LICENCE',
    channels: ['ONLINE', 'WINDOW'],
    statutoryLimitDays: 10,
    promisedLimitDays: 5,
    conditions: '申请人符合《中华人民共和国食品安全法》规定的条件，申请材料齐全、符合法定形式。',
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    resultType: '食品经营许可证',
    fee: '不收费',
    materials: [
      { code: 'M01', name: '食品经营许可申请表', description: '如实填写并签字盖章', form: 'ORIGINAL', copies: 1, required: true, tolerable: false },
      { code: 'M02', name: '食品安全管理制度', description: '制度文本', form: 'COPY', copies: 1, required: true, tolerable: true, defaultSupplyDays: 5 },
    ],
    specialProcedures: [{ kind: 'INSPECTION', limitDays: 6 }],
  });
  const rules = (content: ServiceItemContent) => validateItemContent(content).map((i) => `${i.field}:${i.rule}`);

  it('when the content keeps every rule, then no issue is reported', () => {
    expect(validateItemContent(valid())).toEqual([]);
  });

  it('when the promised limit exceeds the statutory limit, then promisedLimitDays is refused with both figures in the message', () => {
    const issues = validateItemContent({ ...valid(), promisedLimitDays: 25, statutoryLimitDays: 20 });
    expect(issues).toEqual([
      {
        field: 'promisedLimitDays',
        rule: 'promised_not_above_statutory',
        message: 'promised limit (25 working days) must not exceed the statutory limit (20 working days)',
      },
    ]);
  });

  it('when no channel is open, then channels is refused', () => {
    expect(rules({ ...valid(), channels: [] })).toEqual(['channels:channel_required']);
  });

  it('when a tolerable material has no supply days, then its defaultSupplyDays is refused', () => {
    const content = valid();
    delete content.materials[1]!.defaultSupplyDays;
    expect(rules(content)).toEqual(['materials[1].defaultSupplyDays:supply_days_required']);
  });

  it('when a special procedure kind is unknown, then its kind is refused', () => {
    const content = { ...valid(), specialProcedures: [{ kind: 'MEDITATION', limitDays: 3 }] } as unknown as ServiceItemContent;
    expect(rules(content)).toEqual(['specialProcedures[0].kind:special_procedure_unknown']);
  });

  it('when supply days exceed the promised limit, then the material is refused', () => {
    const content = valid();
    content.materials[1]!.defaultSupplyDays = 6;
    expect(rules(content)).toEqual(['materials[1].defaultSupplyDays:supply_days_above_promised']);
  });

  it('when the only required materials are tolerable, then materials is refused', () => {
    const content = valid();
    content.materials[0]!.required = false;
    expect(rules(content)).toEqual(['materials:required_material_missing']);
  });

  it('when a tolerable material is optional, then it is refused as tolerable but not required', () => {
    const content = valid();
    content.materials[1]!.required = false;
    expect(rules(content)).toContain('materials[1].tolerable:tolerable_not_required');
  });

  it('when material codes repeat or no material is listed, then materials are refused', () => {
    const repeated = valid();
    repeated.materials[1]!.code = 'M01';
    expect(rules(repeated)).toEqual(['materials[1].code:material_code_duplicate']);
    expect(rules({ ...valid(), materials: [] })).toEqual(['materials:material_required']);
  });

  it('when limits are out of range or not whole numbers, then each limit is refused', () => {
    expect(rules({ ...valid(), statutoryLimitDays: 0, promisedLimitDays: 2.5 })).toEqual([
      'statutoryLimitDays:limit_out_of_range',
      'promisedLimitDays:limit_out_of_range',
    ]);
    expect(rules({ ...valid(), statutoryLimitDays: 1001 })).toEqual(['statutoryLimitDays:limit_out_of_range']);
  });

  it('when a special procedure repeats or its limit is out of range, then each is refused', () => {
    const content = valid();
    content.specialProcedures = [
      { kind: 'INSPECTION', limitDays: 6 },
      { kind: 'INSPECTION', limitDays: 366 },
    ];
    expect(rules(content)).toEqual(['specialProcedures[1].kind:special_procedure_duplicate', 'specialProcedures[1].limitDays:special_procedure_limit_out_of_range']);
  });

  it('when a special procedure has another limit than its kind\'s, then its legal basis is required', () => {
    const content = valid();
    content.specialProcedures = [{ kind: 'INSPECTION', limitDays: 4 }];
    const issues = validateItemContent(content);
    expect(issues.map((i) => `${i.field}:${i.rule}`)).toEqual(['specialProcedures[0].legalBasis:special_procedure_limit_basis_required']);
    expect(issues[0]!.message).toContain('6 working days');
    content.specialProcedures = [{ kind: 'INSPECTION', limitDays: 4, legalBasis: '《食品经营许可和备案管理办法》第二十七条' }];
    expect(validateItemContent(content)).toEqual([]);
  });

  it('when several rules are broken, then every one is reported at once', () => {
    const content = { ...valid(), name: ' ', channels: [], promisedLimitDays: 30, fee: '' };
    expect(rules(content)).toEqual(['name:name_required', 'channels:channel_required', 'promisedLimitDays:promised_not_above_statutory', 'fee:text_required']);
  });
});
