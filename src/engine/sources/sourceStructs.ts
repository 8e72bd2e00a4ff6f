import { f, type GoType } from './goStruct';

/**
 * The Go structs sources decode payloads into, with their JSON tags, in field order. Each names the
 * upstream file (or library) it comes from.
 */

// github.com/stripe/stripe-go v70.15.0 event.go Event (EventData re-marshals `object` raw).
export const STRIPE_EVENT: GoType = {
  ptr: {
    name: 'Event',
    struct: [
      f('account', 'string'),
      f('created', 'int'),
      f('data', {
        ptr: {
          name: 'EventData',
          struct: [f('previous_attributes', { map: 'any' }), f('object', 'raw')],
        },
      }),
      f('id', 'string'),
      f('livemode', 'bool'),
      f('pending_webhooks', 'int'),
      f('request', {
        ptr: { name: 'EventRequest', struct: [f('id', 'string'), f('idempotency_key', 'string')] },
      }),
      f('type', 'string'),
    ],
  },
};

// pkg/eventsources/events/event-data.go StorageGridNotification.
const SG_RECORD: GoType = {
  struct: [
    f('eventVersion', 'string'),
    f('storageGridEventSource', 'string'),
    f('eventTime', 'time'),
    f('eventName', 'string'),
    f('userIdentity', { struct: [f('principalId', 'string')] }),
    f('requestParameters', { struct: [f('sourceIPAddress', 'string')] }),
    f('responseElements', { struct: [f('x-amz-request-id', 'string')] }),
    f('s3', {
      struct: [
        f('s3SchemaVersion', 'string'),
        f('configurationId', 'string'),
        f('bucket', {
          struct: [
            f('name', 'string'),
            f('ownerIdentity', { struct: [f('principalId', 'string')] }),
            f('arn', 'string'),
          ],
        }),
        f('object', {
          struct: [
            f('key', 'string'),
            f('size', 'int'),
            f('eTag', 'string'),
            f('sequencer', 'string'),
          ],
        }),
      ],
    }),
  ],
};

export const STORAGE_GRID_NOTIFICATION: GoType = {
  ptr: {
    name: 'StorageGridNotification',
    struct: [
      f('Action', 'string'),
      f('Message', { struct: [f('Records', { slice: SG_RECORD })] }),
      f('TopicArn', 'string'),
      f('Version', 'string'),
    ],
  },
};

// pkg/eventsources/sources/bitbucketserver/bitbucketserverclients.go refsChangedWebhookEvent.
const LINKS_SELF = { struct: [f('self', { slice: { struct: [f('href', 'string')] } })] };
const REFS_CHANGE: GoType = {
  struct: [
    f('ref', { struct: [f('id', 'string'), f('displayId', 'string'), f('type', 'string')] }),
    f('refId', 'string'),
    f('fromHash', 'string'),
    f('toHash', 'string'),
    f('type', 'string'),
  ],
};
export const BITBUCKET_REFS_CHANGED: GoType = {
  name: 'refsChangedWebhookEvent',
  struct: [
    f('eventKey', 'string'),
    f('date', 'string'),
    f('actor', {
      struct: [
        f('name', 'string'),
        f('emailAddress', 'string'),
        f('id', 'int'),
        f('displayName', 'string'),
        f('active', 'bool'),
        f('slug', 'string'),
        f('type', 'string'),
        f('links', LINKS_SELF),
      ],
    }),
    f('repository', {
      struct: [
        f('slug', 'string'),
        f('id', 'int'),
        f('name', 'string'),
        f('hierarchyId', 'string'),
        f('scmId', 'string'),
        f('state', 'string'),
        f('statusMessage', 'string'),
        f('forkable', 'bool'),
        f('project', {
          struct: [
            f('key', 'string'),
            f('id', 'int'),
            f('name', 'string'),
            f('public', 'bool'),
            f('type', 'string'),
            f('links', LINKS_SELF),
          ],
        }),
        f('public', 'bool'),
        f('links', {
          struct: [
            f('clone', { slice: { struct: [f('href', 'string'), f('name', 'string')] } }),
            f('self', { slice: { struct: [f('href', 'string')] } }),
          ],
        }),
      ],
    }),
    f('changes', { slice: REFS_CHANGE }),
  ],
};

// github.com/minio/minio-go/v7 v7.2.1 pkg/notification/info.go Event.
export const MINIO_EVENT: GoType = {
  name: 'Event',
  struct: [
    f('eventVersion', 'string'),
    f('eventSource', 'string'),
    f('awsRegion', 'string'),
    f('eventTime', 'string'),
    f('eventName', 'string'),
    f('userIdentity', { struct: [f('principalId', 'string')] }),
    f('requestParameters', { map: 'string' }),
    f('responseElements', { map: 'string' }),
    f('s3', {
      struct: [
        f('s3SchemaVersion', 'string'),
        f('configurationId', 'string'),
        f('bucket', {
          struct: [
            f('name', 'string'),
            f('ownerIdentity', { struct: [f('principalId', 'string')] }),
            f('arn', 'string'),
          ],
        }),
        f('object', {
          struct: [
            f('key', 'string'),
            f('size', 'int', true),
            f('eTag', 'string', true),
            f('contentType', 'string', true),
            f('userMetadata', { map: 'string' }, true),
            f('versionId', 'string', true),
            f('sequencer', 'string'),
          ],
        }),
      ],
    }),
    f('source', { struct: [f('host', 'string'), f('port', 'string'), f('userAgent', 'string')] }),
  ],
};

// pkg/eventsources/sources/awssns/types.go httpNotification (only what the source reads matters).
export const SNS_NOTIFICATION: GoType = {
  ptr: {
    name: 'httpNotification',
    struct: [
      f('Type', 'string'),
      f('MessageId', 'string'),
      f('Token', 'string', true),
      f('TopicArn', 'string'),
      f('Subject', 'string', true),
      f('Message', 'string'),
      f('SubscribeURL', 'string', true),
      f('Timestamp', 'time'),
      f('SignatureVersion', 'string'),
      f('Signature', 'string'),
      f('SigningCertURL', 'string'),
      f('UnsubscribeURL', 'string', true),
    ],
  },
};

// github.com/slack-go/slack v0.27.0 slash.go SlashCommand.
export const SLACK_SLASH_COMMAND_FIELDS: [string, boolean][] = [
  ['token', false],
  ['team_id', false],
  ['team_domain', false],
  ['enterprise_id', true],
  ['enterprise_name', true],
  ['is_enterprise_install', false],
  ['channel_id', false],
  ['channel_name', false],
  ['user_id', false],
  ['user_name', false],
  ['command', false],
  ['text', false],
  ['response_url', false],
  ['trigger_id', false],
  ['api_app_id', false],
];
