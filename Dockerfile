# The service image: one build, two commands (API and worker). Used by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
COPY indexer ./indexer
COPY mappings ./mappings
COPY bench ./bench
COPY web ./web
# The bench reuses the test data factory's seeded random generator.
COPY test/support ./test/support
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./package.json
COPY mappings ./mappings
# Uploaded documents: a volume shared by the API and the worker is mounted here, and must be the node user's.
ENV STORAGE_DIR=/app/var/storage
RUN mkdir -p /app/var/storage && chown -R node:node /app/var
VOLUME /app/var/storage
USER node
EXPOSE 3000
# The API's old generation capped as in package.json's start:api (why: bench/README.md, "Memory").
CMD ["node", "--max-old-space-size=256", "dist/src/main.js"]
