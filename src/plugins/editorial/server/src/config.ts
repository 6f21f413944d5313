import { categoryRulesProblem, type CategoryRules } from './domain/category-rules';
import { DEFAULT_STAGES, stagesProblem, type Stage } from './domain/stages';

export interface EditorialConfig {
  /** Past this length the editor is warned that the kicker will crowd the headline. */
  kickerSoftLimit: number;
  /** Past this length a kicker is refused. */
  kickerHardLimit: number;
  /** Editorial stages in order; the last is "published", the one before it the stage publishing requires. */
  stages: Stage[];
  /** Publish rules per category slug. */
  categoryRules: CategoryRules;
  /** An approved article whose title, deck, body, lead image, kicker or category changes goes back for review. */
  approvalLapses: boolean;
  /** Whether this process fires scheduled publishes (a one-off command such as the importer does not). */
  schedulerEnabled: boolean;
  /** How often due schedules are looked for; a schedule goes out within this many seconds of its time. */
  scheduleIntervalSeconds: number;
}

export interface StageInput {
  id: string;
  label: string;
  scoped?: boolean;
}

// Only scalars here: Strapi merges the user's config into these defaults with lodash's defaultsDeep, which would mix a
// shorter configured stage list with the tail of the default one. Lists get their defaults in `readConfig`.
export const DEFAULT_CONFIG = {
  kickerSoftLimit: 40,
  kickerHardLimit: 60,
  approvalLapses: true,
  schedulerEnabled: true,
  scheduleIntervalSeconds: 10,
};

/** A publish time is promised to within 30 seconds: the interval leaves room for the publish itself. */
export const MAX_SCHEDULE_INTERVAL_SECONDS = 25;

const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/** The plugin's configuration with every default applied. */
export function readConfig(raw: Partial<Omit<EditorialConfig, 'stages'> & { stages: StageInput[] }>): EditorialConfig {
  const stages = (raw.stages ?? DEFAULT_STAGES).map((stage) => ({ id: stage.id, label: stage.label, scoped: stage.scoped ?? true }));
  return { ...DEFAULT_CONFIG, ...raw, stages, categoryRules: raw.categoryRules ?? {} };
}

/** Checked once at boot, so a typo in config/plugins.ts stops the start-up with a clear message. */
export function validateConfig(config: Partial<EditorialConfig>): void {
  const { kickerSoftLimit, kickerHardLimit } = { ...DEFAULT_CONFIG, ...config };
  if (!isPositiveInteger(kickerSoftLimit) || !isPositiveInteger(kickerHardLimit)) {
    throw new Error('editorial: kickerSoftLimit and kickerHardLimit must be positive integers.');
  }
  if (config.approvalLapses !== undefined && typeof config.approvalLapses !== 'boolean') {
    throw new Error('editorial: approvalLapses must be true or false.');
  }
  if (config.schedulerEnabled !== undefined && typeof config.schedulerEnabled !== 'boolean') {
    throw new Error('editorial: schedulerEnabled must be true or false.');
  }
  const interval = config.scheduleIntervalSeconds;
  if (interval !== undefined && (!isPositiveInteger(interval) || interval > MAX_SCHEDULE_INTERVAL_SECONDS)) {
    throw new Error(`editorial: scheduleIntervalSeconds must be a whole number from 1 to ${MAX_SCHEDULE_INTERVAL_SECONDS}.`);
  }
  if (kickerSoftLimit > kickerHardLimit) {
    throw new Error('editorial: kickerSoftLimit cannot be greater than kickerHardLimit.');
  }
  const problem =
    (config.stages !== undefined && stagesProblem(config.stages)) || (config.categoryRules !== undefined && categoryRulesProblem(config.categoryRules));
  if (problem) throw new Error(`editorial: ${problem}`);
}

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
