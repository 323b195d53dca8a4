/** Types for the modules Vite makes at build time. */
declare module 'virtual:unknot-search-index' {
  /** The MiniSearch index over all content, serialised by `serialiseIndex`. */
  const json: string;
  export default json;
}
