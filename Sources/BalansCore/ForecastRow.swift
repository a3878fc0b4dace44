/// A full-year forecast (prognos) for an org node (and optionally an account), made at a
/// report period, with its comment (SPEC §3). Report sign.
public struct ForecastRow: Hashable, Sendable {
    public enum Status: String, Sendable { case draft, submitted, approved }
    public var period: Period
    public var node: String
    public var account: Int?
    public var amount: Money
    public var comment: String
    public var author: String
    public var status: Status
    public init(
        period: Period, node: String, account: Int?, amount: Money, comment: String = "", author: String = "",
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
