import type { ShopfloorCommandName } from './parse-commands.ts';

/** GitHub's collaborator permission levels, highest first. */
export const repoPermissions = ['admin', 'maintain', 'write', 'triage', 'read', 'none'] as const;
export type RepoPermission = (typeof repoPermissions)[number];

/** Who wrote a comment, as the webhook reports it. `appId` is `performed_via_github_app.id` when an App wrote it. */
export interface CommentActor {
  readonly login: string;
  readonly type: 'User' | 'Bot' | 'Organization' | 'Mannequin';
  readonly appId?: number;
}

export interface CommandContext {
  readonly command: ShopfloorCommandName;
  readonly actor: CommentActor;
  /** From the collaborator-permission API at command time; `none` when that API failed (fail closed). */
  readonly permission: RepoPermission;
  readonly ownAppId: number;
  /** App ids (not logins: a login ending in `[bot]` proves nothing) whose comments may run commands. */
  readonly allowedBotAppIds: readonly number[];
  /** Who asked for the work and which identity did it: neither may approve it. */
  readonly requester?: string;
  readonly agentActor?: string;
  /** The change touches dangerous paths (workflows, CODEOWNERS, agent config, many deletions, package scripts). */
  readonly dangerous?: boolean;
}

/** `silent` refusals get no reply: answering our own or an unknown bot's comment is how bot loops start. */
export type Authorization = { readonly allowed: true } | { readonly allowed: false; readonly reason: string; readonly silent: boolean };

/**
 * Whether this actor may run this command now. Write or above runs commands; `approve` needs admin when
 * the change is dangerous, and never comes from the requester or the agent.
 */
export function authorizeCommand(context: CommandContext): Authorization {
  const { actor, command } = context;
  const ignored = ignoredActor(actor, context.ownAppId, context.allowedBotAppIds);
  if (ignored) return refuse(ignored, true);
  if (!atLeast(context.permission, 'write')) {
    return refuse(`@${actor.login} has ${context.permission} permission on this repository; \`/shopfloor ${command}\` needs write or above (ask a maintainer to run it)`, false);
  }
  if (command !== 'approve') return { allowed: true };
  const login = actor.login.toLowerCase();
  if (context.requester && login === context.requester.toLowerCase()) return refuse(`@${actor.login} requested this work and cannot approve it; another maintainer has to`, false);
  if (context.agentActor && login === context.agentActor.toLowerCase()) return refuse('the agent cannot approve its own work', false);
  if (context.dangerous && !atLeast(context.permission, 'admin')) {
    return refuse(`this change touches dangerous paths, so approving it needs admin permission; @${actor.login} has ${context.permission}`, false);
  }
  return { allowed: true };
}

/** Why a comment's author is ignored outright (no API call, no reply), or undefined for a person or allowlisted App. */
export function ignoredActor(actor: CommentActor, ownAppId: number, allowedBotAppIds: readonly number[]): string | undefined {
  if (actor.appId !== undefined && actor.appId === ownAppId) return 'the comment was written by Shopfloor itself';
  if (actor.type !== 'Bot' && actor.appId === undefined) return undefined;
  return actor.appId !== undefined && allowedBotAppIds.includes(actor.appId) ? undefined : `bot ${actor.login} is not allowlisted by App id`;
}

export function atLeast(permission: RepoPermission, wanted: RepoPermission): boolean {
  return repoPermissions.indexOf(permission) <= repoPermissions.indexOf(wanted);
}

function refuse(reason: string, silent: boolean): Authorization {
  return { allowed: false, reason, silent };
}
