/**
 * `npm run cluster`: the platform on the production Temporal server, every part its own process
 * (scripts/cluster/index.ts). Data in DATA_DIR/cluster, apart from `npm start`'s.
 * `npm run cluster -- --free-ports` picks every port free (to run beside another stack).
 */
import { startCluster } from './index.js';

const cluster = await startCluster({ echo: process.argv.includes('--echo'), ports: process.argv.includes('--free-ports') ? 'free' : 'default' }).catch((e: unknown) => {
  console.error(`cluster start failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});

let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  console.log('stopping the cluster…');
  void cluster.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

const pad = (s: string, n: number) => s.padEnd(n);
console.log(`
一窗综合受理平台 — cluster mode on temporal-server ${cluster.temporalServerVersion} is up (${cluster.startupSeconds.toFixed(1)} s${cluster.buildSeconds !== undefined ? `, of which ${cluster.buildSeconds.toFixed(0)} s building the server` : ''})

  Web desks / API (round robin)  ${cluster.entryUrl}/    ${cluster.entryUrl}/api/v1
${cluster.apiUrls.map((u, i) => `  API copy ${i + 1}                     ${u}/api/v1`).join('\n')}
  Temporal frontend              ${cluster.temporalAddress}   (namespace ${cluster.namespace})
  Temporal UI                    ${cluster.temporalUiUrl ? `${cluster.temporalUiUrl}   (read-only; sign in as manager or supervisor)` : '(not running: see the log above)'}
  Department simulator           ${cluster.departmentSimulatorUrl}/admin/health
  Notifications                  ${cluster.notificationSimulatorUrl}
  Data and logs                  ${cluster.dataDir}

Processes
${cluster
  .processes()
  .map((p) => `  ${pad(p.role, 26)} ${pad(p.pid ? `pid ${p.pid}` : '', 11)} ${p.address ?? ''}`)
  .join('\n')}

Demo accounts as in \`npm start\` (README). Press Ctrl-C to stop everything.`);
