/** The antenna mark beside the name; decorative, so hidden from assistive technology. */
export function AntenneMark() {
  return (
    <svg
      className="antenne-mark"
      viewBox="0 0 32 32"
      width="36"
      height="36"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2.4"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M16 14 10 29M16 14l6 15M12.2 24h7.6" />
      <circle cx="16" cy="11" r="2.6" fill="currentColor" stroke="none" />
      <path d="M10.3 5.3a8 8 0 0 0 0 11.4M21.7 5.3a8 8 0 0 1 0 11.4M6.8 2a13 13 0 0 0 0 18M25.2 2a13 13 0 0 1 0 18" />
    </svg>
  );
}
