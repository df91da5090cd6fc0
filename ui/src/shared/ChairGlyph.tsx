// The app's mark: a simple chair drawn as inline SVG, coloured by the surrounding text.
export function ChairGlyph({ className }: { className?: string }) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d="M7 3h10v8H7z" />
      <path d="M5 11h14v3H5z" />
      <path d="M7 14v7M17 14v7M7 18h10" />
    </svg>
  );
}
