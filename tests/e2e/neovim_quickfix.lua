-- Headless Neovim 0.7 applying dash-lsp's "Merge into one callback" quick fix.
-- Inputs (environment): DASH_LSP_PYTHON, DASH_LSP_ROOT, DASH_LSP_RESULT.
-- Does what `:lua vim.lsp.buf.code_action()` does on the duplicate-output squiggle, picks
-- the merge, writes every changed buffer, and records the diagnostics before and after.

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

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function codes(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(found, code_of(d))
  end
  table.sort(found)
  return found
end

local function has(bufnr, wanted)
  for _, code in ipairs(codes(bufnr)) do
    if code == wanted then return true end
  end
  return false
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
  -- As a user's config does: every Python buffer attaches to the server.
  vim.api.nvim_create_autocmd("BufReadPost", {
    pattern = "*.py",
    callback = function(args) vim.lsp.buf_attach_client(args.buf, client_id) end,
  })
  vim.lsp.buf_attach_client(bufnr, client_id)

  result.ready = vim.wait(20000, function() return has(bufnr, "DASH001") end, 20)
  vim.wait(300)
  result.before = codes(bufnr)

  local duplicate
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == "DASH001" then duplicate = d end
  end
  if not duplicate then return end
  -- What vim.lsp.buf.code_action() sends in 0.7: the cursor's range and the line's diagnostics.
  vim.api.nvim_win_set_cursor(0, { duplicate.lnum + 1, duplicate.col })
  local params = vim.lsp.util.make_range_params()
  params.context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr) }
  local responses, request_error = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 10000)
  if request_error then table.insert(result.errors, request_error) end
  responses = responses or {}
  result.titles = {}
  local chosen
  for _, response in pairs(responses) do
    if response.err then table.insert(result.errors, vim.inspect(response.err)) end
    for _, action in ipairs(response.result or {}) do
      table.insert(result.titles, action.title)
      if action.title == "Merge into one callback" then chosen = action end
    end
  end
  if not chosen then return end
  local client = vim.lsp.get_client_by_id(client_id)
  vim.lsp.util.apply_workspace_edit(chosen.edit, client.offset_encoding)
  vim.cmd("silent! wall")

  result.cured = vim.wait(20000, function() return not has(bufnr, "DASH001") end, 20)
  vim.wait(300)
  result.after = codes(bufnr)

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
