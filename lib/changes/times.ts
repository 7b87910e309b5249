// The two times a comparison can be on (pure, no dependency: the dashboard's bundle reads it).
export const CHANGE_TIMES = ['knowledge', 'event'] as const;
export type ChangeTime = (typeof CHANGE_TIMES)[number];
