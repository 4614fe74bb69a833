import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/adapters/artifacts/actions-artifact-uploader.ts
async function uploadActionsArtifact(name, files, rootDir, runUrl, retentionDays = 14) {
  const { DefaultArtifactClient } = await import("./artifact-5HZQGEC4.js");
  const result = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDir, { retentionDays });
  if (result.id === void 0) throw new Error(`artifact ${name} was uploaded but GitHub returned no id`);
  return { id: result.id, url: `${runUrl}/artifacts/${result.id}` };
}

export {
  uploadActionsArtifact
};
