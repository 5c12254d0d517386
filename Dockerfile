# Builds libs, API and web app, then runs the API (which serves the web app) on port 3000.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/domain/package.json libs/domain/package.json
COPY libs/allocation/package.json libs/allocation/package.json
COPY libs/matching/package.json libs/matching/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN bash -c 'source tools/scripts/lib.sh && build_all'

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY --from=build --chown=node:node /app /app
# Not root: a compromise of the process is not a compromise of the container.
USER node
EXPOSE 3000
CMD ["node", "apps/api/dist/main.js"]
