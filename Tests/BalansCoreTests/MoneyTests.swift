import BalansCore
import Foundation
import Testing

@Suite struct MoneyTests {
    @Test func parsesSwedishAndPlainAmounts() {
        #expect(Money.parse("-1 234 567,89") == Money(ore: -123_456_789))
        #expect(Money.parse("−1234567.8") == Money(ore: -123_456_780))
        #expect(Money.parse("12") == Money(ore: 1200))
        #expect(Money.parse("1\u{00A0}909,8") == Money(ore: 190_980))
        #expect(Money.parse("1.234") == nil)  // three decimals: never rounded silently
        #expect(Money.parse("12a") == nil)
        #expect(Money.parse("") == nil)
        #expect(Money.parse("1,2,3") == nil)
    }

    @Test func roundsHalfAwayFromZero() {
        // 0,05 mnkr in tenths: 0,1; −0,05 → −0,1 (SPEC §4: half away from zero).
        #expect(Money(ore: 5_000_000).rounded(toUnitsOf: 10_000_000) == 1)
        #expect(Money(ore: -5_000_000).rounded(toUnitsOf: 10_000_000) == -1)
        #expect(Money(ore: -4_999_999).rounded(toUnitsOf: 10_000_000) == 0)
        // Seed 003 balanskrav 2020: 766 − 22 + 52 shown as 797 when each figure is rounded on its own.
        let result = Money(kronor: 766_400_000)
        let gains = Money(kronor: -21_600_000)
        let unrealised = Money(kronor: 52_400_000)
        let mnkr: Int64 = 100_000_000
        #expect([result, gains, unrealised].map { $0.rounded(toUnitsOf: mnkr) } == [766, -22, 52])
        #expect((result + gains + unrealised).rounded(toUnitsOf: mnkr) == 797)
    }

    @Test func decimalRoundingHalfAwayFromZero() {
        #expect(Decimal(string: "-3.25")!.roundedHalfAwayFromZero(scale: 1) == Decimal(string: "-3.3")!)
        #expect(Decimal(string: "112.45")!.roundedHalfAwayFromZero(scale: 1) == Decimal(string: "112.5")!)
    }

    @Test func evenPeriodisationSumsExactly() throws {
        let months = try #require(Periodisation.split(Money(ore: -75_940_000_01)))
        #expect(months.count == 12)
        #expect(months.sum() == Money(ore: -75_940_000_01))
        #expect(Set(months.map(\.ore)).count <= 2)  // at most one öre between months
    }

    @Test func profilePeriodisation() throws {
        // Seed 000 Regionbidrag Regionkontoret bas: 61,8 of 237,1 in January–March.
        let weights: [Int64] = [206, 206, 206, 195, 195, 195, 195, 195, 195, 195, 195, 193]  // sums to 2 371
        let months = try #require(Periodisation.split(Money(kronor: 237_100_000), weights: weights))
        #expect(months.sum() == Money(kronor: 237_100_000))
        #expect(months.prefix(3).sum().rounded(toUnitsOf: 10_000_000) == 618)
        #expect(Periodisation.split(Money(kronor: 1), weights: Array(repeating: 0, count: 12)) == nil)
        #expect(Periodisation.split(Money(kronor: 1), weights: [1, 2]) == nil)
    }

    @Test func periods() {
        #expect(Period("2024-04")?.description == "2024-04")
        #expect(Period("2024-13") == nil)
        #expect(Period("24-04") == nil)
        #expect(Period("2024-04")!.previousYear.description == "2023-04")
    }

    /// Issue 13: ten amounts of 16 digits on one line overflowed a sum and trapped the server.
    @Test func inputAmountsAreBoundedAtATrillionKronor() {
        #expect(Money.parse("1 000 000 000 000") == Money(ore: 100_000_000_000_000))
        #expect(Money.parse("-1000000000000,00") == Money(ore: -100_000_000_000_000))
        #expect(Money.parsing("1000000000000,01") == .failure(.tooLarge))
        #expect(Money.parsing("9999999999999999") == .failure(.tooLarge))
        #expect(Money.parsing("99999999999999999999999") == .failure(.tooLarge))
        #expect(Money.parse("0000000000000000012,50") == Money(ore: 1250))  // leading zeros are not digits of size
        #expect(Money.parsing("12a") == .failure(.notAnAmount))
    }

    @Test func arithmeticBeyondInt64IsOverflowNotATrap() {
        let big = Money(ore: Int64.max / 2 + 1)
        // Int64.max + 1 traps in plain Int64 arithmetic.
        #expect((big + big).isOverflow)
        #expect((Money(ore: Int64.max) + Money(ore: 1)).isOverflow)
        #expect((Money(ore: -Int64.max) - Money(ore: 2)).isOverflow)
        // Sticky: nothing added to an overflow makes it a number again.
        #expect(((big + big) - big).isOverflow)
        #expect((-Money.overflow).isOverflow)
        #expect(Money.overflow.magnitude.isOverflow)
        #expect(Array(repeating: Money(ore: 999_999_999_999_999_999), count: 10).sum().isOverflow)
        #expect(Money(kronor: Int64.max / 10).isOverflow)
        // In range, the same exact sums as before.
        #expect(Money(ore: Int64.max - 1) + Money(ore: 1) == Money(ore: Int64.max))
        #expect(Money(ore: -5).magnitude == Money(ore: 5))
        #expect(Ratio.percent(Money.overflow, of: Money(ore: 100)) == nil)
        #expect(Money.overflow.description == "overflow")
    }
}
