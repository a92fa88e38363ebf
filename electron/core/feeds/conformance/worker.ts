/** Worker thread entry: runs corpus files on request, so a hang can be cut off by terminating the thread. */
import { parentPort, workerData } from 'node:worker_threads';
import { loadExpectations } from './expectations';
import { runFile } from './run-file';

const corpusDir = (workerData as { corpusDir: string }).corpusDir;
const expectations = loadExpectations(corpusDir);

parentPort?.postMessage({ ready: true });
parentPort?.on('message', (index: number) => {
  parentPort?.postMessage({ index, outcome: runFile(corpusDir, expectations[index]!) });
});
