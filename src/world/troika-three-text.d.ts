// troika-three-text ships no types; drei depends on it and renders every <Text> with it. Only the
// one function the loader calls is declared here.
declare module 'troika-three-text' {
  export function preloadFont(
    options: { font?: string; characters?: string | string[]; sdfGlyphSize?: number },
    callback: () => void,
  ): void;
}
