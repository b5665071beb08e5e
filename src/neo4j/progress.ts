/**
 * Progress reporting for commands that provision Neo4j: on a terminal one line that
 * is rewritten in place with a spinner while waiting; elsewhere (CI logs, pipes) each
 * step once and no spinner frames.
 *
 *   const progress = provisioningProgress();
 *   try { conn = await ensureNeo4j(progress) } finally { progress.done() }
 */

const FRAMES = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

export interface ProvisioningProgress {
  onProgress: (message: string) => void;
  onWait: (elapsedSeconds: number) => void;
  /** Clears the progress line (call before printing anything else). */
  done: () => void;
}

/** Progress callbacks for ensureNeo4j/startNeo4j writing to `stream` (stderr by default). */
export function provisioningProgress(stream: NodeJS.WriteStream = process.stderr): ProvisioningProgress {
  let step = '';
  let frame = 0;
  let drawn = false;
  const draw = (text: string) => {
    stream.write(`\r\x1b[2K${text}`);
    drawn = true;
  };
  return {
    onProgress: (message) => {
      step = message;
      if (stream.isTTY) draw(`${FRAMES[frame]} ${step}`);
      else stream.write(`neo4j: ${message}\n`);
    },
    onWait: (seconds) => {
      if (!stream.isTTY) return;
      frame = (frame + 1) % FRAMES.length;
      draw(`${FRAMES[frame]} ${step} — waiting for Bolt (${seconds} s)`);
    },
    done: () => {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}
