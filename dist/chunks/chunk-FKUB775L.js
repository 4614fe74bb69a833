import { createRequire as __shopfloorCreateRequire } from 'node:module';
const require = __shopfloorCreateRequire(import.meta.url);

// src/entrypoints/cli/github-app-config.ts
var where = 'set it in .env (copy .env.example) or the environment; docs/github-app.md "Install and run"';
function readGitHubAppConfig(env, readText) {
  const value = (name) => (env[name] ?? "").trim();
  if (!["APP_ID", "PRIVATE_KEY", "PRIVATE_KEY_PATH", "WEBHOOK_SECRET"].some((name) => value(name) !== "")) return { configured: false };
  const errors = [];
  const appId = Number(value("APP_ID"));
  if (value("APP_ID") === "") errors.push(`APP_ID is missing: the App id from the App's settings page; ${where}`);
  else if (!Number.isSafeInteger(appId) || appId <= 0) errors.push(`APP_ID "${value("APP_ID")}" is not an App id (a positive whole number from the App's settings page); ${where}`);
  let privateKey = "";
  if (value("PRIVATE_KEY") !== "") privateKey = value("PRIVATE_KEY").replace(/\\n/g, "\n");
  else if (value("PRIVATE_KEY_PATH") !== "") {
    try {
      privateKey = readText(value("PRIVATE_KEY_PATH")).trim();
    } catch (error) {
      errors.push(`PRIVATE_KEY_PATH "${value("PRIVATE_KEY_PATH")}" cannot be read (${error.code ?? String(error)}); point it at the .pem file downloaded from the App's settings page`);
    }
  } else errors.push(`PRIVATE_KEY or PRIVATE_KEY_PATH is missing: the App's private key (inline, newlines as \\n) or the path to its .pem file; ${where}`);
  if (privateKey !== "" && !/^-----BEGIN (RSA )?PRIVATE KEY-----/.test(privateKey)) {
    errors.push(`${value("PRIVATE_KEY") !== "" ? "PRIVATE_KEY" : `PRIVATE_KEY_PATH "${value("PRIVATE_KEY_PATH")}"`} is not a PEM private key (it must start with "-----BEGIN RSA PRIVATE KEY-----"); download a new key from the App's settings page`);
  }
  const webhookSecret = value("WEBHOOK_SECRET");
  if (webhookSecret === "") errors.push(`WEBHOOK_SECRET is missing: the secret set on the App's webhook (deliveries are refused without it); ${where}`);
  const webhookPath = value("WEBHOOK_PATH") || "/api/github/webhooks";
  if (!webhookPath.startsWith("/")) errors.push(`WEBHOOK_PATH "${webhookPath}" must start with "/" (default /api/github/webhooks)`);
  const proxy = value("WEBHOOK_PROXY_URL");
  if (proxy !== "" && !/^https:\/\/\S+$/.test(proxy)) errors.push(`WEBHOOK_PROXY_URL "${proxy}" is not an https:// URL; create a channel at https://smee.io/new or leave it empty`);
  if (errors.length > 0) return { configured: true, ok: false, errors };
  return { configured: true, ok: true, value: { appId, privateKey, webhookSecret, webhookPath, ...proxy !== "" ? { webhookProxyUrl: proxy } : {} } };
}

export {
  readGitHubAppConfig
};
