import type { ReactNode } from 'react';

/** Stroke icons drawn inline (24×24 grid): no font or file to load under the CSP. */
const PATHS = {
  ticket: <path d="M4 7a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v2a2 2 0 0 0 0 4v2a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2v-2a2 2 0 0 0 0-4Zm10-2v12" />,
  history: <path d="M3 12a9 9 0 1 0 3-6.7M3 4v4h4m5-1v5l3 2" />,
  user: <path d="M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0" />,
  terminal: <path d="M4 5h16v14H4Zm3 4 3 3-3 3m5 0h5" />,
  settings: (
    <path d="M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm7.4-3a7.4 7.4 0 0 0-.1-1.3l2-1.6-2-3.4-2.4 1a7.3 7.3 0 0 0-2.2-1.3L14.3 3h-4l-.4 2.4a7.3 7.3 0 0 0-2.2 1.3l-2.4-1-2 3.4 2 1.6a7.4 7.4 0 0 0 0 2.6l-2 1.6 2 3.4 2.4-1a7.3 7.3 0 0 0 2.2 1.3l.4 2.4h4l.4-2.4a7.3 7.3 0 0 0 2.2-1.3l2.4 1 2-3.4-2-1.6c.1-.4.1-.9.1-1.3Z" />
  ),
  plus: <path d="M12 5v14M5 12h14" />,
  copy: <path d="M9 9h10v10H9Zm-4 6V5h10" />,
  trash: <path d="M4 7h16M10 11v6m4-6v6M6 7l1 12h10l1-12M9 7V4h6v3" />,
  chevronDown: <path d="m6 9 6 6 6-6" />,
  chevronRight: <path d="m9 6 6 6-6 6" />,
  chevronLeft: <path d="m15 6-6 6 6 6" />,
  check: <path d="m5 12 5 5 9-10" />,
  warning: <path d="M12 4 2.5 20h19Zm0 6v4m0 3v.5" />,
  error: <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm-3-12 6 6m0-6-6 6" />,
  info: <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-10v6m0-9v.5" />,
  image: <path d="M4 5h16v14H4Zm0 11 4-4 3 3 4-5 5 6M9 10a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z" />,
  upload: <path d="M12 16V4m-5 5 5-5 5 5M4 16v4h16v-4" />,
  download: <path d="M12 4v12m-5-5 5 5 5-5M4 16v4h16v-4" />,
  more: <path d="M5 12h.01M12 12h.01M19 12h.01" />,
  edit: <path d="m4 20 1-4L16 5l3 3L8 19Zm10-13 3 3" />,
  undo: <path d="M9 14 4 9l5-5M4 9h10a6 6 0 0 1 0 12h-3" />,
  refresh: <path d="M20 12a8 8 0 1 1-2.34-5.66M20 4v4.5h-4.5" />,
  close: <path d="m6 6 12 12M18 6 6 18" />,
  folder: <path d="M3 6h6l2 2h10v11H3Z" />,
  qrcode: <path d="M4 4h6v6H4Zm10 0h6v6h-6ZM4 14h6v6H4Zm10 0h2v2h-2Zm4 0h2v2h-2Zm-4 4h2v2h-2Zm4 0h2v2h-2ZM6.5 6.5h1v1h-1Zm10 0h1v1h-1Zm-10 10h1v1h-1Z" />,
  barcode: <path d="M4 5v14m3-14v10m3-10v10m3-10v10m3-10v10m4-10v14M7 19h1m2 0h1m2 0h1m2 0h1" />,
  textCode: <path d="M4 7h16v10H4Zm3 5h.01m3 0h.01m3 0h.01m3 0h.01" />,
  noCode: <path d="M5 5l14 14M4 7h3m13 0v10m-3 0H4V10" />,
  store: <path d="M4 9 5 4h14l1 5M4 9a2.7 2.7 0 0 0 5.3 0 2.7 2.7 0 0 0 5.4 0A2.7 2.7 0 0 0 20 9M5 11v9h14v-9m-9 9v-5h4v5" />,
  clock: <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18Zm0-13v4l3 2" />,
  phone: <path d="M7 3h10v18H7Zm4 15h2" />,
  link: <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />,
  cloud: <path d="M7 18a4 4 0 0 1-.6-8A6 6 0 0 1 18 9a4.5 4.5 0 0 1-.5 9Z" />,
  cloudOff: <path d="M4 4l16 16M7 18a4 4 0 0 1-.6-8 6 6 0 0 1 2-3M11.5 5.2A6 6 0 0 1 18 9a4.5 4.5 0 0 1 2.6 7.4M16 18H7" />,
  play: <path d="M8 5.5v13l10.5-6.5Z" />,
  pause: <path d="M8 5v14m8-14v14" />,
  send: <path d="M4 12 20 4l-4 16-4-7Zm8 1 8-9" />,
  search: <path d="M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14Zm5-2 4 4" />,
  flag: <path d="M5 21V4m0 0h11l-2 4 2 4H5" />,
  globe: <path d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM3 12h18M12 3c2.5 2.5 3.5 5.5 3.5 9s-1 6.5-3.5 9c-2.5-2.5-3.5-5.5-3.5-9s1-6.5 3.5-9Z" />,
} satisfies Record<string, ReactNode>;

/** The name of a built-in icon. */
export type IconName = keyof typeof PATHS;

/** A decorative icon (aria-hidden): the text next to it carries the meaning. */
export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
