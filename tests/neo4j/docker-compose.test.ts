// docker-compose.yml: Neo4j 5.26 with a health check, loopback-only ports, no password in the file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/neo4j/config.ts';

interface Service {
  image?: string;
  environment?: Record<string, string>;
  ports?: string[];
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition: string }>;
  command?: string[];
}

const text = readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8');
const services = (parse(text) as { services: Record<string, Service> }).services;

describe('docker-compose.yml', () => {
  it('runs Neo4j 5.26 community with a health check', () => {
    expect(services.neo4j?.image).toMatch(/^neo4j:5\.26(\.\d+)?-community$/);
    expect(services.neo4j?.healthcheck?.test?.join(' ')).toMatch(/cypher-shell|wget|curl/);
  });

  it('publishes every port on 127.0.0.1 only', () => {
    const published = Object.values(services).flatMap((service) => service.ports ?? []);
    expect(published.length).toBeGreaterThan(0);
    for (const port of published) expect(port).toMatch(/^127\.0\.0\.1:/);
  });

  it('takes every password from the environment (.env), none written in the file', () => {
    const secrets = Object.values(services).flatMap((service) =>
      Object.entries(service.environment ?? {}).filter(([name]) => /PASSWORD|AUTH/.test(name)),
    );
    expect(secrets.length).toBeGreaterThan(0);
    for (const [, value] of secrets) expect(value).toMatch(/^(neo4j\/)?\$\{NEO4J_PASSWORD[:?}]/);
    expect(text).not.toMatch(/password\s*[:=]\s*["'][^"'$]{6,}["']/i);
  });

  it('starts seed and viewer once Neo4j is healthy, the viewer after seeding', () => {
    for (const name of ['seed', 'viewer']) {
      expect(services[name]?.depends_on?.neo4j?.condition).toBe('service_healthy');
      expect(services[name]?.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    }
    expect(services.viewer?.depends_on?.seed?.condition).toBe('service_completed_successfully');
    expect(services.seed?.command?.join(' ')).toContain('node bin/kg.js seed');
    expect(services.viewer?.command?.join(' ')).toContain('serve --host 0.0.0.0');
  });
});
