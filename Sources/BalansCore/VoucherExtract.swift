/// Verifikationsutdrag: a voucher as one reader may see it. Their own rows in full; the rows of
/// other units summed per account, without ansvar or objects, so the voucher still visibly
/// balances (debet = kredit) without telling which other unit booked what. A reader who may
/// see every row gets them all and no summary.
public struct VoucherExtract<Row: Sendable>: Sendable {
    /// The other units' rows on one account (övriga rader), netted.
    public struct Summary: Sendable, Equatable {
        /// The Kommun-Bas account the rows are booked on.
        public var account: Int
        /// How many rows were summed.
        public var rows: Int
        /// Their sum in ledger sign (debit positive).
        public var amount: Money

        /// The summary of `rows` rows on `account` summing to `amount`.
        public init(account: Int, rows: Int, amount: Money) {
            self.account = account
            self.rows = rows
            self.amount = amount
        }
    }

    /// Debet and kredit of a set of amounts in ledger sign: the positive ones summed, and the
    /// negative ones summed as a positive figure.
    public struct DebitCredit: Sendable, Equatable {
        /// Debet: the positive amounts summed.
        public var debit = Money.zero
        /// Kredit: the negative amounts summed, as a positive figure.
        public var credit = Money.zero

        /// Debet and kredit of `amounts`.
        public init(_ amounts: [Money]) {
            for a in amounts {
                if a < .zero { credit += -a } else { debit += a }
            }
        }

        /// Debet less kredit: zero when they balance.
        public var net: Money { debit - credit }
    }

    /// The reader's own rows, in the voucher's order.
    public var own: [Row]
    /// The other rows per account, by account number.
    public var others: [Summary]
    /// How many rows `others` sums.
    public var otherRowCount: Int
    /// Debet and kredit of the own rows.
    public var ownSums: DebitCredit
    /// Debet and kredit of the summaries, each a line of its own.
    public var otherSums: DebitCredit
    /// Debet and kredit of every line shown: own rows and summaries. Equal for a voucher that
    /// balances, as netting within an account keeps the voucher's sum.
    public var total: DebitCredit

    /// `isOwn` says which rows the reader may see in full; `amount` and `account` read a row.
    public init(
        _ rows: [Row], amount: (Row) -> Money, account: (Row) -> Int, isOwn: (Row) -> Bool
    ) {
        own = rows.filter(isOwn)
        var byAccount: [Int: Summary] = [:]
        for r in rows where !isOwn(r) {
            byAccount[account(r), default: Summary(account: account(r), rows: 0, amount: .zero)].rows += 1
            byAccount[account(r)]?.amount += amount(r)
        }
        others = byAccount.values.sorted { $0.account < $1.account }
        otherRowCount = others.map(\.rows).reduce(0, +)
        ownSums = DebitCredit(own.map(amount))
        // Each summary is one line of the page: a netted account is debet or kredit as its sum is.
        otherSums = DebitCredit(others.map(\.amount))
        total = DebitCredit(own.map(amount) + others.map(\.amount))
    }

    /// Whether the voucher has no row of the reader's: it is not theirs to open.
    public var hasNoOwnRows: Bool { own.isEmpty }

    /// Whether debet equals kredit over the lines shown (own rows and summaries): the whole
    /// voucher's sum is zero, as a voucher's must be.
    public var balances: Bool { total.net.isZero }
}
