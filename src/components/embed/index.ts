// The embed guide's components: live demos, snippets from the site's address, the problem values.
export { default as EmbedCode } from './EmbedCode.astro';
export { default as EmbedDemo } from './EmbedDemo.astro';
export { default as ProblemIds } from './ProblemIds.astro';
