/**
 * One icon per disposition, each a different shape (warning sign, clock, calendar, house) so the
 * result reads without colour. Always shown beside the words; hidden from screen readers.
 */
import type { ComponentChildren } from 'preact';
import type { Disposition } from '../../core/triage/dispositions.js';

const SHAPES: Record<Disposition, ComponentChildren> = {
  emergency: (
    <>
      <path d="M12 3 2.5 20h19L12 3Z" />
      <path d="M12 10v4.5" />
      <path d="M12 17.2v.1" />
    </>
  ),
  urgent: (
    <>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7v5l3.5 2.5" />
    </>
  ),
  soon: (
    <>
      <rect x="3.5" y="5" width="17" height="15" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
      <path d="M8 14h2M14 14h2M8 17h2" />
    </>
  ),
  self_care: (
    <>
      <path d="M3.5 11 12 4l8.5 7" />
      <path d="M6 9.5V20h12V9.5" />
      <path d="M10 20v-5h4v5" />
    </>
  ),
};

export function DispositionIcon({
  disposition,
  size = 28,
}: {
  disposition: Disposition;
  size?: number;
}) {
  return (
    <svg
      class={`check-icon check-icon-${disposition}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
      aria-hidden="true"
      focusable="false"
      data-icon={disposition}
    >
      {SHAPES[disposition]}
    </svg>
  );
}
