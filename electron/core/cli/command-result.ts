/** What every CLI command returns: the wiring prints `output` and exits with `exitCode` (0 ok, 1 input refused, 2 usage or I/O). */
export interface CommandResult {
  exitCode: number;
  output: string;
}

export function jsonResult(exitCode: number, value: unknown): CommandResult {
  return { exitCode, output: JSON.stringify(value, null, 2) };
}

export function usageError(message: string, usage: string): CommandResult {
  return jsonResult(2, { ok: false, error: message, usage });
}
