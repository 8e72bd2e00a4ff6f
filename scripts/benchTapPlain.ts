// The tap benchmark's baseline: the same ordered consumer on the same bus, decoding each message
// as the sensor does (decodeCloudEvent) and nothing else. Prints "ready", then "done N".
import { connect } from '@nats-io/transport-node';
import { DeliverPolicy, jetstream } from '@nats-io/jetstream';
import { BUS_MAX_PAYLOAD, decodeCloudEvent } from '../src/cli/live/cloudEvent';

const [url = '', countText = '0'] = process.argv.slice(2);
const want = Number(countText);
const nc = await connect({ servers: url.replace('nats://', '') });
const consumer = await jetstream(nc).consumers.get('default', {
  filter_subjects: 'default.webhook.build',
  deliver_policy: DeliverPolicy.New,
});
const messages = await consumer.consume({ max_messages: 256 });
console.log('ready');
let n = 0;
let ok = 0;
for await (const m of messages) {
  if (decodeCloudEvent(m.data, BUS_MAX_PAYLOAD).ok) ok++;
  if (++n >= want) break;
}
console.log(`done ${ok}`);
await messages.close();
await consumer.delete().catch(() => false);
await nc.close();
