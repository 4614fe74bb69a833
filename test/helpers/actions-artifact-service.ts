import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Actions results service as `@actions/artifact` talks to it on a runner (twirp CreateArtifact and
 * FinalizeArtifact, then the zip PUT to the signed blob URL in Azure block-blob form), on 127.0.0.1.
 * `env` is what a runner sets for it: ACTIONS_RESULTS_URL and an ACTIONS_RUNTIME_TOKEN whose `scp`
 * claim names the run and job backend ids.
 */
export async function startArtifactService(): Promise<{ env: Record<string, string>; artifacts: { id: number; name: string; bytes: number }[]; close: () => Promise<void> }> {
  const artifacts: { id: number; name: string; bytes: number }[] = [];
  const pending = new Map<string, number>();
  let nextId = 700;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const body = Buffer.concat(chunks);
      const json = (status: number, data: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      if (url.pathname.endsWith('.ArtifactService/CreateArtifact')) {
        const { name } = JSON.parse(body.toString('utf8')) as { name: string };
        pending.set(name, 0);
        return json(200, { ok: true, signed_upload_url: `http://127.0.0.1:${port}/account/artifacts/${encodeURIComponent(name)}?sig=test-signature` });
      }
      if (url.pathname.endsWith('.ArtifactService/FinalizeArtifact')) {
        const { name } = JSON.parse(body.toString('utf8')) as { name: string };
        const id = nextId++;
        artifacts.push({ id, name, bytes: pending.get(name) ?? 0 });
        return json(200, { ok: true, artifact_id: String(id) });
      }
      if (req.method === 'PUT' && url.pathname.startsWith('/account/artifacts/')) {
        const name = decodeURIComponent(url.pathname.slice('/account/artifacts/'.length));
        if (url.searchParams.get('comp') === 'block') pending.set(name, (pending.get(name) ?? 0) + body.length);
        return res.writeHead(201, { etag: '"0x1"', 'last-modified': new Date(0).toUTCString(), 'x-ms-request-id': 'test', 'x-ms-version': '2025-01-05' }).end();
      }
      return json(404, { msg: `the fake results service does not know ${req.method} ${url.pathname}` });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  const claims = Buffer.from(JSON.stringify({ scp: 'Actions.GenericRead Actions.Results:run-backend-1:job-backend-1' })).toString('base64url');
  return {
    env: { ACTIONS_RESULTS_URL: `http://127.0.0.1:${port}/`, ACTIONS_RUNTIME_TOKEN: `${Buffer.from('{"alg":"none"}').toString('base64url')}.${claims}.signature` },
    artifacts,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
