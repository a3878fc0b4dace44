import BalansCore
import BalansImport
import BalansTestSupport
import Foundation
import Testing

@testable import BalansStore

/// The registry of data kinds (issue 14, item 1): one entry per kind, and a file imported
/// through it is stored as the store's own import call stores it.
@Suite struct DataKindsTests {
    static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/region-halland").standardized

    @Test func everyKindHasOneEntryInItsOrder() {
        #expect(DataKinds.entries.map(\.kind) == DataKind.allCases)
        #expect(DataKind.allCases.map { DataKinds.entry($0).kind } == DataKind.allCases)
    }

    @Test(arguments: TestBackend.all) func theExampleImportsThroughTheRegistry(_ b: TestBackend) async throws {
        let store = try await b.store()
        var messages: [String] = []
        for (kind, file) in [(DataKind.org, "org.csv"), (.mapping, "mapping.csv"), (.budget, "budget.csv")] {
            let path = Self.example.appendingPathComponent(file).path
            await messages.append(try DataKinds.importFile(kind: kind, path: path, store: store).summary.message)
        }
        let data = try await store.followUpData()
        #expect(data.nodes.first?.code == "RH" && data.budgets.count > 10)
        #expect(messages[0].hasSuffix("org.csv: \(data.nodes.count) organisation nodes"))
        // The file's rows (less its header) of the example's budget years 2017 (seeds 000/001), 2018 (seed 004),
        // 2019 (seed 002), 2024.
        let rows =
            try String(contentsOf: Self.example.appendingPathComponent("budget.csv"), encoding: .utf8)
            .split(separator: "\n").count - 1
        #expect(messages[2].hasSuffix("budget.csv: \(rows) budget rows for 2017, 2018, 2019, 2024"))
        // A ledger's bytes (an upload) go the same way as its file, warnings beside.
        let sie =
            "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20240101 20241231\n#VER A 1 20240105 \"x\"\n{\n"
            + "#TRANS 4010 {} 100.00\n#TRANS 1930 {} -100.00\n}\n"
        let outcome = try await DataKinds.importBytes(kind: .sie, Array(sie.utf8), file: "upload.se", store: store)
        let years = try await store.ledgerYears()
        #expect(outcome.summary.changed && years == [2024])
    }

    /// A budget year's versions: the decided budget (`original`) is what reports count; a proposal under another name
    /// is stored beside it, counted by no report, and the import says so with the file and line.
    @Test(arguments: TestBackend.all) func aProposalIsKeptButNotCounted(_ b: TestBackend) async throws {
        let store = try await b.store()
        _ = try await DataKinds.importFile(
            kind: .org, path: Self.example.appendingPathComponent("org.csv").path, store: store)
        let csv = "year;node;account;amount;version\n2024;HS-SOM;4510;-1000;\n2024;HS-SOM;4510;-1500;forslag-2\n"
        let outcome = try await DataKinds.importBytes(kind: .budget, Array(csv.utf8), file: "b.csv", store: store)
        #expect(
            outcome.warnings == [
                "b.csv:3: warning: version \"forslag-2\" is a proposal beside the decided budget (original): stored, "
                    + "but no report counts it"
            ])
        let data = try await store.followUpData()
        #expect(data.budgets.map(\.amount) == [Money(kronor: -1000)])
        #expect(data.budgetProposals.map(\.amount) == [Money(kronor: -1500)])
        #expect(data.budgetProposals.first?.version == "forslag-2")
    }

    /// The budget's change rows and the project funds come back from the store as they were read (both backends);
    /// importing the funds again replaces them.
    @Test(arguments: TestBackend.all) func budgetChangesAndFundsRoundTrip(_ b: TestBackend) async throws {
        let store = try await b.store()
        for (kind, file) in [
            (DataKind.org, "org.csv"), (.budget, "budget.csv"), (.funds, "funds.csv"), (.funds, "funds.csv"),
        ] {
            _ = try await DataKinds.importFile(
                kind: kind, path: Self.example.appendingPathComponent(file).path, store: store)
        }
        let data = try await store.followUpData()
        let changes = data.budgets.compactMap(\.change)
        #expect(changes.count == 5)
        #expect(Set(changes.map(\.kind)) == [.reallocation, .supplementary])
        #expect(
            changes.first
                == BudgetChange(
                    date: "2017-04-24", period: Period(year: 2017, month: 4)!, kind: .reallocation,
                    reference: "RS §80, RS170321"))
        #expect(
            data.projectFunds.map(\.fund) == [
                "Region Hallands utvecklingsmedel", "Statligt anslag för regional utveckling",
            ])
        #expect(data.projectFunds.map(\.decided) == [Money(kronor: 12_500_000), Money(kronor: 10_600_000)])
    }

    @Test func anUnreadableFileIsAnErrorWithItsName() async throws {
        let store = try await Store()
        await #expect {
            try await DataKinds.importFile(kind: .budget, path: "/nonexistent/budget.csv", store: store)
        } throws: { error in
            "\(error)".contains("/nonexistent/budget.csv") && "\(error)".contains("cannot read the file")
        }
    }
}
