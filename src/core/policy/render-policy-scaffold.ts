import { policyApiVersion } from './policy-schema.ts';

/**
 * A commented starting point for `.github/shopfloor.yml`. It is valid as written; every section says
 * what it controls. Gate commands are guessed from what the repository has (`npm test` when there is a
 * package.json), and left for the user to adjust.
 */
export function renderPolicyScaffold(options: { testCommand?: string; schemaRef?: string } = {}): string {
  const test = options.testCommand ?? 'npm test';
  return `# yaml-language-server: $schema=${options.schemaRef ?? './shopfloor.schema.json'}
# Shopfloor repository policy. Read from the default branch only, never from a pull request.
apiVersion: ${policyApiVersion}

# Gates run by \`shopfloor verify\`, as a DAG: a gate starts when every gate it needs has passed.
# Built-in gates (scope, dependencies, secrets, test-first) need no declaration.
gates:
  - id: test
    run: ${test}
    kind: unit
    timeout: 10m
    retries: 1          # a fail-then-pass is recorded as flaky

# The canary runs on main after each merge; a critical flow going red triggers culprit finding.
# canary:
#   build: npm run build
#   flows:
#     - id: smoke
#       run: node scripts/smoke.js
#       critical: true
#       repeat: 2

# When the bot may merge on its own.
merge:
  method: merge
  allowFlaky: false
  # approvals:
  #   - paths: ["src/security/**"]
  #     count: 1

# New or changed dependencies must be on this list and older than the cooldown.
dependencies:
  allow: []
  cooldown: 7d

# Keys whose signed VerificationReports are trusted (\`shopfloor verify --sign\` prints its key).
# signers:
#   - keyId: ci-2026
#     publicKey: MCowBQYDK2VwAyEA...

# Automatic reverts of culprits found by the canary.
revert:
  enabled: true
  maxPerDay: 3
  maxAge: 7d
  optOutLabel: no-auto-revert
`;
}
