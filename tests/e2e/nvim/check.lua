-- A second real client for the language server: headless Neovim (0.7's built-in LSP
-- client; 0.8+ would use vim.lsp.start). Usage, from tests/e2e/run.mjs:
--   SPEECHCHECK_SERVER=dist/server.js nvim --headless --clean -u tests/e2e/nvim/check.lua draft.txt
-- Prints the diagnostics, applies the quick fix of the date-format finding, prints the fixed
-- line, and exits 0 only when diagnostics arrived and the fix changed exactly that date.
local server = os.getenv('SPEECHCHECK_SERVER') or 'dist/server.js'
local function out(s) io.stdout:write(s .. '\n') end
local function fail(msg)
  out('FAIL: ' .. msg)
  vim.cmd('cquit 1')
end

-- -u runs before the file named on the command line is loaded: start once it is.
local function main()
  local buf = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = 'speechcheck',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.getcwd(),
    -- A .txt buffer's filetype is "text"; the server checks speech-draft documents.
    get_language_id = function() return 'speech-draft' end,
  })
  if not client_id then fail('the server did not start') end
  vim.lsp.buf_attach_client(buf, client_id)

  local function code_of(d)
    return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  end
  local function by_code(code)
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if code_of(d) == code then return d end
    end
  end

  local ok = vim.wait(30000, function() return by_code('placeholder') ~= nil and by_code('date-format') ~= nil end, 100)
  local diags = vim.diagnostic.get(buf)
  out('diagnostics: ' .. #diags)
  for _, d in ipairs(diags) do
    out(string.format('  %d:%d %s %s %s', d.lnum + 1, d.col + 1, d.source or '', code_of(d), d.message))
  end
  if not ok then fail('no placeholder/date-format diagnostics within 30 s') end

  local d = by_code('date-format')
  -- vim.diagnostic positions are byte columns; LSP wants UTF-16. Rebuild the LSP diagnostic
  -- (0.7 keeps only code/data/tags under user_data.lsp).
  local function utf16(lnum, col)
    local line = vim.api.nvim_buf_get_lines(buf, lnum, lnum + 1, false)[1] or ''
    local _, u16 = vim.str_utfindex(line, math.min(col, #line))
    return u16
  end
  local range = {
    start = { line = d.lnum, character = utf16(d.lnum, d.col) },
    ['end'] = { line = d.end_lnum, character = utf16(d.end_lnum, d.end_col) },
  }
  local lsp = (d.user_data and d.user_data.lsp) or {}
  local lsp_diag = { range = range, message = d.message, source = d.source, code = code_of(d),
                     severity = d.severity, data = lsp.data, codeDescription = lsp.codeDescription }
  local params = {
    textDocument = vim.lsp.util.make_text_document_params(buf),
    range = range,
    context = { diagnostics = { lsp_diag }, only = { 'quickfix' } },
  }
  local before = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/codeAction', params, 10000) or {}
  local action
  for _, r in pairs(responses) do
    for _, a in ipairs(r.result or {}) do
      if a.edit and (a.isPreferred or not action) then action = a end
    end
  end
  if not action then fail('no code action with an edit for date-format') end
  out('code action: ' .. action.title)
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  local after = vim.api.nvim_buf_get_lines(buf, d.lnum, d.lnum + 1, false)[1]
  out('fixed line: ' .. after)
  local expected = before:gsub('2024%-03%-29', '2024年3月29日', 1)
  if after ~= expected then fail('the fix changed more or less than the date: ' .. after) end
  vim.lsp.stop_client(client_id)
  vim.cmd('qall!')
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    local ok, err = pcall(main)
    if not ok then fail(tostring(err)) end
  end,
})
