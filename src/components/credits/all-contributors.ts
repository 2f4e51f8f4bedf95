import type { CreditRole } from './roles.js';
import type { Contributor, CreditChoice, CreditsData } from '../../contract/credits.js';

/** One entry of an `.all-contributorsrc` file. */
export interface AllContributorsEntry {
  login?: string;
  name?: string;
  profile?: string;
  avatar_url?: string;
  contributions?: (string | { type: string; url?: string })[];
}

/** The parts of an `.all-contributorsrc` file the converter reads. */
export interface AllContributorsConfig {
  projectName?: string;
  contributors?: AllContributorsEntry[];
}

export interface FromAllContributorsOptions {
  /** The heading for the credits. */
  title?: string;
  /**
   * How to credit everyone. Default `full`, as All Contributors already shows them by name;
   * change people one by one afterwards as they ask.
   */
  credit?: Extract<CreditChoice, 'full' | 'first-name' | 'initials' | 'anonymous'>;
}

/** All Contributors types that match a built-in role. */
const builtIn: Record<string, string> = {
  a11y: 'accessibility-review',
  blog: 'writing',
  content: 'writing',
  doc: 'writing',
  tutorial: 'writing',
  design: 'co-design',
  eventOrganizing: 'event-organising',
  financial: 'funding',
  fundingFinding: 'funding',
  projectManagement: 'coordination',
  translation: 'translation',
  video: 'photography-film',
};

/** The other All Contributors types become custom roles with these words. */
const custom: Record<string, string> = {
  audio: 'Audio',
  bug: 'Bug reports',
  business: 'Business development',
  code: 'Code',
  data: 'Data',
  example: 'Examples',
  ideas: 'Ideas and feedback',
  infra: 'Infrastructure',
  maintenance: 'Maintenance',
  mentoring: 'Mentoring',
  platform: 'Packaging',
  plugin: 'Plugins',
  promotion: 'Promotion',
  question: 'Answering questions',
  research: 'Research',
  review: 'Reviewing changes',
  security: 'Security',
  talk: 'Talks',
  test: 'Tests',
  tool: 'Tools',
  userTesting: 'User testing',
};

const kebab = (type: string) => type.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The role of every type the converter does not know: words, not the raw type. */
const OTHER = 'other';
const OTHER_WORDS = 'Other contributions';

/**
 * Converts the contents of an `.all-contributorsrc` file into `<cp-credits>` data. Contribution
 * types become roles: the closest built-in role where there is a fair match (`a11y` →
 * accessibility review, `doc` → writing, `projectManagement` → coordination, …), and otherwise a
 * custom role with the type's own words (`code` → "Code"). A type All Contributors does not
 * list (a typo, or one added since) goes under "Other contributions" (role id `other`), and a
 * console warning names it for the page author. Names fall back to the login; profile links are
 * kept; avatars are dropped.
 */
export function fromAllContributors(
  config: AllContributorsConfig,
  options: FromAllContributorsOptions = {},
): CreditsData {
  const roles: Record<string, CreditRole> = {};
  const unknown = new Set<string>();
  const contributors = (config.contributors ?? []).flatMap((entry): Contributor[] => {
    const name = (entry.name || entry.login || '').trim();
    if (!name) return [];
    const types = (entry.contributions ?? []).map((item) => (typeof item === 'string' ? item : item?.type));
    const ids = types.filter(Boolean).map((type) => {
      if (Object.hasOwn(builtIn, type)) return builtIn[type];
      if (!Object.hasOwn(custom, type)) {
        unknown.add(type);
        return OTHER;
      }
      const id = kebab(type);
      roles[id] = { label: custom[type], allContributors: type };
      return id;
    });
    const c: Contributor = { name, credit: options.credit ?? 'full', roles: [...new Set(ids)] };
    if (entry.login) c.id = entry.login;
    if (entry.profile && /^https?:\/\//.test(entry.profile)) c.url = entry.profile;
    return [c];
  });
  if (unknown.size) {
    // Last, so its heading comes after the others. Its words can be changed in the data's roles.
    roles[OTHER] = { label: OTHER_WORDS };
    for (const type of unknown)
      console.warn(
        `coproduce-kit: fromAllContributors: unknown All Contributors type "${type}", shown as "${OTHER_WORDS}"`,
      );
  }
  return {
    ...(options.title && { title: options.title }),
    contributors,
    ...(Object.keys(roles).length && { roles }),
  };
}
