import { rm } from 'node:fs/promises';

// SQLite leaves its write-ahead log and shared-memory files beside the database.
export default async function removeDatabase(): Promise<void> {
  const databaseFile = process.env.E2E_DATABASE_FILE;
  if (databaseFile) {
    await Promise.all(['', '-wal', '-shm'].map((suffix) => rm(`${databaseFile}${suffix}`, { force: true })));
  }
}
