import { asRecord } from '../../../lib/jsonValue';
/**
 * Kubernetes objects of the kinds resource EventSources usually watch, as the API server returns
 * them (kubernetes.io API reference field names). The sample follows the watched resource.
 */

type Obj = Record<string, unknown>;

const container = {
  name: 'worker',
  image: 'ghcr.io/example/worker:1.4.0',
  ports: [{ containerPort: 8080, protocol: 'TCP' }],
  resources: { requests: { cpu: '100m', memory: '128Mi' } },
  imagePullPolicy: 'IfNotPresent',
};
const podSpec = {
  containers: [container],
  restartPolicy: 'Always',
  serviceAccountName: 'default',
  dnsPolicy: 'ClusterFirst',
  terminationGracePeriodSeconds: 30,
  schedulerName: 'default-scheduler',
};
const template = (labels: Obj) => ({ metadata: { labels }, spec: podSpec });

/** apiVersion, kind, spec and status for a resource name (plural, lower case) of a group. */
function body(resource: string, group: string, version: string, labels: Obj): Obj {
  const v = version || 'v1';
  const apiVersion = group ? `${group}/${v}` : v;
  switch (resource) {
    case 'pods':
      return {
        apiVersion,
        kind: 'Pod',
        spec: { ...podSpec, nodeName: 'node-a' },
        status: {
          phase: 'Pending',
          conditions: [
            { type: 'PodScheduled', status: 'True', lastTransitionTime: '2026-03-01T09:30:00Z' },
          ],
          qosClass: 'Burstable',
        },
      };
    case 'deployments':
      return {
        apiVersion,
        kind: 'Deployment',
        spec: {
          replicas: 3,
          selector: { matchLabels: labels },
          template: template(labels),
          strategy: {
            type: 'RollingUpdate',
            rollingUpdate: { maxSurge: '25%', maxUnavailable: '25%' },
          },
          revisionHistoryLimit: 10,
          progressDeadlineSeconds: 600,
        },
        status: {
          observedGeneration: 4,
          replicas: 3,
          updatedReplicas: 3,
          readyReplicas: 3,
          availableReplicas: 3,
          conditions: [{ type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable' }],
        },
      };
    case 'statefulsets':
    case 'daemonsets':
    case 'replicasets': {
      const kind = {
        statefulsets: 'StatefulSet',
        daemonsets: 'DaemonSet',
        replicasets: 'ReplicaSet',
      }[resource];
      return {
        apiVersion,
        kind,
        spec: {
          selector: { matchLabels: labels },
          template: template(labels),
          ...(resource === 'daemonsets' ? {} : { replicas: 2 }),
        },
        status: {
          observedGeneration: 1,
          ...(resource === 'daemonsets'
            ? { numberReady: 3, desiredNumberScheduled: 3 }
            : { replicas: 2, readyReplicas: 2 }),
        },
      };
    }
    case 'jobs':
      return {
        apiVersion,
        kind: 'Job',
        spec: {
          backoffLimit: 6,
          completions: 1,
          parallelism: 1,
          template: { ...template(labels), spec: { ...podSpec, restartPolicy: 'Never' } },
        },
        status: { active: 1, startTime: '2026-03-01T09:30:00Z' },
      };
    case 'cronjobs':
      return {
        apiVersion,
        kind: 'CronJob',
        spec: {
          schedule: '0 2 * * *',
          concurrencyPolicy: 'Forbid',
          jobTemplate: {
            spec: {
              template: { ...template(labels), spec: { ...podSpec, restartPolicy: 'OnFailure' } },
            },
          },
        },
        status: { lastScheduleTime: '2026-03-01T02:00:00Z' },
      };
    case 'services':
      return {
        apiVersion,
        kind: 'Service',
        spec: {
          type: 'ClusterIP',
          selector: labels,
          ports: [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }],
          clusterIP: '10.96.12.34',
          clusterIPs: ['10.96.12.34'],
          sessionAffinity: 'None',
        },
        status: { loadBalancer: {} },
      };
    case 'configmaps':
      return {
        apiVersion,
        kind: 'ConfigMap',
        data: { 'app.properties': 'checkout.rounding=half-even\n', LOG_LEVEL: 'info' },
      };
    case 'secrets':
      return { apiVersion, kind: 'Secret', type: 'Opaque', data: { token: 'c2VjcmV0LXZhbHVl' } };
    case 'namespaces':
      return {
        apiVersion,
        kind: 'Namespace',
        spec: { finalizers: ['kubernetes'] },
        status: { phase: 'Active' },
      };
    case 'nodes':
      return {
        apiVersion,
        kind: 'Node',
        spec: { podCIDR: '10.244.1.0/24', providerID: 'kind://docker/kind/node-a' },
        status: {
          conditions: [{ type: 'Ready', status: 'True', reason: 'KubeletReady' }],
          nodeInfo: {
            kubeletVersion: 'v1.31.0',
            osImage: 'Debian GNU/Linux 12 (bookworm)',
            architecture: 'amd64',
          },
          capacity: { cpu: '4', memory: '16Gi', pods: '110' },
        },
      };
    case 'persistentvolumeclaims':
      return {
        apiVersion,
        kind: 'PersistentVolumeClaim',
        spec: {
          accessModes: ['ReadWriteOnce'],
          resources: { requests: { storage: '10Gi' } },
          storageClassName: 'standard',
          volumeMode: 'Filesystem',
        },
        status: { phase: 'Bound', capacity: { storage: '10Gi' } },
      };
    case 'ingresses':
      return {
        apiVersion,
        kind: 'Ingress',
        spec: {
          ingressClassName: 'nginx',
          rules: [
            {
              host: 'app.example.com',
              http: {
                paths: [
                  {
                    path: '/',
                    pathType: 'Prefix',
                    backend: { service: { name: 'app', port: { number: 80 } } },
                  },
                ],
              },
            },
          ],
        },
        status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } },
      };
    case 'workflows':
      return {
        apiVersion,
        kind: 'Workflow',
        spec: {
          entrypoint: 'main',
          arguments: { parameters: [{ name: 'commit', value: 'abc123' }] },
          serviceAccountName: 'argo-workflow',
          templates: [
            {
              name: 'main',
              container: { image: 'alpine:3.20', command: ['sh', '-c'], args: ['echo done'] },
            },
          ],
        },
        status: {
          phase: 'Succeeded',
          startedAt: '2026-03-01T09:30:00Z',
          finishedAt: '2026-03-01T09:31:12Z',
          progress: '1/1',
        },
      };
    default: {
      const singular = resource.replace(/ies$/, 'y').replace(/(s|es)$/, '');
      const kind = singular.charAt(0).toUpperCase() + singular.slice(1);
      return { apiVersion, kind, spec: {}, status: {} };
    }
  }
}

