/** Shopfloor's version; a test keeps it equal to package.json's. */
export const shopfloorVersion = '0.1.0';
