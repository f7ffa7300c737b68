// The components that guides use to show a fact from src/data instead of retyping it.
export { default as ChatPath } from './ChatPath.astro';
export { default as Figure } from './Figure.astro';
export { default as PhoneNumber } from './PhoneNumber.astro';
export { default as PostalAddress } from './PostalAddress.astro';
export { default as SourceList } from './SourceList.astro';
export { default as UiLabel } from './UiLabel.astro';
