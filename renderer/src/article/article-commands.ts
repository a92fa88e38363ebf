/** What the open article view lends the keyboard: the reader's `v` and `f` act on the article on screen. */
export interface ArticleCommands {
  openOriginal: () => void;
  fetchFullText: () => void;
}
