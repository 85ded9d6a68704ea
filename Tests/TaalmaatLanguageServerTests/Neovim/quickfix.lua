-- End-to-end check with Neovim's built-in LSP client (Neovim 0.7 or newer).
--
-- Run by NeovimTests.swift:
--   nvim --headless --clean -n -i NONE -c "luafile quickfix.lua"
-- with these environment variables:
--   TAALMAAT_EXECUTABLE   the built `taalmaat` program (started as `taalmaat lsp`)
--   TAALMAAT_NVIM_LETTER  the letter to open (a .txt file)
--   TAALMAAT_NVIM_RESULT  where to write the result (JSON)
--
-- The script opens the letter, waits for diagnostics, asks for code actions at the
-- first `woord.ambtelijk` finding, applies the first quick fix, waits for the new
-- diagnostics and writes what it saw. Exit status: 0 = done, 1 = a step failed
-- (the reason is in the result file under "error").

local executable = os.getenv("TAALMAAT_EXECUTABLE")
local letter = os.getenv("TAALMAAT_NVIM_LETTER")
local result_path = os.getenv("TAALMAAT_NVIM_RESULT")

local result = { steps = {} }
local client_id = nil

local function step(name)
  table.insert(result.steps, name)
end

local function write_result()
  local file = assert(io.open(result_path, "w"))
  file:write(vim.fn.json_encode(result))
  file:close()
end

local function finish(status)
  if client_id then
    vim.lsp.stop_client(client_id)
    vim.wait(5000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20)
  end
  write_result()
  if status == 0 then
    vim.cmd("qall!")
  else
    vim.cmd(status .. "cquit!")
  end
end

local function fail(message)
  result.error = message
  finish(1)
end

-- Stop whatever happens after a minute.
vim.defer_fn(function() fail("timeout: the script did not finish within 60 seconds") end, 60000)

local function codes(diagnostics)
  local list = {}
  for _, d in ipairs(diagnostics) do
    table.insert(list, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or "")
  end
  return list
end

local function has_code(diagnostics, code)
  for _, c in ipairs(codes(diagnostics)) do
    if c == code then return true end
  end
  return false
end

local function run()
  if not executable or not letter or not result_path then
    return fail("TAALMAAT_EXECUTABLE, TAALMAAT_NVIM_LETTER and TAALMAAT_NVIM_RESULT must be set")
  end
  result.nvim_version = tostring(vim.version().major) .. "." .. vim.version().minor .. "." .. vim.version().patch

  vim.cmd("edit " .. vim.fn.fnameescape(letter))
  local bufnr = vim.api.nvim_get_current_buf()
  step("opened")

  local raw_published = {}
  client_id = vim.lsp.start_client({
    name = "taalmaat",
    cmd = { executable, "lsp" },
    root_dir = vim.fn.fnamemodify(letter, ":h"),
    handlers = {
      ["textDocument/publishDiagnostics"] = function(err, params, ctx, config)
        table.insert(raw_published, params)
        return vim.lsp.diagnostic.on_publish_diagnostics(err, params, ctx, config)
      end,
    },
    on_exit = function(code, signal)
      result.server_exit = { code = code, signal = signal }
    end,
  })
  if not client_id then return fail("vim.lsp.start_client returned nil") end
  if not vim.lsp.buf_attach_client(bufnr, client_id) then return fail("buf_attach_client failed") end
  step("attached")

  -- 1. Diagnostics for the letter.
  local ok = vim.wait(30000, function() return has_code(vim.diagnostic.get(bufnr), "woord.ambtelijk") end, 20)
  if not ok then return fail("no woord.ambtelijk diagnostic within 30 seconds") end
  local before = vim.diagnostic.get(bufnr)
  result.codes_before = codes(before)
  result.diagnostics_before = {}
  local target = nil
  for _, d in ipairs(before) do
    table.insert(result.diagnostics_before, {
      code = d.code, lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, message = d.message,
    })
    if d.code == "woord.ambtelijk" and target == nil then target = d end
  end
  if target == nil then return fail("woord.ambtelijk diagnostic without a code field") end
  step("diagnostics")

  -- 2. Code actions at the finding.
  local lsp_diagnostics = {}
  for _, d in ipairs(raw_published[#raw_published].diagnostics) do
    if d.code == "woord.ambtelijk" then table.insert(lsp_diagnostics, d) end
  end
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = {
      start = { line = target.lnum, character = target.col },
      ["end"] = { line = target.lnum, character = target.col },
    },
    context = { diagnostics = lsp_diagnostics },
  }
  local responses, request_error = vim.lsp.buf_request_sync(bufnr, "textDocument/codeAction", params, 10000)
  if not responses then return fail("codeAction request failed: " .. tostring(request_error)) end
  local response = responses[client_id]
  if not response or response.err then
    return fail("codeAction error: " .. vim.inspect(response and response.err))
  end
  result.action_titles = {}
  local quickfix = nil
  for _, action in ipairs(response.result or {}) do
    table.insert(result.action_titles, action.title)
    if quickfix == nil and action.kind == "quickfix" and action.edit then quickfix = action end
  end
  if quickfix == nil then return fail("no quick fix with an edit among the code actions") end
  result.applied = quickfix.title
  step("code actions")

  -- 3. Apply the first quick fix, as the editor would.
  vim.lsp.util.apply_workspace_edit(quickfix.edit, "utf-16")
  step("applied")

  -- 4. The buffer change goes to the server; wait for diagnostics without the finding.
  local published = #raw_published
  ok = vim.wait(30000, function()
    return #raw_published > published and not has_code(vim.diagnostic.get(bufnr), "woord.ambtelijk")
  end, 20)
  result.codes_after = codes(vim.diagnostic.get(bufnr))
  if not ok then return fail("the finding was still reported after the quick fix") end
  step("rechecked")

  result.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  finish(0)
end

local ok, err = xpcall(run, debug.traceback)
if not ok then fail("Lua error: " .. tostring(err)) end
