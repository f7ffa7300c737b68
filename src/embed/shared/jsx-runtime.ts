// In the answer file, `preact/jsx-runtime` is this module (see vite.config.ts).
import { shared } from '../packs/registry';

const { runtime } = shared();
export const { Fragment, jsx, jsxs, jsxDEV } = runtime;
