/**
 * The rules an item's content must keep before it can be published. Pure: used by the seed, by
 * the catalog manager's API before a draft is saved or published, and by tests.
 *
 * Content may arrive as JSON from a manager's form, so every check also holds when a field has
 * the wrong runtime type: the rule that covers the field reports it instead of throwing.
 */
import {
  CHANNELS,
  type Channel,
  isItemType,
  SPECIAL_PROCEDURES,
  isSpecialProcedureKind,
  MATERIAL_FORMS,
  type ServiceItemContent,
} from './types.js';

export interface CatalogIssue {
  /** Path of the offending field, e.g. `materials[2].defaultSupplyDays`. */
  field: string;
  /** Stable rule code, for clients and tests. */
  rule: string;
  /** What is wrong, for a person. */
  message: string;
}

/** Longest limit the platform accepts; a larger figure is a typo, not a legal limit. */
export const MAX_LIMIT_DAYS = 1000;
/** Longest special procedure the platform accepts (one year of working days is already generous). */
export const MAX_SPECIAL_PROCEDURE_DAYS = 365;
export const MAX_NAME_LENGTH = 200;
export const MAX_MATERIAL_COPIES = 99;

const TEXT_FIELDS = ['conditions', 'legalBasis', 'resultType', 'fee'] as const;

export function validateItemContent(content: ServiceItemContent): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const issue = (field: string, rule: string, message: string) => issues.push({ field, rule, message });

  if (!isNonBlank(content.name)) issue('name', 'name_required', 'the item name must not be empty');
  else if (content.name.length > MAX_NAME_LENGTH) issue('name', 'name_too_long', `the item name must be at most ${MAX_NAME_LENGTH} characters`);

  if (!isItemType(content.itemType)) issue('itemType', 'item_type_unknown', `unknown item type ${JSON.stringify(content.itemType)}`);

  validateChannels(content.channels, issue);

  const statutoryOk = checkLimit('statutoryLimitDays', 'statutory limit', content.statutoryLimitDays, issue);
  const promisedOk = checkLimit('promisedLimitDays', 'promised limit', content.promisedLimitDays, issue);
  if (statutoryOk && promisedOk && content.promisedLimitDays > content.statutoryLimitDays) {
    issue(
      'promisedLimitDays',
      'promised_not_above_statutory',
      `promised limit (${content.promisedLimitDays} working days) must not exceed the statutory limit (${content.statutoryLimitDays} working days)`,
    );
  }

  for (const f of TEXT_FIELDS) {
    if (!isNonBlank(content[f])) issue(f, 'text_required', `${f} must not be empty`);
  }

  validateMaterials(content, promisedOk ? content.promisedLimitDays : undefined, issue);
  validateSpecialProcedures(content.specialProcedures, issue);
  return issues;
}

type Report = (field: string, rule: string, message: string) => void;

function validateChannels(channels: unknown, issue: Report): void {
  if (!Array.isArray(channels) || channels.length === 0) {
    issue('channels', 'channel_required', 'at least one channel (ONLINE or WINDOW) must be open');
    return;
  }
  const seen = new Set<unknown>();
  channels.forEach((c: unknown, i) => {
    if (!(CHANNELS as readonly unknown[]).includes(c)) issue(`channels[${i}]`, 'channel_unknown', `unknown channel ${JSON.stringify(c)}`);
    else if (seen.has(c)) issue(`channels[${i}]`, 'channel_duplicate', `channel ${c as Channel} is listed twice`);
    seen.add(c);
  });
}

function checkLimit(field: string, label: string, value: unknown, issue: Report): value is number {
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > MAX_LIMIT_DAYS) {
    issue(field, 'limit_out_of_range', `${label} must be a whole number of working days from 1 to ${MAX_LIMIT_DAYS}, got ${JSON.stringify(value)}`);
    return false;
  }
  return true;
}

