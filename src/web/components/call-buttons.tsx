/**
 * The emergency call button of every emergency screen (the check's and "I have a spasm now"'s):
 * the region's own number when it is known, else one button for each of the main numbers, since
 * no single number is answered everywhere (112 is not on every North American network).
 */
import { callNumbers, type Region } from '../../core/triage/emergency-numbers.js';
import './call-buttons.css';

/** A phone handset. */
export function PhoneIcon() {
  return (
    <svg
      width="28"
      height="28"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M5 3.5h3.5l1.8 4.6-2.3 1.5a11 11 0 0 0 6.4 6.4l1.5-2.3 4.6 1.8V19a1.5 1.5 0 0 1-1.6 1.5A16.5 16.5 0 0 1 3.5 5.1 1.5 1.5 0 0 1 5 3.5Z" />
    </svg>
  );
}

/** "Call 999 now", or "Call your emergency number now" while the region is unknown. */
export function callHeading(region: Region | undefined): string {
  const numbers = callNumbers(region);
  const only = numbers.length === 1 ? numbers[0] : undefined;
  return only === undefined ? 'Call your emergency number now' : `Call ${only.number} now`;
}

export function CallButtons({ region }: { region: Region | undefined }) {
  const numbers = callNumbers(region);
  const only = numbers.length === 1 ? numbers[0] : undefined;
  if (only !== undefined) {
    return (
      <a class="call-button" href={`tel:${only.number}`}>
        <PhoneIcon />
        <span>Call {only.number}</span>
      </a>
    );
  }
  return (
    <div class="call-choices">
      <p class="call-choices-lead">Tap the number for where you are:</p>
      <ul class="call-buttons" aria-label="Emergency numbers">
        {numbers.map((n) => (
          <li key={n.number}>
            <a class="call-button call-button-small" href={`tel:${n.number}`}>
              <PhoneIcon />
              <span>
                Call {n.number} <span class="call-where">{n.where}</span>
              </span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
