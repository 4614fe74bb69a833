# The Shopfloor GitHub App as a stateless container: run as many as you like behind a load balancer
# (the run state lives in each repository's refs/shopfloor/runs/*). Build from the repository with its
# committed dist/: `docker build -t shopfloor .`; run with the App's .env: `docker run --env-file .env -p 3000:3000 shopfloor`.
# It runs the App's own server (dist/probot-server.js), not `probot run`: GitHub's webhook limits (413 over
# 25 MB before reading, 400 for unsigned or non-object bodies) hold only there. Checked by reading only:
# no docker on the machines this was written on (docs/github-app.md "Several replicas").
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force
COPY dist ./dist
COPY app.yml ./
# HOST: listen on the container's interface (the default, localhost, is unreachable through -p).
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
EXPOSE 3000
USER node
HEALTHCHECK CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/shopfloor/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/probot-server.js"]
