/**
 * Emergency telephone numbers by region. The person picks a region (or the app infers it from the
 * browser's time zone and languages); the emergency screens show a call button for that region's
 * number. When the region is unknown they show the main numbers side by side rather than one
 * guess: 112 reaches emergency services across Europe, but not on every network in North America.
 */

export const EMERGENCY_NUMBERS = {
  UK: '999',
  IE: '112',
  EU: '112',
  US: '911',
  CA: '911',
  AU: '000',
  NZ: '111',
  IN: '112',
} as const;
export type Region = keyof typeof EMERGENCY_NUMBERS;

export const REGION_NAMES: Record<Region, string> = {
  UK: 'United Kingdom',
  IE: 'Ireland',
  EU: 'European Union',
  US: 'United States',
  CA: 'Canada',
  AU: 'Australia',
  NZ: 'New Zealand',
  IN: 'India',
};

/** A number to call and where it is answered, as a call button shows it. */
export interface CallNumber {
  number: string;
  where: string;
}

/** What an emergency screen offers when the region is unknown: one button each. */
export const MAIN_EMERGENCY_NUMBERS: readonly CallNumber[] = [
  { number: '999', where: 'UK' },
  { number: '911', where: 'US and Canada' },
  { number: '112', where: 'Europe' },
  { number: '000', where: 'Australia' },
];

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && Object.hasOwn(EMERGENCY_NUMBERS, value);
}

/** The number to call in `region`. */
export function emergencyNumber(region: Region): string {
  return EMERGENCY_NUMBERS[region];
}

/** The numbers an emergency screen offers: the region's own, or the main ones when unknown. */
export function callNumbers(region?: string): readonly CallNumber[] {
  return isRegion(region)
    ? [{ number: EMERGENCY_NUMBERS[region], where: REGION_NAMES[region] }]
    : MAIN_EMERGENCY_NUMBERS;
}

/**
 * How an action names the number: the region's own number when it is known, otherwise the common
 * ones, so a person who set no region still reads a number they can dial.
 */
export function emergencyNumberPhrase(region?: string): string {
  if (isRegion(region)) return EMERGENCY_NUMBERS[region];
  return 'your local emergency number (999 in the UK, 911 in the US and Canada, 112 across Europe, 000 in Australia)';
}
