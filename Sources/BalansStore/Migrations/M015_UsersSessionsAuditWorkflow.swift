extension Migration {
    /// v15: the web application's users, sessions, audit trail and forecast workflow (issue 7).
    static let v15UsersSessionsAuditWorkflow = Migration(
        name: "v15-users-sessions-audit-workflow",
        sqlite: """
            CREATE TABLE app_user (
                name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, role TEXT NOT NULL,
                node TEXT NOT NULL DEFAULT ''
            );

            CREATE TABLE session (
                token_hash TEXT PRIMARY KEY, user_name TEXT NOT NULL REFERENCES app_user(name) ON DELETE CASCADE,
                csrf TEXT NOT NULL, expires_at INTEGER NOT NULL
            );

            CREATE TABLE audit (
                id INTEGER PRIMARY KEY, at TEXT NOT NULL, user_name TEXT NOT NULL, action TEXT NOT NULL,
                entity TEXT NOT NULL, old_value TEXT NOT NULL, new_value TEXT NOT NULL
            );

            CREATE TABLE forecast_state (
                period TEXT NOT NULL, node TEXT NOT NULL, status TEXT NOT NULL, version INTEGER NOT NULL,
                comment TEXT NOT NULL DEFAULT '', updated_by TEXT NOT NULL, updated_at TEXT NOT NULL,
                PRIMARY KEY (period, node)
            );
            """,
        postgres: """
            CREATE TABLE app_user (
                name TEXT COLLATE "C" PRIMARY KEY, password_hash TEXT COLLATE "C" NOT NULL,
                role TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL DEFAULT ''
            );

            CREATE TABLE session (
                token_hash TEXT COLLATE "C" PRIMARY KEY,
                user_name TEXT COLLATE "C" NOT NULL REFERENCES app_user(name) ON DELETE CASCADE,
                csrf TEXT COLLATE "C" NOT NULL, expires_at BIGINT NOT NULL
            );

            CREATE TABLE audit (
                id BIGSERIAL PRIMARY KEY, at TEXT COLLATE "C" NOT NULL, user_name TEXT COLLATE "C" NOT NULL,
                action TEXT COLLATE "C" NOT NULL, entity TEXT COLLATE "C" NOT NULL,
                old_value TEXT COLLATE "C" NOT NULL, new_value TEXT COLLATE "C" NOT NULL
            );

            CREATE TABLE forecast_state (
                period TEXT COLLATE "C" NOT NULL, node TEXT COLLATE "C" NOT NULL, status TEXT COLLATE "C" NOT NULL,
                version BIGINT NOT NULL, comment TEXT COLLATE "C" NOT NULL DEFAULT '',
                updated_by TEXT COLLATE "C" NOT NULL, updated_at TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (period, node)
            );
            """)
}
