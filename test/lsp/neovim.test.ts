/**
 * The Neovim set-up from docs/editors.md, for real: headless Neovim loads
 * editors/neovim/scrapelint.lua, opens a damaged file, waits for diagnostics,
 * applies a quick fix. Skipped when `nvim` is not installed.
 */
import {test} from 'node:test'
import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const hasNeovim = spawnSync('nvim', ['--version']).status === 0

test('Neovim: diagnostics and a quick fix through editors/neovim/scrapelint.lua', {skip: !hasNeovim && 'nvim not installed'}, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scrapelint-nvim-'))
  const file = path.join(dir, 'page.txt')
  const out = path.join(dir, 'out.json')
  writeFileSync(file, 'See also\u00a0 the report,, today.\n')
  const lua = `
    package.path = ${JSON.stringify(path.join(ROOT, 'editors/neovim/?.lua'))} .. ';' .. package.path
    require('scrapelint').setup({cmd = {${JSON.stringify(process.execPath)}, ${JSON.stringify(path.join(ROOT, 'bin/scrapelint.js'))}, 'lsp', '--stdio'}})
    vim.cmd('edit ' .. ${JSON.stringify(file)})
    vim.wait(10000, function() return #vim.diagnostic.get(0) >= 2 end, 50)
    local diagnostics = {}
    for _, d in ipairs(vim.diagnostic.get(0)) do
      table.insert(diagnostics, {code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message})
    end
    table.sort(diagnostics, function(a, b) return a.col < b.col end)
    local target = vim.diagnostic.get(0)[1]
    local params = vim.lsp.util.make_range_params()
    params.range = {start = {line = 0, character = 20}, ['end'] = {line = 0, character = 22}}
    params.context = {diagnostics = {}}
    local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 5000) or {}
    local title
    for _, response in pairs(responses) do
      for _, action in ipairs(response.result or {}) do
        if action.kind == 'quickfix' and not title then
          title = action.title
          vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
        end
      end
    end
    local text = table.concat(vim.api.nvim_buf_get_lines(0, 0, -1, false), '\\n')
    vim.fn.writefile({vim.fn.json_encode({diagnostics = diagnostics, title = title, text = text})}, ${JSON.stringify(out)})
    vim.cmd('qa!')
  `
  const script = path.join(dir, 'check.lua')
  writeFileSync(script, lua)
  const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '--cmd', 'filetype on', '-c', `luafile ${script}`], {cwd: dir, encoding: 'utf8', timeout: 30000})
  assert.equal(result.status, 0, result.stderr)
  const report = JSON.parse(readFileSync(out, 'utf8'))
  assert.deepEqual(
    report.diagnostics.map((d: {code: string; lnum: number; col: number; end_col: number}) => [d.code, d.lnum, d.col, d.end_col]),
    // Neovim keeps byte columns: the no-break space is two bytes in UTF-8.
    [['invisible-characters', 0, 8, 10], ['doubled-punctuation', 0, 21, 23]]
  )
  assert.equal(report.title, 'Replace “,,” with “,” (doubled-punctuation)')
  assert.equal(report.text, 'See also\u00a0 the report, today.')
})

/** Run `body` (Lua) in headless Neovim with scrapelint.lua set up and `file` open; `body` fills the table `report`. */
function inNeovim(cwd: string, file: string, body: string): Record<string, unknown> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'scrapelint-nvim-script-'))
  const out = path.join(scratch, 'out.json')
  const script = path.join(scratch, 'check.lua')
  writeFileSync(
    script,
    `
    package.path = ${JSON.stringify(path.join(ROOT, 'editors/neovim/?.lua'))} .. ';' .. package.path
    require('scrapelint').setup({cmd = {${JSON.stringify(process.execPath)}, ${JSON.stringify(path.join(ROOT, 'bin/scrapelint.js'))}, 'lsp', '--stdio'}})
    vim.cmd('edit ' .. ${JSON.stringify(file)})
    local report = {}
    ${body}
    vim.fn.writefile({vim.fn.json_encode(report)}, ${JSON.stringify(out)})
    vim.cmd('qa!')
  `
  )
  const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '--cmd', 'filetype on', '-c', `luafile ${script}`], {cwd, encoding: 'utf8', timeout: 30000})
  assert.equal(result.status, 0, result.stderr)
  return JSON.parse(readFileSync(out, 'utf8'))
}

const ROOT_AND_DISABLE_TITLE = `
  vim.wait(10000, function() return #vim.diagnostic.get(0) >= 1 end, 50)
  local client = vim.lsp.get_active_clients()[1]
  report.root = client.config.root_dir
  local params = vim.lsp.util.make_range_params()
  params.range = {start = {line = 0, character = 20}, ['end'] = {line = 0, character = 22}}
  params.context = {diagnostics = {}}
  for _, response in pairs(vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 5000) or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.title:find('^Disable doubled%-punctuation') then report.disable = action.title end
    end
  end
`

test('Neovim: the root is the directory of .scrapelintrc.json (no .git), also for a file in a subdirectory', {skip: !hasNeovim && 'nvim not installed'}, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scrapelint-nvim-root-'))
  mkdirSync(path.join(dir, 'docs'))
  writeFileSync(path.join(dir, '.scrapelintrc.json'), '{"rules": {"repeated-words": "warn"}}\n')
  writeFileSync(path.join(dir, 'docs/page.txt'), 'See also\u00a0 the report,, today.\n')
  const report = inNeovim(path.join(dir, 'docs'), path.join(dir, 'docs/page.txt'), ROOT_AND_DISABLE_TITLE)
  assert.equal(report.root, dir)
  // The server got the same root: the config file is named relative to it.
  assert.equal(report.disable, 'Disable doubled-punctuation in this project (.scrapelintrc.json)')
})

test('Neovim: without .scrapelintrc.json the root is the directory holding .git', {skip: !hasNeovim && 'nvim not installed'}, () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'scrapelint-nvim-git-'))
  mkdirSync(path.join(dir, '.git'))
  mkdirSync(path.join(dir, 'docs'))
  writeFileSync(path.join(dir, 'docs/page.txt'), 'See also\u00a0 the report,, today.\n')
  const report = inNeovim(dir, path.join(dir, 'docs/page.txt'), ROOT_AND_DISABLE_TITLE)
  assert.equal(report.root, dir)
})
