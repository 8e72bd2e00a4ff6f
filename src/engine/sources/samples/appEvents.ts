/**
 * Slack Events API requests and Stripe webhook events, with the field names their documentation
 * gives (api.slack.com "Events API", docs.stripe.com "The Event object"). Values are invented.
 */

const outer = (event: Record<string, unknown>) => ({
  token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
  team_id: 'T061EG9R6',
  api_app_id: 'A0PNCHHK2',
  event,
  type: 'event_callback',
  event_id: 'Ev0PV52K25',
  event_time: 1772357400,
  authorizations: [
    {
      enterprise_id: null,
      team_id: 'T061EG9R6',
      user_id: 'U0LAN0Z89',
      is_bot: true,
      is_enterprise_install: false,
    },
  ],
  is_ext_shared_channel: false,
  event_context: '4-eyJldCI6ImFwcF9tZW50aW9uIiwidGlkIjoiVDA2MUVHOVI2In0',
});

const block = {
  type: 'rich_text',
  block_id: 'bW2r',
  elements: [
    {
      type: 'rich_text_section',
      elements: [
        { type: 'user', user_id: 'U0LAN0Z89' },
        { type: 'text', text: ' deploy app' },
      ],
    },
  ],
};

export const SLACK_EVENTS: readonly {
  event: string;
  label: string;
  body: unknown;
  form?: string;
}[] = [
  {
    event: 'app_mention',
    label: 'app_mention',
    body: outer({
      type: 'app_mention',
      user: 'U061F7AUR',
      text: '<@U0LAN0Z89> deploy app',
      ts: '1772357400.000100',
      channel: 'C0LAN2Q65',
      event_ts: '1772357400.000100',
      blocks: [block],
    }),
  },
  {
    event: 'message',
    label: 'message in a channel',
    body: outer({
      client_msg_id: '5bfb6b54-1f5b-4a51-9d4e-02c7a8f0bd1b',
      type: 'message',
      text: 'deploy app',
      user: 'U061F7AUR',
      ts: '1772357400.000200',
      team: 'T061EG9R6',
      channel: 'C0LAN2Q65',
      event_ts: '1772357400.000200',
      channel_type: 'channel',
    }),
  },
  {
    event: 'reaction_added',
    label: 'reaction_added',
    body: outer({
      type: 'reaction_added',
      user: 'U061F7AUR',
      reaction: 'rocket',
      item_user: 'U0G9QF9C6',
      item: { type: 'message', channel: 'C0LAN2Q65', ts: '1772357400.000200' },
      event_ts: '1772357410.000300',
    }),
  },
  {
    event: 'url_verification',
    label: 'url_verification (no event)',
    body: {
      token: 'Jhj5dZrVaK7ZwHHjRyZWjbDl',
      challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P',
      type: 'url_verification',
    },
  },
  {
    event: 'slash_command',
    label: 'slash command /deploy',
    body: null,
    form: 'token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705&channel_name=deploys&user_id=U2147483697&user_name=alice&command=%2Fdeploy&text=app+staging&api_app_id=A123456&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2F1234%2F5678&trigger_id=13345224609.738474920.8088930838d88f008e0',
  },
];

function stripeEvent(
  type: string,
  object: Record<string, unknown>,
  previous?: Record<string, unknown>,
) {
  return {
    id: 'evt_1P9xYzLkdIwHu7ixAbCdEfGh',
    object: 'event',
    api_version: '2024-06-20',
    created: 1772357400,
    data: { object, ...(previous ? { previous_attributes: previous } : {}) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: 'req_8tZbZ5k2QmXw1a', idempotency_key: 'd4b0b3c1-6c5e-4c1e-9f7e-3e7a5b2c1d0f' },
    type,
  };
}

