// @ts-check
// html-validate's settings for the built pages (tests/e2e/quality/validHtml.quality.test.ts, or
// `npx html-validate dist`). A `.mjs` rather than `.htmlvalidate.json` so each exception can
// say why it is there.

/** @type {import('html-validate').ConfigData} */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Timeline events are anchored by their date (`#2012-02-10-syrian-state-media-…`), which makes
    // permalinks readable and sortable. HTML5 allows an id to start with a digit (non-empty, no
    // whitespace, which `relaxed` still checks); the strict form only spares CSS authors an escape.
    'valid-id': ['error', { relaxed: true }],
  },
};
