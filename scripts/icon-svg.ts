/**
 * The app icon as SVG: a coupon (a ticket with semicircle notches and a perforation line) in
 * Weixin green carrying 券. The glyph is drawn as strokes, not text, so rendering needs no CJK
 * font on the build machine.
 */
export const WEIXIN_GREEN = '#07C160';

/** The 1024×1024 icon source. */
export function iconSvg(): string {
  // Ticket body with notches on left and right edges at the perforation height.
  const ticket =
    'M 176 232 H 848 a 56 56 0 0 1 56 56 V 440 a 72 72 0 0 0 0 144 V 736 a 56 56 0 0 1 -56 56 H 176 ' +
    'a 56 56 0 0 1 -56 -56 V 584 a 72 72 0 0 0 0 -144 V 288 a 56 56 0 0 1 56 -56 Z';
  // 券: 丷, two horizontals, 丿 and ㇏ (the 人 of 龹), then 刀 below. Coordinates on the 1024 grid.
  const strokes = [
    'M 434 292 L 458 330', // left dot
    'M 590 292 L 566 330', // right dot
    'M 408 370 H 616', // upper horizontal
    'M 380 432 H 644', // lower horizontal
    'M 512 356 V 432 Q 500 500 372 556', // 丿
    'M 528 462 Q 580 528 668 556', // ㇏
    'M 430 566 H 604 V 704 Q 604 730 570 722', // 𠃌 of 刀
    'M 514 594 Q 506 676 430 724', // 丿 of 刀
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1024" height="1024" viewBox="0 0 1024 1024">
  <path d="${ticket}" fill="${WEIXIN_GREEN}"/>
  <line x1="760" y1="272" x2="760" y2="752" stroke="#ffffff" stroke-opacity="0.6" stroke-width="10" stroke-dasharray="26 22"/>
  <g transform="translate(-56 0)" fill="none" stroke="#ffffff" stroke-width="40" stroke-linecap="round" stroke-linejoin="round">
    ${strokes.map((d) => `<path d="${d}"/>`).join('\n    ')}
  </g>
</svg>
`;
}
