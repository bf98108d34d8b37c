/**
 * The service-item catalog through the API: what applicants and clerks read (lists, search,
 * guides, the seeded figures of R1.4/R2.2/R3.1), and how a centre manager edits, publishes,
 * retires, exports and imports items.
 *
 * The database is shared with the other test files running at the same time: this file never
 * edits seeded items; it creates its own, with codes starting TEST-CAT-<run>.
 */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiWorld, startApi } from '../support/platform.js';
import { devServerEnv } from '../support/temporal.js';

let env: TestWorkflowEnvironment;
let world: ApiWorld;
let manager: string;
let clerk: string;
let supervisor: string;
let departmentCode: string;
let zoneCode: string;

const RUN = `TEST-CAT-${Date.now().toString(36).toUpperCase()}`;
let serial = 0;
const newCode = () => `${RUN}-${String(++serial).padStart(2, '0')}`;

beforeAll(async () => {
  env = await devServerEnv();
  world = await startApi(env);
  [manager, clerk, supervisor] = await Promise.all([world.login('manager'), world.login('clerk.a01'), world.login('supervisor')]);
  const departments = await world.call('GET', '/api/v1/departments');
  const zones = await world.call('GET', '/api/v1/zones');
  departmentCode = departments.body.departments.find((d: { code: string }) => d.code === 'YL-SCJ')?.code ?? departments.body.departments[0].code;
  zoneCode = zones.body.zones[1]?.code ?? zones.body.zones[0].code;
});

afterAll(async () => {
  await world?.stop();
  await env?.teardown();
});

/** A complete, valid item content; tests override what they are about. */
function content(overrides: Record<string, unknown> = {}) {
  return {
    name: '户外广告设施设置审批（测试）',
    itemType: 'LICENCE',
    channels: ['WINDOW', 'ONLINE'],
    statutoryLimitDays: 20,
    promisedLimitDays: 10,
    conditions: '设置位置符合城市户外广告设施设置规划，设施结构安全，申请材料齐全',
    legalBasis: '《城市市容和环境卫生管理条例》第十一条',
    resultType: '户外广告设施设置许可决定书',
    fee: '不收费',
    materials: [
      { code: 'M01', name: '户外广告设施设置申请表', description: '法定代表人签字并加盖单位公章的申请表原件', form: 'ORIGINAL', copies: 1, required: true, tolerable: false },
      { code: 'M02', name: '营业执照', description: '加盖公章的统一社会信用代码营业执照复印件', form: 'COPY', copies: 1, required: true, tolerable: false },
      { code: 'M03', name: '设施结构安全检测报告', description: '具备资质的检测机构出具的设施结构安全检测报告', form: 'ORIGINAL', copies: 1, required: true, tolerable: true, defaultSupplyDays: 5 },
    ],
    specialProcedures: [{ kind: 'SITE_SURVEY' }],
    ...overrides,
  };
}

const createItem = (code: string, body: Record<string, unknown> = {}) =>
  world.call('POST', '/api/v1/items', { token: manager, body: { code, departmentCode, zoneCode, content: content(), ...body } });

async function publishedItem(code: string, c = content()) {
  const created = await createItem(code, { content: c });
  expect(created.status).toBe(201);
  const published = await world.call('POST', `/api/v1/items/${code}/publish`, { token: manager });
  expect(published.status).toBe(200);
}

/** Items this file (or another test) published: the seeded figures are counted without them. */
const testItemsPublished = () => world.db.serviceItem.count({ where: { code: { startsWith: 'TEST-' }, status: 'ACTIVE', publishedVersion: { not: null } } });
/**
 * Reads the catalog while other test files leave their TEST- items alone: they publish and retire
 * them at any moment, and a figure read in between would disagree with a count taken a moment
 * later. Read again (a few times at most) until the TEST- items are the same before and after.
 */
