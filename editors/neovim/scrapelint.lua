-- scrapelint language server for Neovim.
--
--   require('scrapelint').setup({
--     cmd = {'scrapelint', 'lsp', '--stdio'},   -- or {'npx', 'scrapelint', 'lsp', '--stdio'}
--     filetypes = {'text', 'markdown'},
--     settings = {rules = {['irregular-spacing'] = 'off'}, maxFileSize = 2097152},
--   })
--
-- Uses vim.lsp.start (Neovim 0.8+); on Neovim 0.7 it falls back to
-- vim.lsp.start_client + vim.lsp.buf_attach_client.
local M = {}

-- The project root: the directory holding the nearest .scrapelintrc.json, else the one holding .git.
local function root_dir(buffer)
  local name = vim.api.nvim_buf_get_name(buffer)
  local start = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  local config = vim.fn.findfile('.scrapelintrc.json', start .. ';')
  if config ~= '' then return vim.fn.fnamemodify(config, ':p:h') end
  -- ':p' of a directory ends in '/', so ':h' only drops that slash and a second ':h' drops '.git'.
  local git = vim.fn.finddir('.git', start .. ';')
  if git ~= '' then return vim.fn.fnamemodify(git, ':p:h:h') end
  return start
end

function M.setup(opts)
  opts = opts or {}
  local client_id
  vim.api.nvim_create_autocmd('FileType', {
    pattern = opts.filetypes or {'text', 'markdown'},
    callback = function(args)
      local config = {
        name = 'scrapelint',
        cmd = opts.cmd or {'scrapelint', 'lsp', '--stdio'},
        root_dir = root_dir(args.buf),
        -- Answered to the server's workspace/configuration requests (section "scrapelint").
        settings = {scrapelint = opts.settings or {}},
      }
      if vim.lsp.start then
        vim.lsp.start(config)
      else
        client_id = client_id or vim.lsp.start_client(config)
        vim.lsp.buf_attach_client(args.buf, client_id)
      end
    end,
  })
end

return M
