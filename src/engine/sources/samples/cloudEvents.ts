/**
 * Object-store and AWS messaging payloads: S3 event records as MinIO sends them (minio-go
 * notification.Event, with `source`), SNS HTTP messages, SQS messages and StorageGRID's
 * form-encoded notifications. Field names are the providers'; values are invented.
 */

export function s3Record(key: string, eventName = 's3:ObjectCreated:Put', bucket = 'sales') {
  return {
    eventVersion: '2.0',
    eventSource: 'minio:s3',
    awsRegion: '',
    eventTime: '2026-03-01T09:30:00.000Z',
    eventName,
    userIdentity: { principalId: 'minio' },
    requestParameters: { principalId: 'minio', region: '', sourceIPAddress: '10.0.0.12' },
    responseElements: {
      'x-amz-id-2': 'dd9025bab4ad464b049177c95eb6ebf374d3b3fd1af9251148b658df7ac2e3e8',
      'x-amz-request-id': '17E1B2C3D4E5F607',
      'x-minio-deployment-id': '6ad3c8e6-9fa0-4c4b-9e0e-55d7a1d5a3a1',
      'x-minio-origin-endpoint': 'http://10.0.0.20:9000',
    },
    s3: {
      s3SchemaVersion: '1.0',
      configurationId: 'Config',
      bucket: {
        name: bucket,
        ownerIdentity: { principalId: 'minio' },
        arn: `arn:aws:s3:::${bucket}`,
      },
      object: {
        key,
        size: 48213,
        eTag: 'd41d8cd98f00b204e9800998ecf8427e',
        contentType: key.endsWith('.csv') ? 'text/csv' : 'application/octet-stream',
        userMetadata: {
          'content-type': key.endsWith('.csv') ? 'text/csv' : 'application/octet-stream',
        },
        sequencer: '17E1B2C3D4E5F607',
      },
    },
    source: { host: '10.0.0.12', port: '', userAgent: 'MinIO (linux; amd64) minio-go/v7.0.70' },
  };
}

const ORDER = {
  orderId: 'A-1001',
  customer: 'acme',
  amount: 129.5,
  currency: 'EUR',
  items: [{ sku: 'kb-01', qty: 2 }],
};

const SNS_COMMON = {
  TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders',
  Timestamp: '2026-03-01T09:30:00.000Z',
  SignatureVersion: '1',
  Signature:
    'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
  SigningCertURL:
    'https://sns.us-east-1.amazonaws.com/SimpleNotificationService-0000000000000000000000.pem',
};

export const SNS_MESSAGES: readonly { event: string; label: string; body: unknown }[] = [
  {
    event: 'Notification',
    label: 'Notification with a JSON message',
    body: {
      Type: 'Notification',
      MessageId: '22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324',
      ...SNS_COMMON,
      Subject: 'order',
      Message: JSON.stringify(ORDER),
      UnsubscribeURL:
        'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=arn:aws:sns:us-east-1:123456789012:orders:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55',
      MessageAttributes: { source: { Type: 'String', Value: 'checkout' } },
    },
  },
  {
    event: 'SubscriptionConfirmation',
    label: 'SubscriptionConfirmation (no event)',
    body: {
      Type: 'SubscriptionConfirmation',
      MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
      Token:
        '2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747ba6f3beb71854e285d6ad02428b09ceece29417f1f02d609c582afbacc99c583a916b9981dd2728f4ae6fdb82efd087cc3b7849e05798d2d2785c03b0879594eeac82c01f235d0e717736',
      ...SNS_COMMON,
      Message:
        'You have chosen to subscribe to the topic arn:aws:sns:us-east-1:123456789012:orders.\nTo confirm the subscription, visit the SubscribeURL included in this message.',
      SubscribeURL:
        'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn=arn:aws:sns:us-east-1:123456789012:orders&Token=2336412f37fb',
    },
  },
];

export const SQS_MESSAGE = {
  body: JSON.stringify(ORDER),
  fields: {
    messageId: '6a1e1b2c-0d3f-4e5a-8b7c-9d0e1f2a3b4c',
    messageAttributes: {
      source: { DataType: 'String', StringValue: 'checkout' },
      priority: { DataType: 'Number', StringValue: '5' },
    },
  },
};

/** A StorageGRID notification as it arrives: SNS-style form fields with the message as JSON. */
export function storageGridBody(key: string): string {
  const message = {
    Records: [
      {
        eventVersion: '2.0',
        eventSource: 'sgws:s3',
        eventTime: '2026-03-01T09:30:00Z',
        eventName: 'ObjectCreated:Put',
        userIdentity: { principalId: '11111111111111111111' },
        requestParameters: { sourceIPAddress: '10.0.0.12' },
        responseElements: { 'x-amz-request-id': '1772357400123456' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'Object created',
          bucket: {
            name: 'sales',
            ownerIdentity: { principalId: '11111111111111111111' },
            arn: 'urn:sgws:s3:::sales',
          },
          object: {
            key,
            size: 48213,
            eTag: 'd41d8cd98f00b204e9800998ecf8427e',
            sequencer: '17E1B2C3D4E5F607',
          },
        },
      },
    ],
  };
  const enc = (v: string) => encodeURIComponent(v);
  return [
    'Action=Publish',
    `Message=${enc(JSON.stringify(message))}`,
    `TopicArn=${enc('urn:sgws:sns:us-east-1:123456789012:orders')}`,
    'Version=2010-03-31',
  ].join('&');
}

export const ORDER_JSON = JSON.stringify(ORDER);