async function steadily<T>(read: () => Promise<T>): Promise<T> {
  const testVersions = async () =>
    (await world.db.serviceItemVersion.findMany({ where: { itemCode: { startsWith: 'TEST-' }, state: 'PUBLISHED', item: { status: 'ACTIVE' } }, select: { itemCode: true, version: true } }))
      .map((v) => `${v.itemCode}@${v.version}`)
      .sort()
      .join();
  for (let attempt = 1; ; attempt++) {
    const before = await testVersions();
    const value = await read();
    if ((await testVersions()) === before || attempt === 5) return value;
  }
}
const fieldsOf = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field);

describe('the catalog as the hall publishes it', () => {
  it('when anyone lists the departments and items, then the counts are the hall\'s: 25 departments and 890 items counting sub-items', async () => {
    const { departments, items, extra } = await steadily(async () => ({
      departments: await world.call('GET', '/api/v1/departments'),
      items: await world.call('GET', '/api/v1/items'),
      extra: await testItemsPublished(),
    }));
    expect(departments.status).toBe(200);
    expect(departments.body.total).toBe(25);
    expect(departments.body.departments).toHaveLength(25);
    expect(departments.body.departments[0]).toEqual(expect.objectContaining({ code: expect.any(String), name: expect.stringMatching(/[\u4e00-\u9fff]/), itemCount: expect.any(Number) }));

    expect(items.body.total).toBe(890 + extra);
    const perDepartment = departments.body.departments.reduce((n: number, d: { itemCount: number }) => n + d.itemCount, 0);
    expect(perDepartment).toBe(items.body.total);
  });

  it('when the special-procedure and tolerance figures are read, then 133 items of 10 departments have special procedures and 31 items allow tolerance', async () => {
    const { departments, testItems } = await steadily(async () => ({
      departments: (await world.call('GET', '/api/v1/departments')).body.departments as { code: string; specialProcedureItemCount: number; toleranceItemCount: number }[],
      testItems: await world.db.serviceItemVersion.findMany({ where: { itemCode: { startsWith: 'TEST-' }, state: 'PUBLISHED', item: { status: 'ACTIVE' } } }),
    }));
    const special = departments.reduce((n, d) => n + d.specialProcedureItemCount, 0) - testItems.filter((v) => v.specialProcedureKinds.length > 0).length;
    const tolerant = departments.reduce((n, d) => n + d.toleranceItemCount, 0) - testItems.filter((v) => v.toleranceAllowed).length;
    expect(special).toBe(133);
    expect(tolerant).toBe(31);
    const seededSpecial = await world.db.serviceItemVersion.findMany({ where: { state: 'PUBLISHED', specialProcedureKinds: { isEmpty: false }, NOT: { itemCode: { startsWith: 'TEST-' } } }, include: { item: true } });
    expect(new Set(seededSpecial.map((v) => v.item.departmentCode)).size).toBe(10);
  });

  it('when the zones are listed, then both pilot zones of acceptance–approval separation are there with their items', async () => {
    const r = await world.call('GET', '/api/v1/zones');
    expect(r.status).toBe(200);
    const codes = r.body.zones.map((z: { code: string }) => z.code);
    expect(codes).toEqual(expect.arrayContaining(['INVEST_CONSTRUCTION', 'ENTERPRISE_SOCIAL']));
    for (const z of r.body.zones.filter((x: { code: string }) => ['INVEST_CONSTRUCTION', 'ENTERPRISE_SOCIAL'].includes(x.code))) expect(z.itemCount).toBeGreaterThan(0);
  });

  it('when items are filtered by tolerance, then every item found allows tolerance and the others none', async () => {
    const { yes, no, all } = await steadily(async () => ({
      yes: await world.call('GET', '/api/v1/items?tolerance=true&pageSize=200'),
      no: await world.call('GET', '/api/v1/items?tolerance=false&pageSize=5'),
      all: await world.call('GET', '/api/v1/items?pageSize=1'),
    }));
    expect(yes.status).toBe(200);
    expect(yes.body.total).toBeGreaterThan(0);
    expect(yes.body.items.every((i: { toleranceAllowed: boolean }) => i.toleranceAllowed)).toBe(true);
    expect(no.body.items.every((i: { toleranceAllowed: boolean }) => !i.toleranceAllowed)).toBe(true);
    expect(yes.body.total + no.body.total).toBe(all.body.total);
  });

  it('when items are filtered by a special procedure, then every item found has it configured', async () => {
    const r = await world.call('GET', '/api/v1/items?specialProcedure=EXPERT_REVIEW&pageSize=200');
    expect(r.body.total).toBeGreaterThan(0);
    expect(r.body.items.every((i: { specialProcedures: string[] }) => i.specialProcedures.includes('EXPERT_REVIEW'))).toBe(true);
  });

  it('when items are filtered by department, zone and channel together, then every item found matches all three', async () => {
    const some = (await world.call('GET', '/api/v1/items?channel=ONLINE&pageSize=1')).body.items[0];
    const r = await world.call('GET', `/api/v1/items?departmentCode=${some.departmentCode}&zoneCode=${some.zoneCode}&channel=ONLINE&pageSize=200`);
    expect(r.body.total).toBeGreaterThan(0);
    for (const i of r.body.items) {
      expect(i.departmentCode).toBe(some.departmentCode);
      expect(i.zoneCode).toBe(some.zoneCode);
      expect(i.channels).toContain('ONLINE');
    }
  });

  it('when a keyword is searched, then items whose name or code contains it are found', async () => {
    const some = (await world.call('GET', '/api/v1/items?pageSize=1&page=7')).body.items[0];
    const word = some.name.slice(0, 4);
    const byName = await world.call('GET', `/api/v1/items?q=${encodeURIComponent(word)}&pageSize=200`);
    expect(byName.body.items.every((i: { name: string; code: string }) => i.name.includes(word) || i.code.includes(word))).toBe(true);
    expect(byName.body.total).toBeGreaterThan(0);
    const byCode = await world.call('GET', `/api/v1/items?q=${encodeURIComponent(some.code.toLowerCase())}`);
    expect(byCode.body.items.map((i: { code: string }) => i.code)).toContain(some.code);
  });

  it('when the sub-items of a main item are asked for, then they all split it, and its guide lists them', async () => {
    const sub = await world.db.serviceItem.findFirst({ where: { parentCode: { not: null }, status: 'ACTIVE', publishedVersion: { not: null }, NOT: { code: { startsWith: 'TEST-' } } }, orderBy: { code: 'asc' } });
    expect(sub).not.toBeNull();
    const r = await world.call('GET', `/api/v1/items?parentCode=${sub!.parentCode}&pageSize=200`);
    expect(r.body.items.map((i: { code: string }) => i.code)).toContain(sub!.code);
    expect(r.body.items.every((i: { parentCode: string }) => i.parentCode === sub!.parentCode)).toBe(true);
    const guide = await world.call('GET', `/api/v1/items/${sub!.parentCode}`);
    expect(guide.body.subItems.map((s: { code: string }) => s.code)).toEqual(r.body.items.map((i: { code: string }) => i.code));
    const subGuide = await world.call('GET', `/api/v1/items/${sub!.code}`);
    expect(subGuide.body.parent).toEqual({ code: sub!.parentCode, name: guide.body.name });
  });

  it('when paging past the limit or filtering by an unknown value, then 400 names the parameter', async () => {
    const big = await world.call('GET', '/api/v1/items?pageSize=201');
    expect(big.status).toBe(400);
    expect(fieldsOf(big.body)).toEqual(['query.pageSize']);
    const bad = await world.call('GET', '/api/v1/items?tolerance=maybe&specialProcedure=PRAYER');
    expect(bad.status).toBe(400);
    expect(fieldsOf(bad.body).sort()).toEqual(['query.specialProcedure', 'query.tolerance']);
  });

  it('when an applicant reads the guide of a tolerance item with special procedures, then everything needed to apply is there', async () => {
    const found = await world.db.serviceItemVersion.findFirst({
      where: { state: 'PUBLISHED', toleranceAllowed: true, specialProcedureKinds: { isEmpty: false }, NOT: { itemCode: { startsWith: 'TEST-' } } },
      orderBy: { itemCode: 'asc' },
    });
    const code = found?.itemCode ?? (await world.db.serviceItemVersion.findFirstOrThrow({ where: { state: 'PUBLISHED', toleranceAllowed: true } })).itemCode;
    const r = await world.call('GET', `/api/v1/items/${code}`);
    expect(r.status).toBe(200);
    const g = r.body;
    expect(g).toMatchObject({ code, state: 'PUBLISHED', status: 'ACTIVE', acceptingApplications: true });
    expect(g.version).toBe(g.publishedVersion);
    expect(g.name).toMatch(/[\u4e00-\u9fff]/);
    expect(g.department.name).toMatch(/[\u4e00-\u9fff]/);
    expect(g.zone.name).toMatch(/专区$/);
    expect(g.itemTypeName).toMatch(/[\u4e00-\u9fff]/);
    for (const key of ['conditions', 'legalBasis', 'resultType', 'fee']) expect(g[key].length).toBeGreaterThan(0);
    expect(g.promisedLimitDays).toBeLessThanOrEqual(g.statutoryLimitDays);
    expect(g.channels.length).toBeGreaterThan(0);
    expect(g.materials.length).toBeGreaterThan(0);
    for (const m of g.materials) {
      expect(m).toEqual(expect.objectContaining({ code: expect.any(String), name: expect.any(String), description: expect.any(String), form: expect.any(String), formName: expect.any(String), copies: expect.any(Number), required: expect.any(Boolean), tolerable: expect.any(Boolean) }));
      expect(m.description.length).toBeGreaterThan(0);
      if (m.tolerable) expect(m.defaultSupplyDays).toBeGreaterThan(0);
    }
    expect(g.tolerance.allowed).toBe(true);
    expect(g.tolerance.materials.length).toBeGreaterThan(0);
    if (found) {
      expect(g.specialProcedures.length).toBeGreaterThan(0);
      for (const p of g.specialProcedures) expect(p).toEqual({ kind: expect.any(String), name: expect.stringMatching(/[\u4e00-\u9fff]/), limitDays: expect.any(Number), defaultLimitDays: expect.any(Number) });
    }
  });

  it('when an item does not exist, then 404', async () => {
    const r = await world.call('GET', '/api/v1/items/NO-SUCH-ITEM');
    expect(r.status).toBe(404);
  });
});

