/// A full-year forecast (prognos) for an org node (and optionally an account), made at a
/// report period, with its comment (SPEC §3). Report sign.
public struct ForecastRow: Hashable, Sendable {
    /// Where the forecast is in the workflow: `draft` (the controller's work), `submitted` (waiting for approval),
    /// `approved` (the only status the reports read).
    public enum Status: String, Sendable { case draft, submitted, approved }
    /// The report period the forecast is made at ("prognos efter april").
    public var period: Period
    /// The org node (code) forecast, normally a budget line.
    public var node: NodeCode
    /// The account; nil for a forecast of the line as a whole, which the driftredovisning uses but which leaves the
    /// resultaträkning without a forecast column (`IncomeStatement.forecast`).
    public var account: Int?
    /// Prognos helår: the full-year result expected, öre, report sign (revenues positive, costs negative).
    public var amount: Money
    /// The controller's explanation of the forecast; "" when none.
    public var comment: String
    /// Who made the forecast (the user, or the file's `author` column); "" when not given.
    public var author: String
    /// The forecast's place in the workflow.
    public var status: Status
    /// A forecast row; approved unless `status` says otherwise (as in the `forecast` file).
    public init(
        period: Period, node: NodeCode, account: Int?, amount: Money, comment: String = "", author: String = "",
        status: Status = .approved
    ) {
        self.period = period
        self.node = node
        self.account = account
        self.amount = amount
        self.comment = comment
        self.author = author
        self.status = status
    }
}
