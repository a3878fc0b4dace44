import BalansCore

extension Store {
    /// The organisation's name (from the org root or the ledger's #FNAMN).
    public func organisationName() async throws -> String {
        try await db.read { db in try storedName(db) } ?? "Organisationen"
    }

    /// The name the organisation row holds, if any.
    func storedName(_ db: any SQLConnection) throws -> String? {
        try String.fetchOne(
            db, sql: "SELECT name FROM organisation WHERE code = ? AND name != ''", arguments: [organisation])
    }

    /// Reads everything the computations need, in one read transaction (a consistent snapshot):
    /// each data kind's rows, assembled.
    public func followUpData() async throws -> FollowUpData {
        try await reading { s in
            let nodes = try loadNodes(s.db)
            let rules = try mappingRules(s)
            let allBudgets = try budgets(s, nodes: nodes)
            let rootName = nodes.first { $0.parent == nil }?.name
            let name = try storedName(s.db) ?? rootName ?? "Organisationen"
            var data = FollowUpData(
                organisationName: rootName ?? name, nodes: nodes,
                mapping: rules.isEmpty ? .kommunBas13 : AccountMapping(rules: rules), ledgers: try ledgers(s),
                budgets: allBudgets.filter(\.isDecided), forecasts: try forecasts(s), figures: try figures(s),
                investments: try investments(s), staff: try staff(s), indicators: try indicators(s),
                activities: try activities(s), actionPlans: try actionPlans(s), texts: try texts(s))
            data.budgetProposals = allBudgets.filter { !$0.isDecided }
            data.topics = try topics(s)
            data.policy = try policy(s.db)
            data.kolada = try koladaValues(s)
            data.projectFunds = try projectFunds(s)
            data.taxAssumptions = try taxAssumptions(s)
            data.frameRows = try frameRows(s)
            data.planVersions = try planVersions(s)
            data.planInvestments = try planInvestments(s)
            data.planFinance = try planFinance(s)
            for r in try s.select("year, number, name", from: "account") {
                data.accountNames[r["year"] as Int, default: [:]][r["number"] as Int] = r["name"] as String
            }
            let own = try setting(s.db, .koladaMunicipality)
            data.koladaMunicipality = own.isEmpty ? nil : own
            data.koncern = try koncern(s)
            return data
        }
    }
}
