import BalansCore
import BalansStore

/// Where each committee's reporting of a period stands (issue 17): the status board, the deadline reminders and the
/// JSON API read it. A forecast read in from a file (`balans import forecast`) counts as approved without a step of
/// the workflow.
struct Reporting: Sendable {
    /// One committee of the period's tree.
    struct Committee: Sendable {
        var code: NodeCode
        var name: String
        /// Its workflow state; nil before its first save.
        var state: ForecastState?
        /// Approved by a file's rows, with no workflow state.
        var fromFile: Bool
        /// Submitted or approved (or read in from a file): nothing more is due from the committee.
        var reported: Bool
    }

    var committees: [Committee]

    init(_ data: FollowUpData, period p: Period, states: [NodeCode: ForecastState]) {
        let tree = data.tree(for: p.year)
        let imported = Set(
            data.reportedForecasts.filter { $0.period == p }.compactMap { tree.forecastUnit(of: $0.node) })
        committees = tree.committees.map { c in
            let state = states[c.code]
            let fromFile = state == nil && imported.contains(c.code)
            let done = fromFile || (state.map { $0.status == .submitted || $0.status == .approved } ?? false)
            return Committee(code: c.code, name: c.name, state: state, fromFile: fromFile, reported: done)
        }
    }
}
