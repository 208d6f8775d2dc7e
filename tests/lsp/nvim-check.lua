-- Headless Neovim (0.7+) as a second, non-VS Code client of the speechcheck server:
--   SPEECHCHECK_SERVER=dist/server.js SPEECHCHECK_OUT=out.json \
--     nvim --headless --clean -u tests/lsp/nvim-check.lua draft.txt
-- Starts the server over stdio, waits for its published diagnostics, applies the preferred
-- quick fix of the first date-format finding, and writes what it saw to SPEECHCHECK_OUT.
local server = os.getenv('SPEECHCHECK_SERVER') or 'dist/server.js'
local out_path = os.getenv('SPEECHCHECK_OUT') or 'nvim-check.json'
local result = { diagnostics = {}, actions = {}, errors = {} }

local function finish()
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd('qa!')
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  -- The 0.7 form; with 0.8+ `vim.lsp.start{...}` does the start and attach in one call.
  local client_id = vim.lsp.start_client({
    name = 'speechcheck',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.getcwd(),
    settings = { speechcheck = { languages = { 'speech-draft', 'text' } } },
  })
  assert(client_id, 'the server did not start')
  vim.lsp.buf_attach_client(bufnr, client_id)

  local got = vim.wait(15000, function()
    return #vim.diagnostic.get(bufnr) > 0
  end, 50)
  assert(got, 'no diagnostics within 15 s')

  local date
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(result.diagnostics, {
      code = lsp.code,
      source = d.source,
      lnum = d.lnum,
      col = d.col,
      end_col = d.end_col,
      severity = d.severity,
      message = d.message,
    })
    if lsp.code == 'date-format' and not date then
      -- Neovim keeps byte columns; the server wants the LSP diagnostic back, in UTF-16.
      local function utf16(lnum, col)
        local text = vim.api.nvim_buf_get_lines(bufnr, lnum, lnum + 1, false)[1] or ''
        local _, units = vim.str_utfindex(text, col)
        return { line = lnum, character = units }
      end
      date = {
        range = { start = utf16(d.lnum, d.col), ['end'] = utf16(d.end_lnum, d.end_col) },
        severity = d.severity,
        code = lsp.code,
        source = d.source,
        message = d.message,
        data = lsp.data,
      }
    end
  end

  if date then
    local client = vim.lsp.get_client_by_id(client_id)
    local response = client.request_sync('textDocument/codeAction', {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      range = date.range,
      context = { diagnostics = { date } },
    }, 5000, bufnr)
    assert(response and response.result, 'no code actions: ' .. vim.inspect(response))
    local preferred
    for _, action in ipairs(response.result) do
      table.insert(result.actions, action.title)
      if action.isPreferred and action.edit and not preferred then preferred = action end
    end
    if preferred then
      result.applied = preferred.title
      vim.lsp.util.apply_workspace_edit(preferred.edit, client.offset_encoding or 'utf-16')
    end
    result.fixed_line = vim.api.nvim_buf_get_lines(bufnr, date.range.start.line, date.range.start.line + 1, false)[1]
  end
end

-- `-u` runs before the file is loaded: start once Neovim has opened it.
vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(run)
    if not ok then table.insert(result.errors, tostring(err)) end
    finish()
  end,
})
