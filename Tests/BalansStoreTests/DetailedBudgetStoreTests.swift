import BalansCore
import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// The committees' detailed budgets in the store (issue 18, item 4): saved with optimistic versions (a stale save
/// refused, nothing lost), submitted, approved into the year's original budget in place of the committee's external
/// rows — its regionbidrag and the other committees' rows untouched — with the audit trail; on both backends.
@Suite struct DetailedBudgetStoreTests {
    static let org = """
        code;parent;name;kind;ansvar
        R;;Regionen;region;
        N;R;Nämnd N;committee;
        N-A;N;Linje A;line;100
        N-B;N;Linje B;line;200
        M;R;Nämnd M;committee;
        M-A;M;Linje M;line;300

        """
    static let mapping = "from;to;line;internal\n3000;3999;revenue;\n3990;3990;revenue;ja\n4000;7799;costs;\n"
    static let budget = """
        year;node;account;amount
        2025;N-A;3990;1000000.00
        2025;N-A;5010;-700000.00
        2025;N-B;4010;-300000.00
        2025;M-A;3990;500000.00
        2025;M-A;5010;-500000.00

        """

    static func store(_ b: TestBackend) async throws -> Store {
        let store = try await b.store()
        _ = try await store.importOrg(CSVKinds.org(Array(org.utf8), file: "org.csv"), file: "org.csv", hash: "")
        _ = try await store.importMapping(
            CSVKinds.mapping(Array(mapping.utf8), file: "mapping.csv"), file: "mapping.csv", hash: "")
        _ = try await store.importBudget(
            CSVKinds.budget(Array(budget.utf8), file: "budget.csv"), file: "budget.csv", hash: "")
        return store
    }

    static func line(_ node: NodeCode, _ account: Int, _ kronor: Int64) -> DetailedBudget.Line {
        let amount = Money(kronor: kronor)
        return .init(
            node: node, account: account, amount: amount, profile: .even, monthly: Periodisation.split(amount)!)
    }

    @Test(arguments: TestBackend.all) func saveSubmitApproveReplacesTheCommitteesRows(_ b: TestBackend) async throws {
        let store = try await Self.store(b)
        let (empty, new) = try await store.detailedBudget(year: 2025, committee: "N")
        #expect(empty.lines.isEmpty && new == .new)
        // 10 årsarbetare × 5 000 kr × 12 × 1,25 = 750 000 kr on N-A 5010, beside a row of −20 000 kr there.
        let staff = DetailedBudget.Staff(
            node: "N-A", account: 5010, category: "Sjuksköterskor", fullTimeEquivalents: 10,
            monthlySalary: Money(kronor: 5_000), overheadPercent: 25)
        var budget = DetailedBudget(
            year: 2025, committee: "N", lines: [Self.line("N-A", 5010, -20_000), Self.line("N-B", 4010, -200_000)],
            staff: [staff])
        let v1 = try await store.saveDetailedBudget(budget, expectedVersion: 0, user: "hs")
        #expect(v1 == 1)
        let (stored, state) = try await store.detailedBudget(year: 2025, committee: "N")
        #expect(stored == budget && state.status == .draft && state.updatedBy == "hs")

        // A save made on version 0 after version 1 is refused and changes nothing.
        let stale = DetailedBudget(year: 2025, committee: "N", lines: [Self.line("N-B", 4010, -1)], staff: [])
        await #expect(throws: StaleVersion.self) {
            try await store.saveDetailedBudget(stale, expectedVersion: 0, user: "other")
        }
        #expect(try await store.detailedBudget(year: 2025, committee: "N").0 == budget)
        // A row of another committee's line is refused.
        budget.lines.append(Self.line("M-A", 4010, -1))
        await #expect(throws: WorkflowError.self) {
            try await store.saveDetailedBudget(budget, expectedVersion: 1, user: "hs")
        }
        budget.lines.removeLast()

        let v2 = try await store.transitionDetailedBudget(
            year: 2025, committee: "N", to: .submitted, expectedVersion: 1, comment: "", user: "hs")
        await #expect(throws: WorkflowError.self) {
            try await store.saveDetailedBudget(budget, expectedVersion: v2, user: "hs")
        }
        // Four eyes (on by default): the submitter cannot approve.
        await #expect(throws: WorkflowError.self) {
            try await store.transitionDetailedBudget(
                year: 2025, committee: "N", to: .approved, expectedVersion: v2, comment: "", user: "hs")
        }
        let v3 = try await store.transitionDetailedBudget(
            year: 2025, committee: "N", to: .approved, expectedVersion: v2, comment: "Bra", user: "central")
        #expect(v3 == 3)
        #expect(try await store.detailedBudgetStates(year: 2025)["N"]?.status == .approved)

        let rows = try await store.followUpData().budgets.filter { $0.year == 2025 }
        func amount(_ node: NodeCode, _ account: Int) -> Money? {
            let match = rows.filter { $0.node == node && $0.account == account }
            return match.isEmpty ? nil : match.map(\.amount).sum()
        }
        // N's regionbidrag stays; its 5010 is the row and the staff (−20 000 − 750 000), 4010 the new −200 000;
        // M's
        // rows are as they were; every row's months sum to its amount.
        #expect(amount("N-A", 3990) == Money(kronor: 1_000_000))
        #expect(amount("N-A", 5010) == Money(kronor: -770_000))
        #expect(amount("N-B", 4010) == Money(kronor: -200_000))
        #expect(amount("M-A", 3990) == Money(kronor: 500_000) && amount("M-A", 5010) == Money(kronor: -500_000))
        #expect(rows.count == 5 && rows.allSatisfy { $0.monthly.sum() == $0.amount && $0.isOriginal })
        #expect(rows.first { $0.node == "N-A" && $0.account == 5010 }?.monthly[0] == Money(ore: -6_416_667))

        let trail = try await store.auditTrail()
        #expect(
            trail.contains { $0.action == "detailbudget.approved" && $0.entity == "2025 N" && $0.user == "central" })
        #expect(
            trail.contains {
                $0.action == "budget.detail" && $0.oldValue == "-1000000.00" && $0.newValue == "-970000.00"
            })
        #expect(trail.contains { $0.action == "detailbudget.save" && $0.entity == "2025 N N-B 4010" })
    }
}
