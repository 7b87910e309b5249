-- AlterTable
ALTER TABLE "Item" ADD COLUMN     "spanEnd" TIMESTAMP(3),
ADD COLUMN     "spanStart" TIMESTAMP(3);

-- Hand-written from here.

-- Backfill: the span of each existing item, by the rule of lib/dates.ts itemSpan (the write path computes
-- it for every later write; lib/db/migrate-postgres.test.ts checks the two agree): midnight UTC of its
-- first and last day, coarse dates widened to their week or month, "unknown" the week up to the
-- announcement. Timestamps are stored in UTC without a zone.
UPDATE "Item" SET
    "spanStart" = CASE "datePrecision"
        WHEN 'unknown' THEN date_trunc('day', coalesce("announcedAt", "startDate")) - interval '6 days'
        ELSE date_trunc('day', "startDate")
    END,
    "spanEnd" = CASE "datePrecision"
        WHEN 'unknown' THEN date_trunc('day', coalesce("announcedAt", "startDate"))
        WHEN 'week' THEN greatest(date_trunc('day', "startDate"), date_trunc('day', coalesce("endDate", "startDate")) + interval '6 days')
        WHEN 'month' THEN greatest(date_trunc('day', "startDate"),
            date_trunc('month', coalesce("endDate", "startDate")) + interval '1 month' - interval '1 day')
        ELSE greatest(date_trunc('day', "startDate"), date_trunc('day', coalesce("endDate", "startDate")))
    END;
