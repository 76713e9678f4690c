-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "elapsedMs" INTEGER,
ADD COLUMN     "matchedAnswer" TEXT;

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "choiceOrder" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN     "deadline" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "QuestionSet" ADD COLUMN     "speedBonus" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "timeLimitSeconds" INTEGER;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "leaderboardOptIn" BOOLEAN NOT NULL DEFAULT false;
