/**
 * The forwarder that runs inside a box with an allowlist, as `node -e` source with the box's own node:
 * `-- <port> <socket> <program> <args…>`. It listens on 127.0.0.1:<port> (the box's own loopback), pipes
 * each connection to the proxy's Unix socket, starts the command once it listens, passes signals on,
 * and exits as the command did. It enforces nothing: the proxy outside the box decides, so a command that
 * stops or replaces the forwarder only loses its own way out.
 */
export const boxForwarderScript = `'use strict';
const net = require('node:net');
const { spawn } = require('node:child_process');
const [port, socket, program, ...args] = process.argv.slice(1);
const server = net.createServer((client) => {
  const upstream = net.connect(socket);
  const end = () => { client.destroy(); upstream.destroy(); };
  client.on('error', end);
  upstream.on('error', end);
  client.pipe(upstream);
  upstream.pipe(client);
});
server.on('error', (error) => {
  process.stderr.write('shopfloor: the network forwarder could not listen on 127.0.0.1:' + port + ': ' + error.message + '\\n');
  process.exit(125);
});
server.listen(Number(port), '127.0.0.1', () => {
  const child = spawn(program, args, { stdio: 'inherit' });
  child.on('error', (error) => {
    process.stderr.write('shopfloor: cannot start ' + program + ': ' + error.message + '\\n');
    process.exit(error.code === 'ENOENT' ? 127 : 126);
  });
  for (const name of ['SIGTERM', 'SIGINT', 'SIGHUP']) process.on(name, () => child.kill(name));
  child.on('exit', (code, signal) => {
    server.close();
    if (!signal) process.exit(code ?? 1);
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
});
`;
