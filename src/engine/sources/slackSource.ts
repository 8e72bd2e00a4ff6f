import { goMarshal, goMarshalString } from '../json/goJson';
import {
  BuildError,
  checkMaxPayload,
  hasSecret,
  header,
  NoEvent,
  type Builder,
  type BuildCtx,
} from './builderKit';
import { compactGoJson, parseQuery } from './goHttp';
import { f, GoDecodeError, reencode, type GoType } from './goStruct';
import { field, parseJsonTree, plainValue, type JsonNode } from './jsonTree';
import { SLACK_SLASH_COMMAND_FIELDS } from './sourceStructs';
import { routeHeaders } from './webhookRoute';
import { parseJson } from '../../lib/jsonValue';

// github.com/slack-go/slack v0.27.0 slackevents/inner_events.go: the structs inner events decode into.
const EDITED: GoType = { ptr: { struct: [f('user', 'string'), f('ts', 'string')] } };
const ICON: GoType = {
  ptr: { struct: [f('icon_url', 'string', true), f('icon_emoji', 'string', true)] },
};
const MSG: GoType = {
  ptr: {
    name: 'Msg',
    struct: [
      ...['client_msg_id', 'type', 'channel', 'user', 'text', 'ts', 'thread_ts'].map((n) =>
        f(n, 'string', true),
      ),
      f('is_starred', 'bool', true),
      f('pinned_to', { slice: 'string' }, true),
      f('attachments', 'raw', true),
      f('edited', EDITED, true),
      f('last_read', 'string', true),
      f('subscribed', 'bool', true),
      f('unread_count', 'int', true),
      f('subtype', 'string', true),
      f('hidden', 'bool', true),
      f('deleted_ts', 'string', true),
      f('event_ts', 'string', true),
      f('bot_id', 'string', true),
      f('username', 'string', true),
      f('icons', ICON, true),
      f('bot_profile', 'raw', true),
      ...['trigger_id', 'workflow_id', 'inviter', 'topic', 'purpose', 'name', 'old_name'].map((n) =>
        f(n, 'string', true),
      ),
      f('members', { slice: 'string' }, true),
      f('reply_count', 'int', true),
      f('reply_users', { slice: 'string' }, true),
      f('replies', 'raw', true),
      f('parent_user_id', 'string', true),
      f('latest_reply', 'string', true),
      f('files', 'raw', true),
      f('upload', 'bool', true),
      f('comment', 'raw', true),
      f('item_type', 'string', true),
      f('reply_to', 'int', true),
      f('team', 'string', true),
      f('reactions', 'raw', true),
      f('response_type', 'string', true),
      f('replace_original', 'bool'),
      f('delete_original', 'bool'),
      f('metadata', { struct: [f('event_type', 'string'), f('event_payload', { map: 'any' })] }),
      f('blocks', 'raw', true),
      f('permalink', 'string', true),
    ],
  },
};

const INNER: Record<string, GoType> = {
  app_mention: {
    struct: [
      ...['type', 'user', 'text', 'ts', 'thread_ts', 'channel', 'event_ts'].map((n) =>
        f(n, 'string'),
      ),
      f('user_team', 'string', true),
      f('source_team', 'string', true),
      f('bot_id', 'string', true),
      f('blocks', 'raw', true),
      f('attachments', 'raw', true),
      f('files', 'raw', true),
      f('upload', 'bool', true),
      f('edited', EDITED, true),
      f('assistant_thread', 'raw', true),
    ],
  },
  message: {
    struct: [
      ...['client_msg_id', 'type', 'user', 'text'].map((n) => f(n, 'string')),
      f('blocks', 'raw', true),
      ...['thread_ts', 'ts', 'channel', 'channel_type', 'event_ts'].map((n) => f(n, 'string')),
      f('user_team', 'string', true),
      f('source_team', 'string', true),
      f('message', MSG, true),
      f('root', MSG, true),
      f('previous_message', MSG, true),
      f('deleted_ts', 'string', true),
      f('subtype', 'string', true),
      f('bot_id', 'string', true),
      f('username', 'string', true),
      f('icons', ICON, true),
      f('workflow_id', 'string', true),
      f('assistant_thread', 'raw', true),
      f('room', 'raw', true),
      f('no_notifications', 'bool', true),
      f('permalink', 'string', true),
    ],
  },
  member_joined_channel: {
    struct: ['type', 'user', 'channel', 'channel_type', 'team', 'inviter', 'event_ts'].map((n) =>
      f(n, 'string'),
    ),
  },
  app_home_opened: {
    struct: [
      ...['type', 'user', 'channel', 'event_ts', 'tab'].map((n) => f(n, 'string')),
      f('view', 'raw', true),
    ],
  },
  channel_created: {
    struct: [
      f('type', 'string'),
      f('channel', {
        struct: [
          f('id', 'string'),
          f('is_channel', 'bool'),
          f('name', 'string'),
          f('created', 'int'),
          f('creator', 'string'),
        ],
      }),
      f('event_ts', 'string'),
    ],
  },
};
const REACTION: GoType = {
  struct: [
    ...['type', 'user', 'reaction', 'item_user'].map((n) => f(n, 'string')),
    f('item', {
      struct: [
        f('type', 'string'),
        f('channel', 'string', true),
        f('message', 'raw', true),
        f('file', 'raw', true),
        f('comment', 'raw', true),
        f('ts', 'string', true),
      ],
    }),
    f('event_ts', 'string'),
  ],
};
INNER.reaction_added = REACTION;
INNER.reaction_removed = REACTION;

