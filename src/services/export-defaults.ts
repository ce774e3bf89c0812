/** Defaults for ClaimReview exports until the user sets them in Settings. */
export const DEFAULT_ORGANISATION = 'Unnamed fact-checking desk';
export const DEFAULT_BASE_URL = 'https://example.org/claims/';
