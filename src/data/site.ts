/**
 * The site's public address: set SITE_URL when deploying. The embed's links to guides and the
 * sitemap are built from it; the default serves `npm start` on this machine.
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:4321').replace(/\/$/, '');
