extension Migration {
    /// v8: action plans (åtgärdsplaner): expected and realised effect per month.
    static let v8ActionPlans = Migration(
        name: "v8-action-plans",
        sqlite: """
            CREATE TABLE action_plan (
                node TEXT NOT NULL, plan TEXT NOT NULL, measure TEXT NOT NULL, year INTEGER NOT NULL,
                month INTEGER NOT NULL, expected INTEGER NOT NULL, realised INTEGER, comment TEXT NOT NULL
            );
            """,
        postgres: """
            CREATE TABLE action_plan (
                rowid BIGSERIAL, node TEXT COLLATE "C" NOT NULL, plan TEXT COLLATE "C" NOT NULL,
                measure TEXT COLLATE "C" NOT NULL, year BIGINT NOT NULL, month BIGINT NOT NULL,
                expected BIGINT NOT NULL, realised BIGINT, comment TEXT COLLATE "C" NOT NULL
            );
            """)
}
