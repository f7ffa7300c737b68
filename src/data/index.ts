/** Every fact the site states, each tied to its source. Guides show them through components. */
export * from './sources';
export * from './interface-labels';
export * from './contact';
export * from './deadlines';
export * from './channels';
