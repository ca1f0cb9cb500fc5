-- Headless Neovim 0.7 driving dash-lsp through its built-in LSP client.
-- Inputs (environment): DASH_LSP_PYTHON, DASH_LSP_ROOT, DASH_LSP_RESULT.
-- Writes what a user would see (diagnostics, underlines, a hover, where `gd` lands, completion, what
-- F2 renames) as JSON and quits.

local python = os.getenv("DASH_LSP_PYTHON")
local root = os.getenv("DASH_LSP_ROOT")
local result_path = os.getenv("DASH_LSP_RESULT")
local result = { errors = {} }

local function finish()
  local file = io.open(result_path, "w")
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd("qall!")
end

-- The underline highlights vim.diagnostic drew: the squiggles themselves.
local function underlines(bufnr)
  local found = {}
  for _, namespace in pairs(vim.diagnostic.get_namespaces()) do
    local ns = namespace.user_data and namespace.user_data.underline_ns
    if ns then
      for _, mark in ipairs(vim.api.nvim_buf_get_extmarks(bufnr, ns, 0, -1, { details = true })) do
        local group = mark[4].hl_group
        if group and group:match("^DiagnosticUnderline") then
          table.insert(found, { line = mark[2], col = mark[3], end_col = mark[4].end_col, group = group })
        end
      end
    end
  end
  return found
end

local function run()
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({
    name = "dash-lsp",
    cmd = { python, "-m", "dash_lsp", "serve" },
    root_dir = root,
    on_error = function(code, err)
      table.insert(result.errors, tostring(code) .. ": " .. vim.inspect(err))
    end,
  })
  vim.lsp.buf_attach_client(bufnr, client_id)

  result.ready = vim.wait(20000, function()
    return #vim.diagnostic.get(bufnr) >= 2
  end, 20)
  -- Let a second publication (if any) land before reading.
  vim.wait(300)

  result.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(result.diagnostics, {
      lnum = d.lnum, col = d.col, end_col = d.end_col, severity = d.severity,
      code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code),
      source = d.source, message = d.message,
    })
  end
  result.underlines = underlines(bufnr)

  -- Hover where the duplicate-output squiggle is, as `K` would.
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == "DASH001" then
      vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col + 1 })
      local params = vim.lsp.util.make_position_params()
      local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/hover", params, 10000) or {}
      for _, response in pairs(responses) do
        if response.result and response.result.contents then
          result.hover = response.result.contents.value
        end
      end
    end
  end

  -- `gd` on the graph's id of that callback: to the component carrying it, in layout.py.
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == "DASH001" then
      local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
      vim.api.nvim_win_set_cursor(0, { d.lnum + 1, line:find("ids.GRAPH", 1, true) + 3 })
      vim.lsp.buf.definition()
      vim.wait(10000, function() return vim.api.nvim_buf_get_name(0):match("layout%.py$") ~= nil end, 20)
      local cursor = vim.api.nvim_win_get_cursor(0)
      result.definition = { file = vim.api.nvim_buf_get_name(0), line = cursor[1] - 1, col = cursor[2],
                            text = vim.api.nvim_get_current_line() }
      vim.api.nvim_set_current_buf(bufnr)
    end
  end

  -- Completion of an id being typed at the end of app.py (the client sends the edit itself).
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { "", 'Input("temp' })
  local responses = vim.lsp.buf_request_sync(bufnr, "textDocument/completion", {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = last + 1, character = 11 },
  }, 10000) or {}
  result.completion = {}
  for _, response in pairs(responses) do
    local items = response.result and (response.result.items or response.result) or {}
    for _, item in ipairs(items) do
      table.insert(result.completion, item.label)
    end
  end

  -- F2 on `ids.GRAPH` in that callback: the one literal in ids.py changes, in its buffer.
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    if code == "DASH001" and not result.renamed then
      local line = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
      vim.api.nvim_win_set_cursor(0, { d.lnum + 1, line:find("ids.GRAPH", 1, true) + 5 })
      vim.lsp.buf.rename("weather-graph")
      local ids = vim.fn.bufadd(root .. "/ids.py")
      vim.wait(10000, function()
        return vim.api.nvim_buf_is_loaded(ids) and table.concat(vim.api.nvim_buf_get_lines(ids, 0, -1, false), "\n"):find("weather%-graph") ~= nil
      end, 20)
      result.renamed = vim.api.nvim_buf_is_loaded(ids) and vim.api.nvim_buf_get_lines(ids, 0, -1, false) or {}
      result.renamed_from = vim.api.nvim_buf_get_lines(bufnr, d.lnum, d.lnum + 1, false)[1]
    end
  end

  vim.lsp.stop_client(client_id)
  vim.wait(2000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
end

vim.api.nvim_create_autocmd("VimEnter", {
  callback = function()
    local ok, err = pcall(run)
    if not ok then
      table.insert(result.errors, tostring(err))
    end
    finish()
  end,
})
