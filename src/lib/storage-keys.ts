/**
 * The names this app stores under in localStorage and sessionStorage. A file of its own, importing
 * nothing, because the build's config reads it too (app/opening-guard.ts).
 */
export const SAVED_SCENARIOS_KEY = 'kimi-cost-calculator:scenarios';
/** What versions before the list of recent scenarios kept: one scenario as link text. */
export const LEGACY_SCENARIO_KEY = 'kimi-cost-calculator:scenario';
export const ROUTES_BLOB_PREFIX = 'kimi-cost-calculator:routes:';
/** Per tab (sessionStorage): which saved scenario this tab edits, and the text it last wrote. */
export const TAB_KEY = 'kimi-cost-calculator:tab';
