extension Migration {
    /// v24: the texts written under the organisation's own headings (issue 15): per report
    /// period and node, a chapter's heading (a focus area), topic (a goal) and text, with the
    /// indicators shown under it; `ordinal` keeps the order the file gives.
    static let v24TopicTexts = Migration(
        name: "v24-topic-texts",
        sqlite: """
            CREATE TABLE topic_text (
                organisation TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL, chapter TEXT NOT NULL,
                heading TEXT NOT NULL, topic TEXT NOT NULL, ordinal INTEGER NOT NULL, text TEXT NOT NULL,
                indicators TEXT NOT NULL,
                PRIMARY KEY (organisation, period, node, chapter, heading, topic)
            ) WITHOUT ROWID;
            """,
        postgres: """
            CREATE TABLE topic_text (
                organisation TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL,
                node TEXT COLLATE "C" NOT NULL, chapter TEXT COLLATE "C" NOT NULL, heading TEXT COLLATE "C" NOT NULL,
                topic TEXT COLLATE "C" NOT NULL, ordinal BIGINT NOT NULL, text TEXT COLLATE "C" NOT NULL,
                indicators TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, period, node, chapter, heading, topic)
            );
            """)
}
