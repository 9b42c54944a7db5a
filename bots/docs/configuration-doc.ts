/**
 * docs/configuration.md, generated from the settings schema (config/env.ts) so it cannot drift:
 * every variable with its section, its default (by parsing an unset value through the schema)
 * and the comment written above it. `npm run docs:config` writes it; a test fails when the
 * committed file differs from what the schema gives.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { envSchema, SECRET_VARIABLES } from '../../config/env';

/** One documented variable. */
export interface DocumentedVariable {
  name: string;
  section: string;
  description: string;
  defaultValue: string;
  secret: boolean;
}

const ENV_SOURCE = path.join(__dirname, '..', '..', 'config', 'env.ts');

/** The variables in the order env.ts declares them, with their section and comment. */
export function documentedVariables(source = readFileSync(ENV_SOURCE, 'utf8')): DocumentedVariable[] {
  const file = ts.createSourceFile('env.ts', source, ts.ScriptTarget.ES2022, true);
  const found: DocumentedVariable[] = [];
  let section = 'General';
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && node.name.getText(file) === 'envSchema' && node.initializer && ts.isCallExpression(node.initializer)) {
      const shape = node.initializer.arguments[0];
      if (shape && ts.isObjectLiteralExpression(shape)) {
        for (const property of shape.properties) {
          if (!ts.isPropertyAssignment(property)) continue;
          let description = '';
          for (const range of ts.getLeadingCommentRanges(source, property.getFullStart()) ?? []) {
            const text = source.slice(range.pos, range.end);
            const heading = /^\/\/ --- (.+?) ---/.exec(text);
            if (heading?.[1]) section = heading[1].replace(/\s*\(.*\)$/, '');
            else if (text.startsWith('/**')) description = text.replace(/^\/\*\*|\*\/$/g, '').replace(/^\s*\*\s?/gm, '').replace(/\s+/g, ' ').trim();
          }
          const name = property.name.getText(file);
          found.push({ name, section, description, defaultValue: defaultOf(name), secret: (SECRET_VARIABLES as readonly string[]).includes(name) });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** What the schema gives an unset variable (defaults that depend on other settings say so in their comment). */
function defaultOf(name: string): string {
  const schema = envSchema.shape[name as keyof typeof envSchema.shape];
  const parsed = schema.safeParse(undefined);
  return parsed.success && parsed.data !== undefined ? `\`${String(parsed.data)}\`` : '—';
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The Markdown of docs/configuration.md. */
export function configurationDoc(variables = documentedVariables()): string {
  const lines = [
    '# Configuration',
    '',
    'Every setting is an environment variable, read and validated once by `config/settings.ts` (the schema is',
    '`config/env.ts`). A bad value stops start-up with every problem listed at once; secrets (marked 🔒) are never',
    'printed, only reported as set or not set. Every variable is optional in the sandbox; production refuses to',
    'start unsafe (see [security.md](security.md)).',
    '',
    'This page is generated from the schema by `npm run docs:config`; a test fails when it is out of date.',
  ];
  let section = '';
  for (const variable of variables) {
    if (variable.section !== section) {
      section = variable.section;
      lines.push('', `## ${section[0]?.toUpperCase()}${section.slice(1)}`, '', '| variable | default | what it does |', '| --- | --- | --- |');
    }
    lines.push(`| \`${variable.name}\`${variable.secret ? ' 🔒' : ''} | ${variable.defaultValue} | ${cell(variable.description || '—')} |`);
  }
  return `${lines.join('\n')}\n`;
}
