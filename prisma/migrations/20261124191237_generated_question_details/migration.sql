-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "factIds" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "kind" TEXT,
ADD COLUMN     "qualityReasons" JSONB NOT NULL DEFAULT '[]';
