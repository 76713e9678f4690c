/*
  Warnings:

  - A unique constraint covering the columns `[addedById,contentHash]` on the table `Article` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "Article_contentHash_key";

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "author" TEXT;

-- CreateIndex
CREATE INDEX "Article_addedById_createdAt_idx" ON "Article"("addedById", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Article_addedById_contentHash_key" ON "Article"("addedById", "contentHash");
