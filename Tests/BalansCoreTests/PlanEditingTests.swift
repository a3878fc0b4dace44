import BalansCore
import Foundation
import Testing

/// A plan version's stamp, copy and name (issue 18, item 1).
@Suite struct PlanEditingTests {
    static let taxes = [
        TaxAssumption(version: "a", year: 2023, item: .taxBase, value: 1_000_000),
        TaxAssumption(version: "a", year: 2025, item: .taxRate, value: Decimal(string: "11.40")!),
    ]
    static let frames = [
        FrameRow(version: "a", year: 2025, node: "C", kind: .wageIndex, label: "Löner", percent: 3),
        FrameRow(version: "a", year: 2025, node: "C", kind: .saving, label: "Eff", amount: Money(kronor: -5)),
    ]

    @Test func theStampChangesWithEveryField() {
        let stamp = PlanVersions.stamp(taxes: Self.taxes, frames: Self.frames)
        #expect(stamp == PlanVersions.stamp(taxes: Self.taxes, frames: Self.frames))
        var taxes = Self.taxes
        taxes[1].value = Decimal(string: "11.41")!
        var frames = Self.frames
        frames[1].amount = Money(ore: -501)
        var label = Self.frames
        label[0].label = "Löner 2"
        var order = Self.frames
        order.swapAt(0, 1)
        let others = [
            PlanVersions.stamp(taxes: taxes, frames: Self.frames),
            PlanVersions.stamp(taxes: Self.taxes, frames: frames),
            PlanVersions.stamp(taxes: Self.taxes, frames: label), PlanVersions.stamp(taxes: Self.taxes, frames: order),
            PlanVersions.stamp(taxes: [], frames: []),
        ]
        #expect(Set(others + [stamp]).count == 6)
    }

    @Test func aCopyTakesTheWhatIfsAsItsOwn() throws {
        var data = FollowUpData(
            organisationName: "R", nodes: [], mapping: AccountMapping(rules: []), ledgers: [:], budgets: [],
            forecasts: [], figures: [], investments: [])
        data.taxAssumptions = Self.taxes
        data.frameRows = Self.frames
        let overrides = try [
            #require(PlanOverride("skattesats:2025=11.50")), #require(PlanOverride("löneindex:2025=4")),
        ]
        let (taxes, frames) = PlanVersions.copy("a", as: "b", overrides: overrides, in: data)
        #expect(taxes.allSatisfy { $0.version == "b" } && frames.allSatisfy { $0.version == "b" })
        #expect(taxes.first { $0.item == .taxRate }?.value == Decimal(string: "11.50")!)
        #expect(taxes.filter { $0.item == .taxRate }.count == 1)
        #expect(frames[0].percent == 4 && frames[1].amount == Money(kronor: -5))
        #expect(PlanVersions.copy("x", as: "b", in: data) == ([], []))
    }

    @Test func names() {
        #expect(PlanVersions.isValidName("forslag-2025_b.2"))
        #expect(PlanVersions.isValidName("förslag-2025"))
        for bad in ["", "a b", "a/b", "a?b", String(repeating: "x", count: 41)] {
            #expect(!PlanVersions.isValidName(bad), "\(bad)")
        }
    }

    @Test func rowProblems() {
        #expect(FrameRow.problem(.wageIndex, amount: nil, percent: nil) == .amountOrPercent)
        #expect(FrameRow.problem(.wageIndex, amount: .zero, percent: 1) == .amountOrPercent)
        #expect(FrameRow.problem(.volume, amount: nil, percent: nil) == .amountMissing)
        #expect(FrameRow.problem(.volume, amount: .zero, percent: 1) == .percentNotIndex)
        #expect(FrameRow.problem(.priority, amount: Money(kronor: -1), percent: nil) == .negativePriority)
        #expect(FrameRow.problem(.saving, amount: Money(kronor: 1), percent: nil) == .positiveSaving)
        #expect(FrameRow.problem(.saving, amount: Money(kronor: -1), percent: nil) == nil)
        #expect(TaxAssumption.problem(.uplift, value: 3, name: "", population: nil) == .upliftNotFactor)
        #expect(TaxAssumption.problem(.uplift, value: Decimal(string: "1.04")!, name: "", population: nil) == nil)
        #expect(TaxAssumption.problem(.taxRate, value: 50, name: "", population: nil) == .rateNotPer100)
        #expect(TaxAssumption.problem(.grant, value: 5, name: "", population: nil) == .grantUnnamed)
        #expect(TaxAssumption.problem(.finalSettlement, value: -5, name: "", population: 0) == .populationMissing)
        #expect(TaxAssumption.problem(.settlementCorrection, value: -5, name: "", population: 10) == nil)
    }
}
