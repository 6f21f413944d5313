export const PLUGIN_ID = 'editorial';
export const KICKER_UID = 'api::kicker.kicker';

export const MESSAGES = {
  kickerEmpty: 'A kicker needs a label.',
  kickerTooLong: (limit: number) => `A kicker is at most ${limit} characters: it sits above the headline.`,
} as const;
