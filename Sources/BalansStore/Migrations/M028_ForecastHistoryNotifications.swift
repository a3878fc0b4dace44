extension Migration {
    /// v28 (issue 17): every submitted, returned and approved version of a committee's forecast (`forecast_version`
    /// and its rows), the comment thread per committee and period, the users' notifications (in the app, and by
    /// e-mail where the operator configures a sendmail command: hence a login's e-mail address) and the users' own
    /// settings (the forecast form's unit).
    static let v28ForecastHistoryNotifications = Migration(
        name: "v28-forecast-history-notifications",
        sqlite: """
            CREATE TABLE forecast_version (
                organisation TEXT NOT NULL, period TEXT NOT NULL, committee TEXT NOT NULL, version INTEGER NOT NULL,
                status TEXT NOT NULL, user_name TEXT NOT NULL, at TEXT NOT NULL, comment TEXT NOT NULL,
                PRIMARY KEY (organisation, period, committee, version)
            ) WITHOUT ROWID;
            CREATE TABLE forecast_version_row (
                organisation TEXT NOT NULL, period TEXT NOT NULL, committee TEXT NOT NULL, version INTEGER NOT NULL,
                seq INTEGER NOT NULL, node TEXT NOT NULL, account INTEGER, amount INTEGER NOT NULL,
                comment TEXT NOT NULL,
                PRIMARY KEY (organisation, period, committee, version, seq)
            ) WITHOUT ROWID;
            CREATE TABLE forecast_comment (
                id INTEGER PRIMARY KEY, organisation TEXT NOT NULL, period TEXT NOT NULL, committee TEXT NOT NULL,
                user_name TEXT NOT NULL, at TEXT NOT NULL, text TEXT NOT NULL
            );
            CREATE INDEX forecast_comment_thread ON forecast_comment(organisation, period, committee, id);
            CREATE TABLE notification (
                id INTEGER PRIMARY KEY, organisation TEXT NOT NULL, user_name TEXT NOT NULL, at TEXT NOT NULL,
                kind TEXT NOT NULL, text TEXT NOT NULL, url TEXT NOT NULL, dedupe TEXT NOT NULL,
                seen INTEGER NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX notification_once ON notification(organisation, user_name, dedupe);
            CREATE TABLE user_setting (
                organisation TEXT NOT NULL, user_name TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
                PRIMARY KEY (organisation, user_name, key)
            ) WITHOUT ROWID;
            ALTER TABLE app_user ADD COLUMN email TEXT NOT NULL DEFAULT '';
            """,
        postgres: """
            CREATE TABLE forecast_version (
                organisation TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL,
                committee TEXT COLLATE "C" NOT NULL, version BIGINT NOT NULL, status TEXT COLLATE "C" NOT NULL,
                user_name TEXT COLLATE "C" NOT NULL, at TEXT COLLATE "C" NOT NULL, comment TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, period, committee, version)
            );
            CREATE TABLE forecast_version_row (
                organisation TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL,
                committee TEXT COLLATE "C" NOT NULL, version BIGINT NOT NULL, seq BIGINT NOT NULL,
                node TEXT COLLATE "C" NOT NULL, account BIGINT, amount BIGINT NOT NULL,
                comment TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, period, committee, version, seq)
            );
            CREATE TABLE forecast_comment (
                id BIGSERIAL PRIMARY KEY, organisation TEXT COLLATE "C" NOT NULL, period TEXT COLLATE "C" NOT NULL,
                committee TEXT COLLATE "C" NOT NULL, user_name TEXT COLLATE "C" NOT NULL,
                at TEXT COLLATE "C" NOT NULL, text TEXT COLLATE "C" NOT NULL
            );
            CREATE INDEX forecast_comment_thread ON forecast_comment(organisation, period, committee, id);
            CREATE TABLE notification (
                id BIGSERIAL PRIMARY KEY, organisation TEXT COLLATE "C" NOT NULL, user_name TEXT COLLATE "C" NOT NULL,
                at TEXT COLLATE "C" NOT NULL, kind TEXT COLLATE "C" NOT NULL, text TEXT COLLATE "C" NOT NULL,
                url TEXT COLLATE "C" NOT NULL, dedupe TEXT COLLATE "C" NOT NULL, seen BIGINT NOT NULL DEFAULT 0
            );
            CREATE UNIQUE INDEX notification_once ON notification(organisation, user_name, dedupe);
            CREATE TABLE user_setting (
                organisation TEXT COLLATE "C" NOT NULL, user_name TEXT COLLATE "C" NOT NULL,
                key TEXT COLLATE "C" NOT NULL, value TEXT COLLATE "C" NOT NULL,
                PRIMARY KEY (organisation, user_name, key)
            );
            ALTER TABLE app_user ADD COLUMN email TEXT COLLATE "C" NOT NULL DEFAULT '';
            """)
}
