// In the answer file, `preact` is this module (see vite.config.ts): the language file's Preact.
import { shared } from '../packs/registry';

const { preact } = shared();
export const { Component, Fragment, createElement, createRef, h, options, render } = preact;
