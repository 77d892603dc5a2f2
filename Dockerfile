# The Antenne app (API + built web app on one port). Neo4j runs beside it: see docker-compose.yml.
FROM node:20-bookworm-slim
RUN npm install --global pnpm@12.4.2
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @antenne/web build
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["pnpm", "--filter", "@antenne/api", "start"]
