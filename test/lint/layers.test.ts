// Proves the layer rules bite: each forbidden import or global, placed in the layer's folder,
// is reported by the project's own ESLint configuration (the one `npm test` runs).
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${filePath}` });
  return result!.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layer rules (desk/layers and shared globals)', () => {
  it.each([
    ['electron/core/x.ts', "import { app } from 'electron';", /may not import the package 'electron'/],
    ['electron/core/x.ts', "import { bindIpc } from '../main/ipc';", /Layer 'core' may not import from layer 'main'/],
    ['electron/core/x.ts', "const e = await import('electron');", /package 'electron'/],
    ['electron/web/x.ts', "import { ipcMain } from 'electron';", /package 'electron'/],
    ['shared/api/x.ts', "import { openCore } from '../../electron/core/core';", /Layer 'shared' may not import from layer 'core'/],
    ['shared/api/x.ts', "import { App } from '../../renderer/src/app/App';", /Layer 'shared' may not import from layer 'renderer'/],
    ['shared/api/x.ts', "import { readFileSync } from 'node:fs';", /Node built-in 'node:fs'/],
    ['shared/api/x.ts', "import path from 'path';", /Node built-in 'path'/],
    ['shared/domain/x.ts', "import { localized } from '../i18n';", /Layer 'domain' may not import from layer 'shared'/],
    ['shared/domain/x.ts', "import React from 'react';", /package 'react'/],
    ['renderer/src/x.ts', "import { openCore } from '../../electron/core/core';", /Layer 'renderer' may not import from layer 'core'/],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';", /package 'electron'/],
    ['renderer/src/x.ts', "import Database from 'better-sqlite3';", /package 'better-sqlite3'/],
    ['renderer/src/x.ts', "const fs = require('fs');", /Node built-in 'fs'/],
    ['shared/i18n/x.ts', 'export const title = document.title;', /no-restricted-globals.*no DOM globals/],
    ['shared/domain/x.ts', 'export const w = window.innerWidth;', /no DOM globals/],
    ['shared/domain/x.ts', 'export const env = process.env;', /no Node globals/],
  ])('%s: %s is refused', async (file, code, expected) => {
    expect((await problems(file, code)).join('\n')).toMatch(expected);
  });

  it.each([
    ['electron/main/x.ts', "import { app } from 'electron';\nimport { openCore } from '../core/core';\nexport { app, openCore };"],
    ['electron/core/x.ts', "import { readFileSync } from 'node:fs';\nimport { contract } from '../../shared/api';\nexport { readFileSync, contract };"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/api';\nexport const t = document.title;\nexport { contract };"],
    ['shared/api/x.ts', "import { z } from 'zod';\nimport { roles } from '../domain/roles';\nexport { z, roles };"],
    ['shared/domain/x.ts', "import { z } from 'zod';\nimport { roles } from './roles';\nexport { z, roles };"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});
