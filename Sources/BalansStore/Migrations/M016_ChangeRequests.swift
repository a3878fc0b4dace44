extension Migration {
    /// v16: changes a committee controller proposes (texts, activities, indicators) before approval.
    static let v16ChangeRequests = Migration(
        name: "v16-change-requests",
        sqlite: """
            CREATE TABLE change_request (
                id INTEGER PRIMARY KEY, kind TEXT NOT NULL, period TEXT NOT NULL, node TEXT NOT NULL,
                key TEXT NOT NULL, value TEXT NOT NULL, comment TEXT NOT NULL, status TEXT NOT NULL,
                version INTEGER NOT NULL, review_comment TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL,
                UNIQUE (kind, period, node, key)
            );
            """,
        postgres: """
            CREATE TABLE change_request (
                id BIGSERIAL PRIMARY KEY, kind TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL,
                node TEXT COLLATE "C" NOT NULL, key TEXT COLLATE "C" NOT NULL, value TEXT COLLATE "C" NOT NULL,
                comment TEXT COLLATE "C" NOT NULL, status TEXT COLLATE "C" NOT NULL, version BIGINT NOT NULL,
                review_comment TEXT COLLATE "C" NOT NULL DEFAULT '', updated_by TEXT COLLATE "C" NOT NULL,
                updated_at TEXT COLLATE "C" NOT NULL,
                UNIQUE (kind, period, node, key)
            );
            """)
}
