/// Gällande prognos: the forecast in force at a report period, the one rule every statement,
/// the driftredovisning, the account breakdown and the forecast form read (issue 14). A node's
/// forecast is its approved rows of its latest forecast period of the year up to the report
/// period; a node without one has the budget as its forecast (nollprognos, SPEC §4.2).
public struct ForecastsInForce: Sendable {
    /// Per node: the rows of its latest forecast period.
    private let latest: [NodeCode: [ForecastRow]]

    /// The forecasts in force at `period`: approved rows of `period`'s year, periods ≤ `period`.
    public init(_ data: FollowUpData, at period: Period) {
        var latest: [NodeCode: [ForecastRow]] = [:]
        for row in data.reportedForecasts where row.period.year == period.year && row.period <= period {
            guard let current = latest[row.node]?.first?.period, current >= row.period else {
                latest[row.node] = [row]
                continue
            }
            if current == row.period { latest[row.node]?.append(row) }
        }
        self.latest = latest
    }

    /// `node`'s forecast rows, or nil when it has none (nollprognos: its budget stands).
    public func rows(of node: NodeCode) -> [ForecastRow]? { latest[node] }

    /// Whether any node has a forecast.
    public var isEmpty: Bool { latest.isEmpty }

    /// The nodes with a forecast in force.
    public var nodes: Dictionary<NodeCode, [ForecastRow]>.Keys { latest.keys }
}
