// @joplin/turndown-plugin-gfm ships no types; this is the part we use.
declare module '@joplin/turndown-plugin-gfm' {
  import type TurndownService from 'turndown';
  export const gfm: TurndownService.Plugin;
}
