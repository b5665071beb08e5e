// The marker deciding whether Maven must (re)fetch the Neo4j jars.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runtimeLibsComplete } from '../../src/neo4j/runtime-libs.ts';

describe('runtimeLibsComplete', () => {
  let dir: string;
  let pom: string;
  let lib: string;
  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kg-libs-'));
    pom = path.join(dir, 'pom.xml');
    lib = path.join(dir, 'lib');
    await fs.writeFile(pom, '<project><version>1</version></project>');
    await fs.mkdir(lib);
  });
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  const markFor = (text: string) => fs.writeFile(path.join(lib, '.complete-pom-sha256'), createHash('sha256').update(text).digest('hex'));

  it('is false without a marker, even when jars are present', async () => {
    await fs.writeFile(path.join(lib, 'neo4j-kernel.jar'), '');
    expect(await runtimeLibsComplete(lib, pom)).toBe(false);
  });

  it('is true when the marker matches the pom', async () => {
    await markFor('<project><version>1</version></project>');
    expect(await runtimeLibsComplete(lib, pom)).toBe(true);
  });

  it('is false once the pom changes', async () => {
    await markFor('<project><version>1</version></project>');
    await fs.writeFile(pom, '<project><version>2</version></project>');
    expect(await runtimeLibsComplete(lib, pom)).toBe(false);
  });
});
