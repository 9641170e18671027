# syntax=docker/dockerfile:1
# The ilo-graph API, for production on Neo4j (docs/deploy.md).
#
#   docker build -t ilo-graph .                                   # Neo4j only: no embedded engine
#   docker build --build-arg EMBEDDED_STORE=true -t ilo-graph .   # also the embedded store (+~540 MB)
#
# Two stages: the build compiles TypeScript to dist/ and builds the web pages beside it, with every
# dependency; the image gets only production dependencies and dist/ (with the query files, the
# knowledge base's sources and the pages), and runs as the unprivileged `node` user. test/neo4j/dockerfile.test.ts runs these very steps.

FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY seed ./seed
COPY cypher ./cypher
COPY web ./web
COPY schema/operations ./schema/operations
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ARG EMBEDDED_STORE=false
# The embedded store (if built in) writes under DATA_DIR, in the home of the user the image runs as.
ENV NODE_ENV=production PORT=4000 DATA_DIR=/home/node/data
WORKDIR /app
COPY package.json package-lock.json ./
# npm's cache stays in a build cache mount, out of the image.
RUN --mount=type=cache,target=/root/.npm if [ "$EMBEDDED_STORE" = "true" ]; then npm ci --omit=dev --no-audit --no-fund; else npm ci --omit=dev --omit=optional --no-audit --no-fund; fi
COPY --from=build /app/dist ./dist
USER node
EXPOSE 4000
# Liveness: /health answers while the process serves HTTP (/ready is the readiness probe).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# SIGTERM drains in-flight requests, closes the store and exits 0 (src/index.ts).
STOPSIGNAL SIGTERM
CMD ["node", "dist/src/index.js"]
