-- Runs inside headless Neovim (see neovim.test.ts) with the set-up from
-- docs/editors.md as its init file and a packet as its first file. It does
-- what a user would: edit, wait for the problem to be underlined, pick the
-- quick fix from the code action menu. Every wait is on editor state
-- (vim.wait polls a condition while the event loop runs); the result goes to
-- $HANDOFF_NVIM_OUT as JSON for the test to check.
local out_path = assert(os.getenv('HANDOFF_NVIM_OUT'), 'HANDOFF_NVIM_OUT is not set')
local timeout = tonumber(os.getenv('HANDOFF_NVIM_TIMEOUT') or '20000')
local result = {}

local function finish(code)
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(code == 0 and 'qall!' or ('cquit! ' .. code))
end

local function wait(what, cond)
  if not vim.wait(timeout, cond, 20) then
    result.failed = 'timed out waiting for ' .. what
    finish(1)
  end
end

-- Counted from the first publish on: this file runs before the event loop
-- has handled anything from the server, so none can be missed.
local publishes = 0
local publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, params, ctx, config)
  publishes = publishes + 1
  return publish(err, params, ctx, config)
end

local ok, err = pcall(function()
  local buf = vim.api.nvim_get_current_buf()
  wait('the server to attach', function() return #vim.lsp.buf_get_clients(buf) > 0 end)
  wait('the first diagnostics', function() return publishes > 0 end)
  result.initial = #vim.diagnostic.get(buf)

  -- The edit: a typo in an action's authority.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local lnum
  for i, line in ipairs(lines) do
    if line:match('^%s+authority: approval$') then lnum = i break end
  end
  assert(lnum, 'no `authority: approval` line in the packet')
  result.line = lnum
  vim.api.nvim_buf_set_lines(buf, lnum - 1, lnum, false, { (lines[lnum]:gsub('approval', 'aproval')) })

  local problem
  wait('the typo to be reported', function()
    for _, d in ipairs(vim.diagnostic.get(buf, { lnum = lnum - 1 })) do
      if d.message:find('aproval', 1, true) then problem = d return true end
    end
    return false
  end)
  result.problem = { message = problem.message, line = problem.lnum + 1, severity = problem.severity }

  -- The quick fix, as picked from the code action menu on that line.
  vim.api.nvim_win_set_cursor(0, { lnum, problem.col })
  vim.ui.select = function(items, _, on_choice)
    result.offered = {}
    local pick
    for i, item in ipairs(items) do
      local action = item.action or item[2]
      table.insert(result.offered, action.title)
      if action.title == 'Change to `approval`' then pick = i end
    end
    if pick then on_choice(items[pick], pick) else on_choice(nil, nil) end
  end
  vim.lsp.buf.code_action()
  wait('the fix to be applied', function()
    return vim.api.nvim_buf_get_lines(buf, lnum - 1, lnum, false)[1]:match('authority: approval$') ~= nil
  end)
  wait('the problem to go away', function() return #vim.diagnostic.get(buf) == result.initial end)
  result.text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), '\n') .. '\n'

  -- Plain YAML is left alone: the set-up attaches by file name.
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('HANDOFF_NVIM_PLAIN')))
  result.plainYamlClients = #vim.lsp.buf_get_clients(vim.api.nvim_get_current_buf())
end)
if not ok then result.failed = tostring(err) finish(1) end
finish(0)
