/** docs/configuration.md is what the settings schema gives, and every variable is explained. */
import fs from 'node:fs';
import path from 'node:path';
import { configurationDoc, documentedVariables } from '../../bots/docs/configuration-doc';
import { envSchema } from '../../config/env';

describe('docs/configuration.md', () => {
  it('lists every variable of the schema, each with what it does', () => {
    const variables = documentedVariables();
    expect(variables.map((v) => v.name).sort()).toEqual(Object.keys(envSchema.shape).sort());
    expect(variables.filter((v) => !v.description).map((v) => v.name)).toEqual([]);
    expect(variables.find((v) => v.name === 'HANDOFF_SLA_MINUTES')).toMatchObject({ defaultValue: '`10`', secret: false });
    expect(variables.find((v) => v.name === 'TWILIO_AUTH_TOKEN')).toMatchObject({ secret: true });
  });

  it('is up to date (run `npm run docs:config` after changing config/env.ts)', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'configuration.md'), 'utf8');
    expect(committed).toBe(configurationDoc());
  });
});
