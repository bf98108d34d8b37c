/** How an item's content is stored as a ServiceItemVersion row, with its derived search columns. */
import type { ServiceItemContent } from '../domain/catalog/types.js';
import { toleranceAllowed } from '../domain/catalog/types.js';
import type { Prisma } from './client.js';

export function versionFields(content: ServiceItemContent) {
  return {
    name: content.name,
    itemType: content.itemType,
    channels: content.channels,
    statutoryLimitDays: content.statutoryLimitDays,
    promisedLimitDays: content.promisedLimitDays,
    conditions: content.conditions,
    legalBasis: content.legalBasis,
    resultType: content.resultType,
    fee: content.fee,
    materials: content.materials as unknown as Prisma.InputJsonValue,
    specialProcedures: content.specialProcedures as unknown as Prisma.InputJsonValue,
    toleranceAllowed: toleranceAllowed(content),
    specialProcedureKinds: content.specialProcedures.map((p) => p.kind),
  };
}
