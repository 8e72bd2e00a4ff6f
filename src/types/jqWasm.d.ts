// Typings for jq-wasm's Emscripten factory (jq 1.7 compiled to WebAssembly, wasm embedded).
declare module 'jq-wasm/dist/build/jq.js' {
  interface JqModule {
    raw(input: string, filter: string, flags?: string[]): Promise<string>;
  }
  const factory: (moduleArg?: Record<string, unknown>) => Promise<JqModule>;
  export default factory;
}
