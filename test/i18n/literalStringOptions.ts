// What counts as a user-visible literal in the renderer (eslint-plugin-i18next's no-literal-string).
// 'jsx-only' checks JSX text and string literals anywhere inside JSX; `jsx-attributes.include`
// narrows the attributes checked to the ones a person sees or a screen reader speaks, so class
// names, ids, roles, test ids and event names are never reported and need no per-line disabling.
export const LITERAL_STRING_OPTIONS = {
  mode: 'jsx-only',
  'jsx-attributes': {
    include: [
      'aria-label',
      'aria-description',
      'aria-roledescription',
      'aria-placeholder',
      'aria-valuetext',
      'title',
      'placeholder',
      'alt',
      'label',
      'heading',
      'message',
      'description',
    ],
  },
  words: {
    // Punctuation, digits and symbols alone (· / — …) are not words to translate.
    exclude: ['[0-9\\s!-/:-@[-`{-~·–—…×←→↑↓▸▾✓✕◆]+'],
  },
} as const;
