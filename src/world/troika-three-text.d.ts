// troika-three-text ships no types; drei depends on it and renders every <Text> with it. Only the
// function the loader calls is declared here.
declare module 'troika-three-text' {
  export function getTextRenderInfo(
    args: { font?: string; text: string; gpuAccelerateSDF?: boolean },
    callback: (info: object) => void,
  ): void;
}
