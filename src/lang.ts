/** The languages gecc speaks: every text a user reads exists in each. */
export type Lang = 'th' | 'en';
