import BalansCore
import Testing

/// A voucher as a committee controller sees it: their rows, the rest netted per account.
@Suite struct VoucherExtractTests {
    struct Row: Sendable {
        var account: Int
        var ansvar: String
        var ore: Int64
    }

    /// A supplier invoice split over two units, paid from the bank: 700 + 300 + 50 (VAT) debit,
    /// 1 050 kredit on the supplier, of which the committee owns the 700 on ansvar A.
    static let invoice = [
        Row(account: 4510, ansvar: "A", ore: 70_000), Row(account: 4510, ansvar: "B", ore: 30_000),
        Row(account: 2640, ansvar: "", ore: 5_000), Row(account: 2440, ansvar: "", ore: -105_000),
    ]

    @Test func theOtherRowsAreSummedPerAccountAndTheVoucherBalances() {
        let extract = VoucherExtract(
            Self.invoice, amount: { Money(ore: $0.ore) }, account: \.account, isOwn: { $0.ansvar == "A" })
        #expect(extract.own.map(\.ore) == [70_000])
        #expect(
            extract.others == [
                .init(account: 2440, rows: 1, amount: Money(ore: -105_000)),
                .init(account: 2640, rows: 1, amount: Money(ore: 5_000)),
                .init(account: 4510, rows: 1, amount: Money(ore: 30_000)),
            ])
        #expect(extract.otherRowCount == 3)
        #expect(extract.ownSums == .init([Money(ore: 70_000)]))
        #expect(extract.otherSums.debit == Money(ore: 35_000) && extract.otherSums.credit == Money(ore: 105_000))
        #expect(extract.total.debit == Money(ore: 105_000) && extract.total.credit == Money(ore: 105_000))
        #expect(extract.balances && !extract.hasNoOwnRows)
    }

    @Test func rowsOnOneAccountAreNettedAndNoOwnRowMeansNone() {
        // Two other rows on 4510 (B and C) net to one line; an unbalanced voucher says so.
        let rows = Self.invoice + [Row(account: 4510, ansvar: "C", ore: -10_000)]
        let extract = VoucherExtract(
            rows, amount: { Money(ore: $0.ore) }, account: \.account, isOwn: { $0.ansvar == "A" })
        #expect(
            extract.others.first { $0.account == 4510 } == .init(account: 4510, rows: 2, amount: Money(ore: 20_000)))
        #expect(!extract.balances && extract.total.net == Money(ore: -10_000))
        let none = VoucherExtract(rows, amount: { Money(ore: $0.ore) }, account: \.account, isOwn: { _ in false })
        #expect(none.hasNoOwnRows && none.otherRowCount == rows.count)
    }
}
