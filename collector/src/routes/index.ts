// Every route plugin, in the order the app registers them (app.ts).
import type { FastifyPluginAsync } from 'fastify';
import { adminRoutes } from './admin.js';
import { adminAppRoutes } from './admin-app.js';
import { auditRoutes } from './audit.js';
import { creditsAdminRoutes, creditsRoutes } from './credits.js';
import { creditsPreviewRoutes } from './credits-preview.js';
import { definitionAdminRoutes, definitionRoutes } from './definitions.js';
import { erasureRoutes } from './erasure.js';
import { impactRoutes } from './impact.js';
import { impactLinkRoutes } from './impact-links.js';
import { manageRoutes, staffConsentRoutes } from './manage.js';
import { overviewRoutes } from './overview.js';
import { resultRoutes } from './results.js';
import { sessionRoutes } from './session.js';
import { staffRoutes } from './staff.js';
import { submissionRoutes } from './submissions.js';
import { themeRoutes } from './themes.js';

/** What widgets, pages and the back office's files call: no sign-in (each route checks what it needs). */
export const PUBLIC_ROUTES: FastifyPluginAsync[] = [
  submissionRoutes,
  manageRoutes,
  definitionRoutes,
  impactRoutes,
  creditsRoutes,
  adminAppRoutes,
];

/** The staff API, under /v1/admin, behind sign-in (staff/auth.ts). */
export const ADMIN_ROUTES: FastifyPluginAsync[] = [
  sessionRoutes,
  staffRoutes,
  auditRoutes,
  adminRoutes,
  staffConsentRoutes,
  definitionAdminRoutes,
  impactLinkRoutes,
  creditsAdminRoutes,
  erasureRoutes,
  resultRoutes,
  themeRoutes,
  overviewRoutes,
  creditsPreviewRoutes,
];
