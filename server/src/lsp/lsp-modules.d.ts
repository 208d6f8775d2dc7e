/**
 * The vscode-languageserver packages publish their types only through `exports`, which the
 * project's `moduleResolution: node` does not read. These declarations point the type
 * checker at the same files; esbuild resolves the real modules through `exports` as usual.
 * Files found by normal resolution take precedence, so this is harmless once the project
 * moves to `node16`/`bundler` resolution.
 */
declare module 'vscode-languageserver' {
  export * from 'vscode-languageserver/lib/common/api';
}
declare module 'vscode-languageserver/node' {
  export * from 'vscode-languageserver/lib/node/main';
}
declare module 'vscode-languageserver-protocol' {
  export * from 'vscode-languageserver-protocol/lib/common/api';
}
declare module 'vscode-languageserver-protocol/node' {
  export * from 'vscode-languageserver-protocol/lib/node/main';
}
declare module 'vscode-jsonrpc' {
  export * from 'vscode-jsonrpc/lib/common/api';
}
declare module 'vscode-jsonrpc/node' {
  export * from 'vscode-jsonrpc/lib/node/main';
}
