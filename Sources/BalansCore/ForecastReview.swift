/// The review (granskning) of a committee's submitted forecast before approval (issue 17): line by line and
/// account, the budget, the forecast in force that the submitted one would replace (the approved rows in force,
/// `ForecastsInForce`, else the budget: a nollprognos), the submitted amount, the change and the line's comment.
public struct ForecastReview: Sendable, Equatable {
    /// One line and account of the review.
    public struct Row: Sendable, Equatable {
        /// The node (code) of the row: the committee or a node below it.
        public var node: NodeCode
        /// The account; nil for a line as a whole.
        public var account: Int?
        /// Budget helår, öre, report sign.
        public var budget: Money
        /// Gällande prognos: the approved forecast in force (or the budget where there is none).
        public var inForce: Money
        /// The submitted (pending) forecast; the forecast in force where the committee left the line alone.
        public var submitted: Money
        /// The comment of the submitted rows; "" when none.
        public var comment: String
        /// Förändring: submitted − in force (positive: a better result).
        public var change: Money { submitted - inForce }
        /// Avvikelse mot budget of the submitted forecast: submitted − budget (report sign: positive is better).
        public var deviation: Money { submitted - budget }
    }

    /// The rows in tree order, by account within a node.
    public var rows: [Row]

    /// The totals of budget, in force, submitted and change over `rows`.
    public var totals: (budget: Money, inForce: Money, submitted: Money, change: Money) {
        (
            rows.map(\.budget).sum(), rows.map(\.inForce).sum(), rows.map(\.submitted).sum(),
            rows.map(\.change).sum()
        )
    }

    /// The review of `committee`'s forecast at `period`: the pending (submitted or draft) rows against the forecast
    /// in force. A node with no pending rows keeps what is in force.
    public init(_ data: FollowUpData, period p: Period, committee: NodeCode) {
        let submitted = ForecastEntry.rows(data, period: p, committee: committee)
        let inForce = ForecastsInForce(data, at: p)
        rows = submitted.map { e in
            let approved = inForce.rows(of: e.node)?.filter { $0.account == e.account }
            // A node with a forecast in force but no row of this account forecasts it at 0 (as the driftredovisning).
            let current = inForce.rows(of: e.node) == nil ? e.budget : (approved ?? []).map(\.amount).sum()
            return Row(
                node: e.node, account: e.account, budget: e.budget, inForce: current, submitted: e.forecast,
                comment: e.comment)
        }
    }
}
