import BalansCore
import Foundation
import Testing

/// The weights the budget template writes for a stored row (issue 17, item 4): none for an even periodisation, the
/// smallest whole numbers for a profile, and always the stored months again when split by them.
@Suite struct PeriodisationWeightsTests {
    @Test func anEvenRowHasNoWeights() throws {
        let amount = Money(ore: -25_000_050)
        #expect(Periodisation.weights(of: try #require(Periodisation.split(amount)), amount: amount) == nil)
    }

    @Test func aProfileComesBackAsItsSmallestWeights() throws {
        // 14 000 000 kr by 2 2 2 1 … 1 0: 2 000 000 kr, then 1 000 000 kr, nothing in December.
        let amount = Money(kronor: 14_000_000)
        let months = [2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0].map { Money(kronor: 1_000_000 * $0) }
        #expect(Periodisation.weights(of: months, amount: amount) == [2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0])
        // The example's RGKF-FIN 8410: 12 075 000 kr in January–April, 4 875 000 kr after; 75 000 kr divides both.
        let fin = [Int64](repeating: 12_075_000, count: 4) + [Int64](repeating: 4_875_000, count: 8)
        let w = try #require(
            Periodisation.weights(of: fin.map { Money(kronor: $0) }, amount: Money(kronor: 87_300_000)))
        #expect(w == [Int64](repeating: 161, count: 4) + [Int64](repeating: 65, count: 8))
    }

    @Test func aRowWithRemaindersSplitsBackToTheSameMonths() throws {
        let amount = Money(ore: -290_400_000_001)
        let months = try #require(Periodisation.split(amount, weights: [3, 3, 3, 1, 1, 1, 1, 1, 1, 1, 1, 1]))
        let w = try #require(Periodisation.weights(of: months, amount: amount))
        #expect(Periodisation.split(amount, weights: w) == months)
    }
}
