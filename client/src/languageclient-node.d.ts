// tsconfig resolves modules the classic Node way, which ignores package.json "exports";
// vscode-languageclient 10+ publishes its Node entry only there. esbuild follows "exports".
declare module 'vscode-languageclient/node' {
  export * from 'vscode-languageclient/lib/node/main';
}
