/**
 * The environment for a process a test starts: the test's own, with everything that changes how
 * gecc prints (colour, CI, terminal kind) stated outright, so a test sees the same output in a
 * coloured terminal, in CI and on a developer's machine. A test about colours or terminals passes
 * its own values, which win.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    CI: 'true',
    TERM: 'dumb',
    npm_config_color: 'false',
    ...extra,
  };
}
