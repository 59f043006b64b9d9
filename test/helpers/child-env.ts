/**
 * The environment for a process a test starts: the test's own, with everything that changes how
 * gecc prints (colour, CI, terminal kind) stated outright, so a test sees the same output in a
 * coloured terminal, in CI and on a developer's machine. A test about colours or terminals passes
 * its own values, which win.
 */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', CI: 'true', TERM: 'dumb', npm_config_color: 'false', ...extra };
  // no colour is said by NO_COLOR alone: with FORCE_COLOR set as well (even to 0), Node 24 warns
  // on stderr that one of them is ignored
  if (extra.FORCE_COLOR === undefined) delete env.FORCE_COLOR;
  return env;
}
