export interface EditorialConfig {
  /** Past this length the editor is warned that the kicker will crowd the headline. */
  kickerSoftLimit: number;
  /** Past this length a kicker is refused. */
  kickerHardLimit: number;
}

export const DEFAULT_CONFIG: EditorialConfig = {
  kickerSoftLimit: 40,
  kickerHardLimit: 60,
};

const isPositiveInteger = (value: unknown): value is number => Number.isInteger(value) && (value as number) > 0;

/** Checked once at boot, so a typo in config/plugins.ts stops the start-up with a clear message. */
export function validateConfig(config: Partial<EditorialConfig>): void {
  const { kickerSoftLimit, kickerHardLimit } = { ...DEFAULT_CONFIG, ...config };
  if (!isPositiveInteger(kickerSoftLimit) || !isPositiveInteger(kickerHardLimit)) {
    throw new Error('editorial: kickerSoftLimit and kickerHardLimit must be positive integers.');
  }
  if (kickerSoftLimit > kickerHardLimit) {
    throw new Error('editorial: kickerSoftLimit cannot be greater than kickerHardLimit.');
  }
}

export default {
  default: DEFAULT_CONFIG,
  validator: validateConfig,
};
