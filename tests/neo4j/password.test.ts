// The managed server's random password must be one argument neo4j-admin reads as a value.
import { describe, expect, it } from 'vitest';
import { newPassword } from '../../src/neo4j/managed.ts';

describe('newPassword', () => {
  it('never starts with "-" (neo4j-admin would take it for an option) and differs each time', () => {
    const passwords = Array.from({ length: 2000 }, newPassword);
    expect(passwords.filter((password) => !/^[A-Za-z][A-Za-z0-9_-]{20,}$/.test(password))).toEqual([]);
    expect(new Set(passwords).size).toBe(passwords.length);
  });
});
