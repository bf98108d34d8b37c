// Prisma CLI configuration. The CLI is used to generate the client (`npm run db:generate`);
// migrations are applied by prisma/migrate.ts, because the CLI's migration engine is a binary
// that cannot be downloaded on machines without internet (see docs/operations.md).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
