/// One named step of the schema, with the SQL of each backend written out: SQLite runs
/// `sqlite`, PostgreSQL runs `postgres`. Both end with the same tables, columns and indexes
/// (`SchemaParityTests`). PostgreSQL's words for SQLite's: integers are 64-bit (`BIGINT`; an
/// `id INTEGER PRIMARY KEY`, which numbers itself, is `BIGSERIAL`), `BLOB` is `BYTEA`, text
/// compares byte by byte as in SQLite (`COLLATE "C"`, so ORDER BY gives the same order on
/// both), `WITHOUT ROWID` has no counterpart, and a table whose rows SQLite numbers by its
/// implicit rowid gets that insertion counter as a `rowid BIGSERIAL` column.
///
/// A step once released is never edited: a change is a new step (one file, one line in
/// `Schema.steps`), so every existing database upgrades the same way.
public struct Migration: Sendable {
    /// The step's name as the databases record it (GRDB's `grdb_migrations`, PostgreSQL's
    /// `schema_migration`): never changed once released.
    public let name: String
    /// The step for SQLite: statements separated by `;`.
    public let sqlite: String
    /// The step for PostgreSQL: statements separated by `;`.
    public let postgres: String
}

/// The store's schema: the migrations in the order every database applies them.
enum Schema {
    /// Every step, oldest first. A new step is a new file `Mnnn_Name.swift` and one line here.
    static let steps: [Migration] = [
        .v1OrganisationLedgerBudget,
        .v2LedgerRowsByRange,
        .v3Staff,
        .v4Indicators,
        .v5Activities,
        .v6InvestmentProjects,
        .v7IndicatorNational,
        .v8ActionPlans,
        .v9StaffGender,
        .v10InvestmentProjectTotals,
        .v11StaffAgeBand,
        .v12IndicatorFocusR12Gender,
        .v13ReportTexts,
        .v14FrozenReports,
        .v15UsersSessionsAuditWorkflow,
        .v16ChangeRequests,
        .v17Organisations,
        .v18LedgerBatches,
        .v19OrganisationSettings,
        .v20LedgerObjectSets,
        .v21KoladaValues,
        .v22BudgetChanges,
        .v23ProjectFunds,
        .v24TopicTexts,
        .v25IndicatorSource,
        .v26Companies,
        .v27Deadlines,
        .v28ForecastHistoryNotifications,
        .v29UserActive,
        .v30Plan,
        .v31PlanVersions,
        .v32DetailedBudgets,
        .v33PlanInvestments,
        .v34LedgerPartitions,
    ]
}
