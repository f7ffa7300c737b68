/** Fills {placeholders} in a sentence; an unknown placeholder is left as it is. */
export function fill(template: string, values: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
		Object.hasOwn(values, key) ? String(values[key]) : whole
	);
}
