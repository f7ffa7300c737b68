/**
 * html-validate over the build (tests/site/html-validate.test.ts). The recommended rules, minus
 * the ones below, each for the reason given: what they flag is markup we do not write (Astro's
 * serializer, Starlight's components) and that every browser reads the same way.
 */
module.exports = {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      // Astro writes its island style (`astro-island{display:contents}`) as a <style> in <body>,
      // next to the first island. Browsers apply it; we cannot move it.
      style: { flow: true },
      // Expressive Code (Starlight's code blocks) writes each line of code as <div>s inside
      // <code>, and its copy button holds an empty <div> for its icon.
      code: { permittedContent: ['@flow'] },
      button: { permittedContent: ['@flow'] },
    },
  ],
  rules: {
    // Astro's serializer writes void elements self-closed (`<meta … />`): both forms are HTML.
    'void-style': 'off',
    // Starlight's own buttons (the mobile menu toggle) have no `type`; they sit outside any
    // form, where the default `submit` does nothing. Our buttons set it.
    'no-implicit-button-type': 'off',
    // Starlight renders two "On this page" navigations (one for narrow screens, one for wide),
    // and CSS shows only one; its right-hand sidebar is an unlabelled <aside>.
    'unique-landmark': 'off',
    // Starlight's <Steps> sets `role="list"` on purpose: Safari drops list semantics from a
    // list styled with `list-style: none`.
    'no-redundant-role': 'off',
    // Expressive Code's copy button is named by its `title`, which this rule does not count;
    // axe's `button-name` and `link-name` check every accessible name in the browser instead,
    // on every page, in both themes (tests/e2e/a11y.test.ts).
    'text-content': 'off',
    // Kept on, with HTML5's rule for ids (any characters but spaces): Starlight's `#_top`.
    'valid-id': ['error', { relaxed: true }],
    // Kept on, minus the links whose CSS keeps the number on one line (`white-space: nowrap`:
    // `.phone` in PhoneNumber.astro, `.finder-phone` in finder.css): a non-breaking hyphen
    // (U+2011) in the text would not dial if a reader copied it.
    'tel-non-breaking': ['error', { ignoreClasses: ['phone', 'finder-phone'] }],
  },
};