describe('a centre manager edits and publishes an item', () => {
  it('when the manager creates, publishes, edits and republishes, then version 2 is in force and version 1 still reads as it was', async () => {
    const code = newCode();
    const created = await createItem(code);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code, version: 1, state: 'DRAFT', publishedVersion: null });
    // Special-procedure limits default to the platform's for the kind.
    expect(created.body.content.specialProcedures).toEqual([{ kind: 'SITE_SURVEY', limitDays: 5 }]);

    // A draft is not the published standard: the public does not see it.
    expect((await world.call('GET', `/api/v1/items/${code}`)).status).toBe(404);
    expect((await world.call('GET', `/api/v1/items?q=${code}`)).body.total).toBe(0);

    const first = await world.call('POST', `/api/v1/items/${code}/publish`, { token: manager });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ code, version: 1, state: 'PUBLISHED', previousVersion: null });
    expect((await world.call('GET', `/api/v1/items?q=${code}`)).body.items.map((i: { code: string }) => i.code)).toEqual([code]);

    const edited = content({ name: '户外广告设施设置审批（测试·新版）', promisedLimitDays: 7, specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 3, legalBasis: '《榆林市户外广告设施设置管理办法》（测试）' }, { kind: 'EXPERT_REVIEW' }] });
    const draft = await world.call('PUT', `/api/v1/items/${code}/draft`, { token: manager, body: { content: edited } });
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ version: 2, state: 'DRAFT', replaced: false, publishedVersion: 1 });

    // Saving again replaces the open draft rather than opening version 3.
    const again = await world.call('PUT', `/api/v1/items/${code}/draft`, { token: manager, body: { content: edited } });
    expect(again.body).toMatchObject({ version: 2, replaced: true });

    // Until published, applicants still read version 1.
    expect((await world.call('GET', `/api/v1/items/${code}`)).body).toMatchObject({ version: 1, promisedLimitDays: 10 });
    // The manager may preview the draft; the public may not.
    expect((await world.call('GET', `/api/v1/items/${code}?version=2`, { token: manager })).body).toMatchObject({ version: 2, state: 'DRAFT' });
    expect((await world.call('GET', `/api/v1/items/${code}?version=2`)).status).toBe(404);

    const second = await world.call('POST', `/api/v1/items/${code}/publish`, { token: manager });
    expect(second.body).toMatchObject({ version: 2, previousVersion: 1 });

    const now = await world.call('GET', `/api/v1/items/${code}`);
    expect(now.body).toMatchObject({ version: 2, state: 'PUBLISHED', name: '户外广告设施设置审批（测试·新版）', promisedLimitDays: 7 });
    expect(now.body.specialProcedures).toEqual([
      { kind: 'SITE_SURVEY', name: '现场踏勘', limitDays: 3, defaultLimitDays: 5, legalBasis: '《榆林市户外广告设施设置管理办法》（测试）' },
      { kind: 'EXPERT_REVIEW', name: '专家评审', limitDays: 30, defaultLimitDays: 30 },
    ]);

    const old = await world.call('GET', `/api/v1/items/${code}?version=1`);
    expect(old.status).toBe(200);
    expect(old.body).toMatchObject({ version: 1, state: 'SUPERSEDED', name: '户外广告设施设置审批（测试）', promisedLimitDays: 10, acceptingApplications: false });

    const versions = await world.call('GET', `/api/v1/items/${code}/versions`, { token: manager });
    expect(versions.body.publishedVersion).toBe(2);
    expect(versions.body.versions.map((v: { version: number; state: string; createdBy: string }) => [v.version, v.state, v.createdBy])).toEqual([
      [2, 'PUBLISHED', 'manager'],
      [1, 'SUPERSEDED', 'manager'],
    ]);
  });

  it('when the manager compares two versions, then the differences list each changed field, material and special procedure with its label', async () => {
    const code = newCode();
    await publishedItem(code);
    const base = content();
    const edited = content({
      promisedLimitDays: 8,
      channels: ['WINDOW'],
      materials: [
        base.materials[0],
        { ...base.materials[2], tolerable: false, defaultSupplyDays: undefined, description: '具备资质的检测机构出具的检测报告原件' },
        { code: 'M04', name: '设施效果图', description: '彩色效果图一份', form: 'ORIGINAL', copies: 1, required: false, tolerable: false },
      ],
      specialProcedures: [{ kind: 'SITE_SURVEY', limitDays: 4, legalBasis: '《榆林市户外广告设施设置管理办法》第十二条：现场踏勘于4个工作日内完成' }, { kind: 'HEARING' }],
    });
    expect((await world.call('PUT', `/api/v1/items/${code}/draft`, { token: manager, body: { content: edited } })).status).toBe(200);

    // The draft against the published version: the default pair (newest and the one before).
    const diff = await world.call('GET', `/api/v1/items/${code}/versions/diff`, { token: manager });
    expect(diff.status, JSON.stringify(diff.body)).toBe(200);
    expect(diff.body).toMatchObject({ code, same: false, from: { version: 1, state: 'PUBLISHED' }, to: { version: 2, state: 'DRAFT' } });
    expect(diff.body.fields).toEqual([
      { field: 'channels', label: '办理渠道', from: ['WINDOW', 'ONLINE'], to: ['WINDOW'], fromText: '窗口办理、网上办理', toText: '窗口办理' },
      { field: 'promisedLimitDays', label: '承诺时限（工作日）', from: 10, to: 8, fromText: '10', toText: '8' },
    ]);
    expect(diff.body.materials.added.map((m: { code: string }) => m.code)).toEqual(['M04']);
    expect(diff.body.materials.removed.map((m: { code: string }) => m.code)).toEqual(['M02']);
    expect(diff.body.materials.changed).toEqual([
      {
        code: 'M03',
        name: '设施结构安全检测报告',
        changes: [
          { field: 'description', label: '材料说明', from: base.materials[2]!.description, to: '具备资质的检测机构出具的检测报告原件', fromText: base.materials[2]!.description, toText: '具备资质的检测机构出具的检测报告原件' },
          { field: 'tolerable', label: '是否可容缺', from: true, to: false, fromText: '是', toText: '否' },
          { field: 'defaultSupplyDays', label: '容缺补交时限（工作日）', from: 5, to: null, fromText: '5', toText: '' },
        ],
      },
    ]);
    expect(diff.body.specialProcedures).toMatchObject({
      added: [{ kind: 'HEARING', limitDays: 7 }],
      removed: [],
      changed: [{ code: 'SITE_SURVEY', name: '现场踏勘', changes: [{ field: 'limitDays', from: 5, to: 4 }] }],
    });
    expect(diff.body.changeCount).toBe(2 + 3 + 2);

    // A version against itself is the same; the order of the pair is the caller's.
    expect((await world.call('GET', `/api/v1/items/${code}/versions/diff?from=1&to=1`, { token: manager })).body).toMatchObject({ same: true, changeCount: 0 });
    const back = await world.call('GET', `/api/v1/items/${code}/versions/diff?from=2&to=1`, { token: manager });
    expect(back.body.materials.added.map((m: { code: string }) => m.code)).toEqual(['M02']);

    // Unknown versions are named; a clerk may not compare; an unknown item is 404.
    const unknown = await world.call('GET', `/api/v1/items/${code}/versions/diff?from=1&to=9`, { token: manager });
    expect(unknown.status).toBe(422);
    expect(fieldsOf(unknown.body)).toEqual(['query.to']);
    const none = await world.call('GET', `/api/v1/items/${code}/versions/diff?to=1`, { token: manager });
    expect(none.status).toBe(422);
    expect(fieldsOf(none.body)).toEqual(['query.from']);
    expect((await world.call('GET', `/api/v1/items/${code}/versions/diff?from=x`, { token: manager })).status).toBe(400);
    expect((await world.call('GET', `/api/v1/items/${code}/versions/diff`, { token: clerk })).status).toBe(403);
    expect((await world.call('GET', `/api/v1/items/${RUN}-NONE/versions/diff`, { token: manager })).status).toBe(404);
  });

  it('when the promised limit is above the statutory one, then 422 names promisedLimitDays with the rule and a clear message', async () => {
    const r = await createItem(newCode(), { content: content({ statutoryLimitDays: 20, promisedLimitDays: 25 }) });
    expect(r.status).toBe(422);
    expect(r.body.errors).toContainEqual({
      field: 'body.content.promisedLimitDays',
      rule: 'promised_not_above_statutory',
      message: 'promised limit (25 working days) must not exceed the statutory limit (20 working days)',
    });
    expect(r.body.detail).toContain('promisedLimitDays');
  });

  it('when a draft breaks several rules, then 422 lists each field and the published version is untouched', async () => {
    const code = newCode();
    await publishedItem(code);
    const bad = content({
      materials: [{ code: 'M01', name: '检测报告', description: '', form: 'ORIGINAL', copies: 1, required: false, tolerable: true }],
    });
    const r = await world.call('PUT', `/api/v1/items/${code}/draft`, { token: manager, body: { content: bad } });
    expect(r.status).toBe(422);
    expect(fieldsOf(r.body)).toEqual(
      expect.arrayContaining(['body.content.materials[0].description', 'body.content.materials[0].tolerable', 'body.content.materials[0].defaultSupplyDays', 'body.content.materials']),
    );
    expect((await world.call('GET', `/api/v1/items/${code}/versions`, { token: manager })).body.versions).toHaveLength(1);
  });

  it('when the content has the wrong shape, then 400 names each field', async () => {
    const r = await createItem(newCode(), {
      content: content({ statutoryLimitDays: '20', channels: ['FAX'], materials: [{ code: 'M01', name: '申请表', description: '原件', form: 'ORIGINAL', copies: 'one', required: true, tolerable: false }] }),
    });
    expect(r.status).toBe(400);
    expect(fieldsOf(r.body)).toEqual(expect.arrayContaining(['body.content.statutoryLimitDays', 'body.content.channels.0', 'body.content.materials.0.copies']));
  });

  it('when the department or zone does not exist, then 422 names the field', async () => {
    const r = await createItem(newCode(), { departmentCode: 'YL-NOPE', zoneCode: 'NOWHERE' });
    expect(r.status).toBe(422);
    expect(fieldsOf(r.body).sort()).toEqual(['body.departmentCode', 'body.zoneCode']);
  });

  it('when an item code is taken, then 409', async () => {
    const code = newCode();
    expect((await createItem(code)).status).toBe(201);
    const r = await createItem(code);
    expect(r.status).toBe(409);
    expect(r.body.rule).toBe('catalog.item_exists');
  });

  it('when there is no draft to publish, then 409 says so', async () => {
    const code = newCode();
    await publishedItem(code);
    const r = await world.call('POST', `/api/v1/items/${code}/publish`, { token: manager });
    expect(r.status).toBe(409);
    expect(r.body.rule).toBe('catalog.no_draft');
  });

  it('when a clerk tries to publish or edit, then 403; anonymous callers get 401', async () => {
    const code = newCode();
    await createItem(code);
    const publish = await world.call('POST', `/api/v1/items/${code}/publish`, { token: clerk });
    expect(publish.status).toBe(403);
    expect(publish.body.rule).toBe('role.not_allowed');
    expect((await world.call('PUT', `/api/v1/items/${code}/draft`, { token: clerk, body: { content: content() } })).status).toBe(403);
    expect((await world.call('POST', '/api/v1/items', { body: { code: newCode(), departmentCode, zoneCode, content: content() } })).status).toBe(401);
    expect((await world.call('GET', `/api/v1/items/${code}/versions`, { token: supervisor })).status).toBe(403);
    const row = await world.db.serviceItem.findUniqueOrThrow({ where: { code } });
    expect(row.publishedVersion).toBeNull();
  });

  it('when the manager retires an item, then it leaves the list, its guide says it takes no applications, and the window cannot open a case for it', async () => {
    const code = newCode();
    await publishedItem(code);
    const r = await world.call('POST', `/api/v1/items/${code}/retire`, { token: manager, body: { reason: '事项已取消，并入综合许可' } });
    expect(r.status).toBe(200);
    expect(r.body.status).toBe('RETIRED');
    expect((await world.call('GET', `/api/v1/items?q=${code}`)).body.total).toBe(0);
    expect((await world.call('GET', `/api/v1/items/${code}`)).body).toMatchObject({ status: 'RETIRED', acceptingApplications: false, version: 1 });
    const intake = await world.call('POST', '/api/v1/cases', { token: clerk, body: { itemCode: code, applicant: { name: '榆林市测试商贸有限公司' }, submittedMaterials: ['M01', 'M02', 'M03'] } });
    expect(intake.status).toBe(422);
    expect(intake.body.rule).toBe('item.not_published');
    expect((await world.call('POST', `/api/v1/items/${code}/retire`, { token: manager, body: { reason: '再次' } })).status).toBe(409);
    expect((await world.call('PUT', `/api/v1/items/${code}/draft`, { token: manager, body: { content: content() } })).status).toBe(409);
  });
});

