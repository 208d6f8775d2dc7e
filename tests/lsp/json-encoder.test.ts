import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Message } from 'vscode-languageserver/node';
import { utf8JsonEncoder } from '../../server/src/lsp/json-encoder';

/** What vscode-jsonrpc's own encoder sends: the server's must put the same bytes on the wire. */
const libraryBytes = (msg: unknown) => Buffer.from(JSON.stringify(msg), 'utf-8');

describe('the stdio writer\'s JSON encoder', () => {
  it('gives the library encoder\'s bytes for any message text, lone surrogates included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), async (a, b) => {
        const msg = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params: { message: a, other: [b, `“${b}”`] } };
        const bytes = await utf8JsonEncoder.encode(msg as unknown as Message);
        expect(Buffer.from(bytes).equals(libraryBytes(msg))).toBe(true);
      }),
    );
  });

  it('encodes a diagnostic in Chinese as UTF-8', async () => {
    const msg = { jsonrpc: '2.0', method: 'x', params: { message: '未填写的占位符“XX”' } };
    const bytes = await utf8JsonEncoder.encode(msg as unknown as Message);
    expect(new TextDecoder().decode(bytes)).toBe(JSON.stringify(msg));
    expect(bytes.byteLength).toBe(Buffer.byteLength(JSON.stringify(msg)));
  });

  it('rejects what JSON cannot hold instead of throwing', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    await expect(utf8JsonEncoder.encode(cyclic as unknown as Message)).rejects.toThrow();
  });
});
