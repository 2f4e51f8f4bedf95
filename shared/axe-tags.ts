/** The axe rule tags every component and story must pass: WCAG 2.2 A and AA, best practice and AAA. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice', 'wcag2aaa'];