/** Labels that the label selectors of the event's filter select (= == in exists gt lt). */
function selectedLabels(filter: Obj | null): Obj {
  const labels: Obj = { app: 'worker' };
  for (const s of Array.isArray(filter?.labels) ? filter.labels : []) {
    const sel = asRecord(s) ?? {};
    const key = typeof sel.key === 'string' ? sel.key : '';
    const value = typeof sel.value === 'string' ? sel.value : '';
    const op = typeof sel.operation === 'string' ? sel.operation : '=';
    if (!key) continue;
    if (op === '=' || op === '==' || op === '') labels[key] = value;
    else if (op === 'in') labels[key] = value.split(',')[0] ?? '';
    else if (op === 'exists') labels[key] = 'true';
    else if (op === 'gt') labels[key] = String(Number(value) + 1);
    else if (op === 'lt') labels[key] = String(Number(value) - 1);
    else if (op === '!' || op === 'notin' || op === '!=') delete labels[key];
  }
  return labels;
}

/** The watched object of a resource event: kind from the resource, name, namespace and labels from the filter. */
export function resourceObject(cfg: Obj, atIso: string): Obj {
  const filter = asRecord(cfg.filter) ?? null;
  const labels = selectedLabels(filter);
  const resource = typeof cfg.resource === 'string' ? cfg.resource : 'pods';
  const b = body(
    resource,
    typeof cfg.group === 'string' ? cfg.group : '',
    typeof cfg.version === 'string' ? cfg.version : 'v1',
    labels,
  );
  const prefix = typeof filter?.prefix === 'string' ? filter.prefix : '';
  const cluster = resource === 'namespaces' || resource === 'nodes';
  const namespace =
    typeof cfg.namespace === 'string' && cfg.namespace ? cfg.namespace : 'argo-events';
  return {
    apiVersion: b.apiVersion,
    kind: b.kind,
    metadata: {
      name: `${prefix}worker-7c9f`,
      ...(cluster ? {} : { namespace }),
      uid: '3f6c1c8e-2a4b-4d7e-9b1a-8c2d4e6f8a0b',
      resourceVersion: '481516',
      generation: 1,
      creationTimestamp: atIso,
      labels,
      annotations: { 'example.com/owner': 'team-checkout' },
      managedFields: [
        {
          manager: 'kubectl-client-side-apply',
          operation: 'Update',
          apiVersion: b.apiVersion,
          time: atIso,
          fieldsType: 'FieldsV1',
          fieldsV1: { 'f:metadata': { 'f:labels': {} } },
        },
      ],
    },
    ...Object.fromEntries(Object.entries(b).filter(([k]) => k !== 'apiVersion' && k !== 'kind')),
  };
}