/** The inner event types slackevents knows (EventsAPIInnerEventMapping); others are refused. */
const KNOWN = new Set(
  'app_deleted app_home_opened app_installed app_mention app_requested app_uninstalled app_uninstalled_team assistant_thread_context_changed assistant_thread_started call_rejected channel_archive channel_created channel_deleted channel_history_changed channel_id_changed channel_left channel_rename channel_shared channel_unarchive channel_unshared commands_changed dnd_updated dnd_updated_user email_domain_changed emoji_changed file_change file_created file_deleted file_public file_shared file_unshared function_executed grid_migration_finished grid_migration_started group_archive group_close group_deleted group_history_changed group_left group_open group_rename group_unarchive im_close im_created im_history_changed im_open invite_requested link_shared member_joined_channel member_left_channel message message_metadata_deleted message_metadata_posted message_metadata_updated pin_added pin_removed reaction_added reaction_removed shared_channel_invite_accepted shared_channel_invite_approved shared_channel_invite_declined shared_channel_invite_received shared_channel_invite_requested star_added star_removed subteam_created subteam_members_changed subteam_self_added subteam_self_removed subteam_updated team_access_granted team_access_revoked team_domain_change team_join team_rename tokens_revoked user_change user_huddle_changed user_profile_changed user_status_changed entity_details_requested'.split(
    ' ',
  ),
);

const stringOf = (n: JsonNode | undefined) => (n?.k === 'string' ? n.value : '');

function innerData(ctx: BuildCtx, inner: JsonNode, type: string): string {
  const schema = INNER[type];
  if (!schema) {
    ctx.notes.push(
      `the ${type} event's Go struct is not modelled: its fields are passed through with sorted keys, so fields the struct lacks (or zero values it adds) may differ`,
    );
    return goMarshal(plainValue(inner));
  }
  let raw = inner.raw;
  // MessageEvent.UnmarshalJSON: a plain message also becomes its own `message` field.
  if (type === 'message' && !field(inner, 'message')) {
    const msg = reencode(inner.raw, MSG);
    const compact = compactGoJson(inner.raw) ?? '{}';
    raw = compact === '{}' ? `{"message":${msg}}` : `${compact.slice(0, -1)},"message":${msg}}`;
  }
  return reencode(raw, schema);
}

/** slack/start.go HandleRoute, handleEvent, handleInteraction, handleSlashCommand. */
export const slack: Builder = (ctx) => {
  const headers = routeHeaders(ctx);
  if (hasSecret(ctx.cfg.signingSecret)) {
    if (!header(headers, 'X-Slack-Signature') || !header(headers, 'X-Slack-Request-Timestamp'))
      throw new BuildError(
        'the request has no X-Slack-Signature and X-Slack-Request-Timestamp headers: 401 (signature validation failed)',
      );
    ctx.notes.push(
      'signingSecret: the request signature is not verified (the Secret value is not part of the design)',
    );
  }
  try {
    if (header(headers, 'Content-Type') === 'application/x-www-form-urlencoded') {
      const form = parseQuery(ctx.p.body ?? '');
      if (form.payload?.[0]) {
        const payload = compactGoJson(form.payload[0]);
        if (payload === null)
          throw new BuildError('failed to parse interaction event (the payload is not JSON)');
        ctx.notes.push(
          'an interaction payload is passed through with sorted keys: slack.InteractionCallback re-marshalling is not modelled',
        );
        return goMarshal(parseJson(payload));
      }
      if (form.command?.[0]) {
        const get = (k: string) => form[k]?.[0] ?? '';
        return `{${SLACK_SLASH_COMMAND_FIELDS.filter(([k, omit]) => !omit || get(k) !== '')
          .map(
            ([k]) =>
              `${goMarshalString(k)}:${k === 'is_enterprise_install' ? String(get(k) === 'true') : goMarshalString(get(k))}`,
          )
          .join(',')}}`;
      }
      throw new BuildError('could not determine slack type from form parameters');
    }
    checkMaxPayload(ctx);
    const body = compactGoJson(ctx.p.body ?? '');
    const tree = body === null ? null : parseJsonTree(body);
    if (!tree || tree.k !== 'object')
      throw new BuildError('failed to extract event: the body is not a JSON object');
    if (!stringOf(field(tree, 'token')))
      throw new BuildError(
        'failed to extract event, invalid verification token (the body has no token)',
      );
    ctx.notes.push('the verification token is not compared with the one in the Secret');
    const outer = stringOf(field(tree, 'type'));
    if (outer === 'url_verification')
      throw new NoEvent(
        'url_verification: the source answers the challenge and publishes no event',
      );
    if (outer !== 'event_callback')
      throw new NoEvent(
        `a ${outer || 'typeless'} request publishes no event (only event_callback does)`,
      );
    const inner = field(tree, 'event');
    if (!inner || inner.k !== 'object')
      throw new BuildError('failed to extract event: event_callback without an event');
    const type = stringOf(field(inner, 'type'));
    if (!KNOWN.has(type))
      throw new BuildError(`failed to extract event, inner Event does not exist! ${type}`);
    return `{"type":${goMarshalString(type)},"Data":${innerData(ctx, inner, type)}}`;
  } catch (e) {
    if (e instanceof GoDecodeError) throw new BuildError(`failed to extract event, ${e.message}`);
    throw e;
  }
};
