// A worker thread does not inherit tsx's TypeScript loader from the main thread: register it here,
// then load the worker itself (its URL comes in workerData).
import { register } from "tsx/esm/api";
import { workerData } from "node:worker_threads";

register();
await import(workerData.entry);
