import BalansCore

/// The reporting deadlines (sista dag för nämndernas rapportering) of the periods, and the committees' forecast
/// states of a period as the status board reads them (issue 17).
extension Store {
    /// The deadline of `period` as `YYYY-MM-DD`, nil when none is set.
    public func deadline(period: Period) async throws -> String? {
        try await reading { s in
            try s.selectOne("due", from: "report_deadline", where: "period = ?", [period.description])
                .map { $0["due"] as String }
        }
    }

    /// Every period's deadline, `YYYY-MM-DD`, by period.
    public func deadlines() async throws -> [Period: String] {
        try await reading { s in
            var due: [Period: String] = [:]
            for r in try s.select("period, due", from: "report_deadline") {
                if let p = Period(r["period"] as String) { due[p] = r["due"] }
            }
            return due
        }
    }

    /// Sets (or, with nil, removes) the deadline of `period`, with a line in the audit trail.
    public func setDeadline(period: Period, due: String?, user: String) async throws {
        try await writing { s in
            let old =
                try s.selectOne("due", from: "report_deadline", where: "period = ?", [period.description])
                .map { $0["due"] as String } ?? ""
            _ = try s.delete(from: "report_deadline", where: "period = ?", [period.description])
            if let due {
                try s.insert(into: "report_deadline", ["period", "due", "set_by"], [period.description, due, user])
            }
            try audit(
                s.db, user: user, action: "deadline", entity: period.description, old: old, new: due ?? "")
        }
    }

    /// Every committee's forecast state of `period` that has one (a committee without is not started).
    public func forecastStates(period: Period) async throws -> [NodeCode: ForecastState] {
        try await reading { s in
            var states: [NodeCode: ForecastState] = [:]
            for r in try s.select(
                "node, " + ForecastStateRecord.columns.joined(separator: ", "), from: ForecastStateRecord.table,
                where: "period = ?", [period.description])
            {
                if let state = ForecastStateRecord.decode(r) { states[NodeCode(r["node"] as String)] = state }
            }
            return states
        }
    }
}
