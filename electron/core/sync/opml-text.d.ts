/** `.opml` files are bundled as text (esbuild `loader: { '.opml': 'text' }`). */
declare module '*.opml' {
  const text: string;
  export default text;
}
