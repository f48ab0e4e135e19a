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

local function root_dir(buffer)
  local name = vim.api.nvim_buf_get_name(buffer)
  local start = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  local marker = vim.fn.findfile('.scrapelintrc.json', start .. ';')
  if marker == '' then marker = vim.fn.finddir('.git', start .. ';') end
  if marker == '' then return start end
  return vim.fn.fnamemodify(marker, ':p:h:h')
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