describe('catalog export and import', () => {
  it('when a supervisor exports the whole catalog, then every department, zone and published item is in the file', async () => {
    const r = await world.call('GET', '/api/v1/catalog/export', { token: supervisor });
    expect(r.status).toBe(200);
    expect(r.body.format).toBe('onewindow-catalog/1');
    expect(r.body.departments).toHaveLength(25);
    const seeded = r.body.items.filter((i: { code: string; status: string }) => !i.code.startsWith('TEST-') && i.status === 'ACTIVE');
    expect(seeded).toHaveLength(890);
    expect(r.body.items[0].content.materials.length).toBeGreaterThan(0);
  });

  it('when an export is imported back unchanged, then nothing changes; when an item is edited in the file and one added, then they become drafts and the published content stays', async () => {
    const a = newCode();
    const b = newCode();
    await publishedItem(a);
    await publishedItem(b, content({ name: '临时占用城市道路审批（测试）' }));
    const exported = await world.call('GET', `/api/v1/catalog/export?codePrefix=${RUN}`, { token: manager });
    const mine = exported.body.items.filter((i: { code: string }) => i.code === a || i.code === b);
    expect(mine.map((i: { code: string }) => i.code)).toEqual([a, b]);
    const file = { ...exported.body, items: mine };

    const same = await world.call('POST', '/api/v1/catalog/import', { token: manager, body: file });
    expect(same.status).toBe(200);
    expect(same.body).toMatchObject({ items: 2, itemsCreated: 0, draftsSaved: 0, unchanged: 2, departmentsCreated: 0, zonesCreated: 0 });

    const c = newCode();
    const changed = {
      ...file,
      items: [
        { ...mine[0], content: { ...mine[0].content, promisedLimitDays: 8 } },
        mine[1],
        { ...mine[1], code: c, version: undefined, content: { ...mine[1].content, name: '临时挖掘城市道路审批（测试）' } },
      ],
    };
    const imported = await world.call('POST', '/api/v1/catalog/import', { token: manager, body: changed });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ items: 3, itemsCreated: 1, draftsSaved: 1, unchanged: 1, replacedDrafts: [] });

    // Never silently over published content: a is still in force at version 1, its change waits as a draft.
    expect((await world.call('GET', `/api/v1/items/${a}`)).body).toMatchObject({ version: 1, promisedLimitDays: 10 });
    const versions = await world.call('GET', `/api/v1/items/${a}/versions`, { token: manager });
    expect(versions.body.versions.map((v: { version: number; state: string }) => [v.version, v.state])).toEqual([
      [2, 'DRAFT'],
      [1, 'PUBLISHED'],
    ]);
    // The new item exists as a draft, not yet open for applications.
    expect((await world.call('GET', `/api/v1/items/${c}`)).status).toBe(404);
    expect((await world.call('GET', `/api/v1/items/${c}?version=1`, { token: manager })).body).toMatchObject({ state: 'DRAFT', name: '临时挖掘城市道路审批（测试）' });
  });

  it('when one item of an import breaks a rule, then the whole import is refused, naming the item code and field, and nothing is written', async () => {
    const good = newCode();
    const bad = newCode();
    const file = {
      format: 'onewindow-catalog/1',
      departments: [],
      zones: [],
      items: [
        { code: good, parentCode: null, departmentCode, zoneCode, content: content() },
        { code: bad, parentCode: null, departmentCode, zoneCode, content: content({ promisedLimitDays: 30 }) },
        { code: newCode(), parentCode: 'NO-SUCH-MAIN-ITEM', departmentCode: 'YL-NOPE', zoneCode, content: content() },
      ],
    };
    const r = await world.call('POST', '/api/v1/catalog/import', { token: manager, body: file });
    expect(r.status).toBe(422);
    expect(r.body.invalidItems).toEqual([bad, file.items[2]!.code]);
    expect(r.body.errors).toContainEqual(expect.objectContaining({ field: `items[${bad}].content.promisedLimitDays`, rule: 'promised_not_above_statutory' }));
    expect(fieldsOf(r.body)).toEqual(expect.arrayContaining([`items[${file.items[2]!.code}].departmentCode`, `items[${file.items[2]!.code}].parentCode`]));
    expect(r.body.detail).toContain(bad);
    expect(await world.db.serviceItem.count({ where: { code: { in: file.items.map((i) => i.code) } } })).toBe(0);
  });

  it('when a clerk tries to import or export, then 403', async () => {
    expect((await world.call('GET', '/api/v1/catalog/export', { token: clerk })).status).toBe(403);
    expect((await world.call('POST', '/api/v1/catalog/import', { token: supervisor, body: { format: 'onewindow-catalog/1', items: [] } })).status).toBe(403);
  });

  it('when the file is not a catalog export, then 400 names the format', async () => {
    const r = await world.call('POST', '/api/v1/catalog/import', { token: manager, body: { items: [] } });
    expect(r.status).toBe(400);
    expect(fieldsOf(r.body)).toEqual(['body.format']);
  });
});
