import { spawn } from 'node:child_process';

/**
 * The program that opens an address in the user's default browser. On Windows, Explorer (never
 * PowerShell, which office PCs often block); it takes the address as one argument, so nothing
 * in it is read by a shell.
 */
export function browserCommand(url: string, platform: NodeJS.Platform = process.platform): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'explorer.exe', args: [url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

/**
 * Opens the address in the default browser, without waiting for it. Failing to open is not an
 * error: the address is printed for the user to open, whatever happens here.
 */
export function openBrowser(url: string): void {
  const { command, args } = browserCommand(url);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true, windowsHide: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // no such program: the printed address is there
  }
}
