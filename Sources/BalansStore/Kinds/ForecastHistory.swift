import BalansCore
import Foundation

/// One kept version of a committee's forecast (issue 17): what was submitted, returned or approved, by whom and
/// when, with its rows as they were at that step. Saving a draft keeps no version; each step of the workflow does.
public struct ForecastVersion: Sendable, Equatable {
    /// The workflow state's version the step made (`ForecastState.version` after it).
    public var version: Int
    /// The step: submitted, returned or approved.
    public var status: ForecastState.Status
    /// Who took the step.
    public var user: String
    /// When, an ISO 8601 UTC timestamp.
    public var at: String
    /// The step's comment (a return's reason); "" when none.
    public var comment: String
    /// The committee's forecast rows at the step, report sign.
    public var rows: [ForecastRow]
}

/// A post of the comment thread (kommentarer) of a committee's forecast of a period.
public struct ForecastComment: Sendable, Equatable {
    /// Who wrote it.
    public var user: String
    /// When, an ISO 8601 UTC timestamp.
    public var at: String
    /// The text, checked by `InputText` (no control characters but line breaks).
    public var text: String
}

extension Store {
    /// Keeps the committee's rows of `lines` with `rowStatus` as version `state.version` of the forecast, in the
    /// transaction of `s` (called by `transitionForecast` at every step).
    func keepForecastVersion(
        _ s: Scoped, period: Period, committee: NodeCode, lines: [NodeCode], rowStatus: String, state: ForecastState
    ) throws {
        try s.insert(
            into: "forecast_version", ["period", "committee", "version", "status", "user_name", "at", "comment"],
            [
                period.description, committee, state.version, state.status.rawValue, state.updatedBy, state.updatedAt,
                state.comment,
            ])
        var seq = 0
        for line in lines {
            for r in try s.all(
                ForecastRecord.self, where: "period = ? AND node = ? AND status = ?",
                [period.description, line, rowStatus], then: "ORDER BY id")
            {
                seq += 1
                try s.insert(
                    into: "forecast_version_row",
                    ["period", "committee", "version", "seq", "node", "account", "amount", "comment"],
                    [period.description, committee, state.version, seq, r.node, r.account, r.amount.ore, r.comment])
            }
        }
    }

    /// Every kept version of `committee`'s forecast of `period`, oldest first.
    public func forecastHistory(period: Period, committee: NodeCode) async throws -> [ForecastVersion] {
        try await reading { s in
            let key: SQLArguments = [period.description, committee]
            var rows: [Int: [ForecastRow]] = [:]
            for r in try s.select(
                "version, node, account, amount, comment", from: "forecast_version_row",
                where: "period = ? AND committee = ?", key, then: "ORDER BY version, seq")
            {
                rows[r["version"], default: []].append(
                    ForecastRow(
                        period: period, node: NodeCode(r["node"] as String), account: r["account"],
                        amount: Money(ore: r["amount"]), comment: r["comment"]))
            }
            return try s.select(
                "version, status, user_name, at, comment", from: "forecast_version",
                where: "period = ? AND committee = ?", key, then: "ORDER BY version"
            ).compactMap { r in
                guard let status = ForecastState.Status(rawValue: r["status"]) else { return nil }
                let version: Int = r["version"]
                return ForecastVersion(
                    version: version, status: status, user: r["user_name"], at: r["at"], comment: r["comment"],
                    rows: rows[version] ?? [])
            }
        }
    }

    /// The comment thread of `committee`'s forecast of `period`, oldest first.
    public func forecastComments(period: Period, committee: NodeCode) async throws -> [ForecastComment] {
        try await reading { s in
            try s.select(
                "user_name, at, text", from: "forecast_comment", where: "period = ? AND committee = ?",
                [period.description, committee], then: "ORDER BY id"
            ).map { ForecastComment(user: $0["user_name"], at: $0["at"], text: $0["text"]) }
        }
    }

    /// Adds a post to the thread of `committee`'s forecast of `period`: refused when empty, too long or with
    /// control characters, or when the committee is no unit of the forecast workflow that year.
    public func addForecastComment(period: Period, committee: NodeCode, text: String, user: String) async throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw WorkflowError(description: "Kommentaren är tom.") }
        if let problem = InputText.problem(in: text, multiline: true) {
            throw WorkflowError(description: "Kommentaren \(problem).")
        }
        try await writing { s in
            _ = try forecastLines(s.db, period: period, committee: committee)
            try addComment(s, period: period, committee: committee, text: text, user: user)
        }
    }

    func addComment(_ s: Scoped, period: Period, committee: NodeCode, text: String, user: String) throws {
        try s.insert(
            into: "forecast_comment", ["period", "committee", "user_name", "at", "text"],
            [period.description, committee, user, Store.now(), text])
    }
}
