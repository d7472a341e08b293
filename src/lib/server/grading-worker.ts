// A grading worker thread: QuickJS is synchronous, so grading never runs on a server's
// event loop; each worker has its own stack size and can be killed if it wedges.
import { parentPort, workerData } from 'node:worker_threads';
import { gradeJob } from './grade-exercise';
import type { FromWorker, ToWorker } from './grading-messages';

const port = parentPort!;
const root: string = workerData?.root ?? process.cwd();
const post = (m: FromWorker) => port.postMessage(m);

port.on('message', async (msg: ToWorker) => {
  if (msg.type !== 'grade') return;
  try {
    const report = await gradeJob(msg.job, root);
    post({ type: 'report', id: msg.id, report });
  } catch (e) {
    post({ type: 'failed', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
});
post({ type: 'ready' });
