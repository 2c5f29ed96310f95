-- The session version of each account ("sign out everywhere", password change).
-- An added column rather than a redefined table, so that it composes with other migrations of "User".
ALTER TABLE "User" ADD COLUMN "sessionVersion" INTEGER NOT NULL DEFAULT 0;
