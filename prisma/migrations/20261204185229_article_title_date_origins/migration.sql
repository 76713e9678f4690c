-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "dateOrigin" JSONB,
ADD COLUMN     "dateline" JSONB,
ADD COLUMN     "excludedSpans" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "titleOrigin" JSONB;
