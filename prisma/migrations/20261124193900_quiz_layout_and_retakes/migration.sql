-- CreateEnum
CREATE TYPE "QuizLayout" AS ENUM ('ONE_PER_SCREEN', 'ALL_ON_ONE_PAGE');

-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN     "layout" "QuizLayout" NOT NULL DEFAULT 'ONE_PER_SCREEN',
ADD COLUMN     "maxAttempts" INTEGER;
