/**
 * Flags of the Temporal dev server the platform starts (`npm start`, the bench's stack, the API and
 * end-to-end tests' server), beyond its ports and files.
 */
import { searchAttributeFlags } from './search-attributes.js';

/**
 * Dynamic configuration: eager activity execution, so an activity a workflow task schedules (the
 * projection's or the hand-over's durable fallback) starts on the same worker in the task's answer,
 * without a round trip through the matching service. Production clusters set the same key.
 */
export const DEV_SERVER_DYNAMIC_CONFIG: Record<string, string> = {
  'system.enableActivityEagerExecution': 'true',
};

export function dynamicConfigFlags(): string[] {
  return Object.entries(DEV_SERVER_DYNAMIC_CONFIG).flatMap(([k, v]) => ['--dynamic-config-value', `${k}=${v}`]);
}

/** Search attributes (the one list, workflows/search-attributes.ts) and dynamic configuration. */
export function devServerFlags(): string[] {
  return [...searchAttributeFlags(), ...dynamicConfigFlags()];
}
