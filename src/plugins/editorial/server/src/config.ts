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
};

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
