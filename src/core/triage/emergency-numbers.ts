/**
 * Emergency telephone numbers by region. The person picks a region in settings; the emergency
 * result shows a call button for that region's number. 112 is the fallback because it reaches
 * emergency services across Europe and from most mobile phones elsewhere.
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

export const FALLBACK_EMERGENCY_NUMBER = '112';

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && Object.hasOwn(EMERGENCY_NUMBERS, value);
}

/** The number to call in `region`; 112 when the region is unknown or not set. */
export function emergencyNumber(region?: string): string {
  return isRegion(region) ? EMERGENCY_NUMBERS[region] : FALLBACK_EMERGENCY_NUMBER;
}

/**
 * How an action names the number: the region's own number when it is known, otherwise the common
 * ones, so a person who set no region still reads a number they can dial.
 */
export function emergencyNumberPhrase(region?: string): string {
  if (isRegion(region)) return EMERGENCY_NUMBERS[region];
  return 'your local emergency number (999 in the UK, 911 in the US and Canada, 112 across Europe, 000 in Australia)';
}
