-- CreateTable
CREATE TABLE "Source" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "outlet" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "publishedAt" DATETIME,
    "reportedAt" DATETIME,
    "text" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Excerpt" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "sourceId" INTEGER NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    CONSTRAINT "Excerpt_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "geometry" TEXT NOT NULL,
    "minLng" REAL NOT NULL,
    "minLat" REAL NOT NULL,
    "maxLng" REAL NOT NULL,
    "maxLat" REAL NOT NULL,
    "locationPrecision" TEXT NOT NULL,
    "startDate" DATETIME NOT NULL,
    "endDate" DATETIME,
    "datePrecision" TEXT NOT NULL,
    "announcedAt" DATETIME,
    "actors" TEXT NOT NULL DEFAULT '[]',
    "countries" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ItemExcerpt" (
    "itemId" INTEGER NOT NULL,
    "excerptId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("itemId", "excerptId"),
    CONSTRAINT "ItemExcerpt_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "Item" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ItemExcerpt_excerptId_fkey" FOREIGN KEY ("excerptId") REFERENCES "Excerpt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Region" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "isoA3" TEXT,
    "geometry" TEXT NOT NULL,
    "minLng" REAL NOT NULL,
    "minLat" REAL NOT NULL,
    "maxLng" REAL NOT NULL,
    "maxLat" REAL NOT NULL,
    "summary" TEXT
);

-- CreateTable
CREATE TABLE "RegionExcerpt" (
    "regionId" TEXT NOT NULL,
    "excerptId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("regionId", "excerptId"),
    CONSTRAINT "RegionExcerpt_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RegionExcerpt_excerptId_fkey" FOREIGN KEY ("excerptId") REFERENCES "Excerpt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Excerpt_sourceId_start_end_key" ON "Excerpt"("sourceId", "start", "end");

-- CreateIndex
CREATE INDEX "Item_minLng_idx" ON "Item"("minLng");

-- CreateIndex
CREATE INDEX "Item_maxLng_idx" ON "Item"("maxLng");

-- CreateIndex
CREATE INDEX "Item_minLat_idx" ON "Item"("minLat");

-- CreateIndex
CREATE INDEX "Item_maxLat_idx" ON "Item"("maxLat");

-- CreateIndex
CREATE INDEX "Item_startDate_idx" ON "Item"("startDate");

-- CreateIndex
CREATE INDEX "ItemExcerpt_excerptId_idx" ON "ItemExcerpt"("excerptId");

-- CreateIndex
CREATE INDEX "Region_kind_idx" ON "Region"("kind");

-- CreateIndex
CREATE INDEX "RegionExcerpt_excerptId_idx" ON "RegionExcerpt"("excerptId");