const charge = {
  id: 'ch_3P9xYzLkdIwHu7ix0AbCdEfG',
  object: 'charge',
  amount: 12950,
  amount_captured: 12950,
  amount_refunded: 0,
  balance_transaction: 'txn_3P9xYzLkdIwHu7ix0XyZ',
  billing_details: {
    address: {
      city: null,
      country: 'DE',
      line1: null,
      line2: null,
      postal_code: null,
      state: null,
    },
    email: 'billing@acme.example',
    name: 'ACME GmbH',
    phone: null,
  },
  captured: true,
  created: 1772357398,
  currency: 'eur',
  customer: 'cus_Q0AbCdEfGhIjKl',
  description: 'Order A-1001',
  livemode: false,
  metadata: { order_id: 'A-1001' },
  paid: true,
  payment_intent: 'pi_3P9xYzLkdIwHu7ix0QwErTy',
  payment_method: 'pm_1P9xYzLkdIwHu7ixZxCvBnMa',
  receipt_url: 'https://pay.stripe.com/receipts/payment/CAcaFwoVYWNjdF8xTkxrZEl3SHU3aXg',
  refunded: false,
  status: 'succeeded',
};

const paymentIntent = {
  id: 'pi_3P9xYzLkdIwHu7ix0QwErTy',
  object: 'payment_intent',
  amount: 12950,
  amount_received: 12950,
  capture_method: 'automatic',
  client_secret: 'pi_3P9xYzLkdIwHu7ix0QwErTy_secret_EXAMPLE',
  created: 1772357390,
  currency: 'eur',
  customer: 'cus_Q0AbCdEfGhIjKl',
  latest_charge: 'ch_3P9xYzLkdIwHu7ix0AbCdEfG',
  livemode: false,
  metadata: { order_id: 'A-1001' },
  payment_method: 'pm_1P9xYzLkdIwHu7ixZxCvBnMa',
  status: 'succeeded',
};

const invoice = {
  id: 'in_1P9xYzLkdIwHu7ixQwErTyUi',
  object: 'invoice',
  amount_due: 4900,
  amount_paid: 4900,
  amount_remaining: 0,
  billing_reason: 'subscription_cycle',
  currency: 'eur',
  customer: 'cus_Q0AbCdEfGhIjKl',
  customer_email: 'billing@acme.example',
  hosted_invoice_url: 'https://invoice.stripe.com/i/acct_1NLkdIwHu7ix/test_EXAMPLE',
  number: 'ACME-0042',
  paid: true,
  period_end: 1772357400,
  period_start: 1769679000,
  status: 'paid',
  subscription: 'sub_1P9xYzLkdIwHu7ixAsDfGhJk',
  total: 4900,
};

export const STRIPE_EVENTS: readonly { event: string; label: string; body: unknown }[] = [
  {
    event: 'charge.succeeded',
    label: 'charge.succeeded',
    body: stripeEvent('charge.succeeded', charge),
  },
  {
    event: 'payment_intent.succeeded',
    label: 'payment_intent.succeeded',
    body: stripeEvent('payment_intent.succeeded', paymentIntent),
  },
  { event: 'invoice.paid', label: 'invoice.paid', body: stripeEvent('invoice.paid', invoice) },
  {
    event: 'customer.subscription.updated',
    label: 'customer.subscription.updated',
    body: stripeEvent(
      'customer.subscription.updated',
      {
        id: 'sub_1P9xYzLkdIwHu7ixAsDfGhJk',
        object: 'subscription',
        customer: 'cus_Q0AbCdEfGhIjKl',
        status: 'active',
        cancel_at_period_end: false,
        current_period_end: 1775035800,
        current_period_start: 1772357400,
        items: {
          object: 'list',
          data: [
            {
              id: 'si_Q0AbCdEfGh',
              object: 'subscription_item',
              price: {
                id: 'price_1P9xYz',
                object: 'price',
                unit_amount: 4900,
                currency: 'eur',
                recurring: { interval: 'month', interval_count: 1 },
              },
              quantity: 1,
            },
          ],
        },
      },
      { status: 'past_due' },
    ),
  },
];
