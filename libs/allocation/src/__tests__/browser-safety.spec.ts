import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web app runs this library for what-if previews: no Node built-ins outside tests. */
describe('libs/allocation stays browser-safe', () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '__tests__') walk(path);
      } else if (name.endsWith('.ts')) files.push(path);
    }
  };
  walk(root);

  it('has source files to check', () => expect(files.length).toBeGreaterThan(10));

  it.each(files.map((f) => [f.slice(root.length)]))('%s imports no node: module and no I/O globals', (rel) => {
    const text = readFileSync(join(root, rel), 'utf8');
    expect(text).not.toMatch(/from ['"](node:|fs['"]|path['"]|os['"])/);
    expect(text).not.toMatch(/\b(Date\.now|Math\.random|process\.)/);
  });
});