function validateMaterials(content: ServiceItemContent, promisedLimitDays: number | undefined, issue: Report): void {
  const materials: unknown = content.materials;
  if (!Array.isArray(materials) || materials.length === 0) {
    issue('materials', 'material_required', 'an item must list at least one material');
    return;
  }
  const codes = new Set<string>();
  let requiredFirmMaterials = 0;
  content.materials.forEach((m, i) => {
    const at = `materials[${i}]`;
    if (typeof m !== 'object' || m === null) {
      issue(at, 'material_invalid', 'a material must be an object');
      return;
    }
    if (!isNonBlank(m.code)) issue(`${at}.code`, 'material_code_required', 'a material must have a code');
    else if (codes.has(m.code)) issue(`${at}.code`, 'material_code_duplicate', `material code ${m.code} is used twice`);
    else codes.add(m.code);
    if (!isNonBlank(m.name)) issue(`${at}.name`, 'material_name_required', 'a material must have a name');
    // An applicant must be able to tell from the catalog alone what to bring (R3.1).
    if (!isNonBlank(m.description)) issue(`${at}.description`, 'material_description_required', 'a material must say what exactly is expected');
    if (typeof m.form !== 'string' || !Object.hasOwn(MATERIAL_FORMS, m.form)) {
      issue(`${at}.form`, 'material_form_unknown', `unknown material form ${JSON.stringify(m.form)}`);
    }
    if (!Number.isInteger(m.copies) || m.copies < 1 || m.copies > MAX_MATERIAL_COPIES) {
      issue(`${at}.copies`, 'material_copies_out_of_range', `copies must be a whole number from 1 to ${MAX_MATERIAL_COPIES}, got ${JSON.stringify(m.copies)}`);
    }
    if (typeof m.required !== 'boolean') issue(`${at}.required`, 'material_flag_invalid', 'required must be true or false');
    if (typeof m.tolerable !== 'boolean') issue(`${at}.tolerable`, 'material_flag_invalid', 'tolerable must be true or false');

    if (m.tolerable === true) {
      // Tolerance waives a material the application needs; an optional one needs no waiver.
      if (m.required !== true) issue(`${at}.tolerable`, 'tolerable_not_required', `material ${label(m)} is tolerable but not required`);
      if (m.defaultSupplyDays === undefined || m.defaultSupplyDays === null) {
        issue(`${at}.defaultSupplyDays`, 'supply_days_required', `tolerable material ${label(m)} must say within how many working days it is to be supplied`);
      } else if (!Number.isInteger(m.defaultSupplyDays) || m.defaultSupplyDays < 1) {
        issue(`${at}.defaultSupplyDays`, 'supply_days_out_of_range', `supply days of ${label(m)} must be a whole number of at least 1, got ${JSON.stringify(m.defaultSupplyDays)}`);
      } else if (promisedLimitDays !== undefined && m.defaultSupplyDays > promisedLimitDays) {
        // The result is issued only once the material is in, so a later deadline would make the promise unkeepable.
        issue(
          `${at}.defaultSupplyDays`,
          'supply_days_above_promised',
          `supply days of ${label(m)} (${m.defaultSupplyDays} working days) must not exceed the promised limit (${promisedLimitDays} working days)`,
        );
      }
    } else if (m.defaultSupplyDays !== undefined && m.defaultSupplyDays !== null) {
      issue(`${at}.defaultSupplyDays`, 'supply_days_without_tolerance', `material ${label(m)} is not tolerable, so it cannot have supply days`);
    }
    if (m.required === true && m.tolerable !== true) requiredFirmMaterials++;
  });
  // Tolerance accepts an application with secondary materials missing, never an empty one.
  if (requiredFirmMaterials === 0) {
    issue('materials', 'required_material_missing', 'at least one material must be required and not tolerable');
  }
}

function validateSpecialProcedures(procedures: unknown, issue: Report): void {
  if (!Array.isArray(procedures)) {
    issue('specialProcedures', 'special_procedures_invalid', 'special procedures must be a list (empty when none)');
    return;
  }
  const kinds = new Set<string>();
  procedures.forEach((p: unknown, i) => {
    const at = `specialProcedures[${i}]`;
    if (typeof p !== 'object' || p === null) {
      issue(at, 'special_procedure_invalid', 'a special procedure must be an object');
      return;
    }
    const { kind, limitDays } = p as { kind?: unknown; limitDays?: unknown };
    if (!isSpecialProcedureKind(kind)) {
      issue(`${at}.kind`, 'special_procedure_unknown', `unknown special procedure ${JSON.stringify(kind)}; known: SITE_SURVEY, INSPECTION, TESTING, HEARING, EXPERT_REVIEW`);
    } else if (kinds.has(kind)) {
      issue(`${at}.kind`, 'special_procedure_duplicate', `special procedure ${kind} is configured twice`);
    } else {
      kinds.add(kind);
    }
    if (!Number.isInteger(limitDays) || (limitDays as number) < 1 || (limitDays as number) > MAX_SPECIAL_PROCEDURE_DAYS) {
      issue(
        `${at}.limitDays`,
        'special_procedure_limit_out_of_range',
        `a special procedure limit must be a whole number of working days from 1 to ${MAX_SPECIAL_PROCEDURE_DAYS}, got ${JSON.stringify(limitDays)}`,
      );
    } else if (isSpecialProcedureKind(kind) && limitDays !== SPECIAL_PROCEDURES[kind].defaultLimitDays && !isNonBlank((p as { legalBasis?: unknown }).legalBasis)) {
      // R2.2: each kind has the platform's one limit; another needs the law that sets it, on the item.
      issue(
        `${at}.legalBasis`,
        'special_procedure_limit_basis_required',
        `${kind} (${SPECIAL_PROCEDURES[kind].name}) is limited to ${SPECIAL_PROCEDURES[kind].defaultLimitDays} working days on the platform; a limit of ${String(limitDays)} needs the legal basis that sets it`,
      );
    }
  });
}

function isNonBlank(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

function label(m: { code?: unknown; name?: unknown }): string {
  return typeof m.name === 'string' && m.name ? `${String(m.code)} ${m.name}` : String(m.code);
}
