import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { siteStringKeys } from './src/i18n/site-strings';

// Our own UI strings live beside Starlight's in content/i18n/<lang>.json, and every key is
// required: a language that lacks one fails the build.
const siteStrings = z.object(
	Object.fromEntries(siteStringKeys.map((key) => [key, z.string().min(1)]))
);

export const collections = {
	docs: defineCollection({
		loader: docsLoader(),
		schema: docsSchema({
			extend: z.object({
				description: z.string().min(1),
				// The words shoppers search with for this page (synonyms, the other register, common
				// misspellings), comma-separated: indexed by Pagefind as weighted metadata, never shown.
				keywords: z.string().min(1).optional(),
			}),
		}),
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema({ extend: siteStrings }) }),
};
