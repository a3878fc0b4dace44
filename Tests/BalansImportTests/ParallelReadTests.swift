import BalansCore
import BalansImport
import Foundation
import Testing

/// Reading a ledger in two halves at once gives exactly what one pass gives: the same
/// aggregates, or the same problems on the same lines — also when the fault sits in the second
/// half, straddles the split, or repeats a voucher number of the first half.
@Suite struct ParallelReadTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static var files: [String] {
        let dirs = ["Tests/Fixtures/sie-malformed", "Fuzz/corpus"]
        var found = [
            "Tests/Fixtures/other-kommun-2024.se", "Examples/region-halland/ledger-2023.se",
            "Examples/region-halland/ledger-2024.se",
        ]
        for dir in dirs {
            let names =
                (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(dir).path)) ?? []
            found += names.filter { $0.hasSuffix(".se") }.sorted().map { "\(dir)/\($0)" }
        }
        return found
    }

    enum Outcome: Equatable {
        case ledger(
            cells: [YearLedger.Cell], accounts: [Int: String], opening: [Int: Money], budgets: [YearLedger.Cell],
            warnings: [String])
        case failure([String])
    }

    func sequential(_ path: String) -> Outcome {
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(["unreadable"]) }
        do {
            let (l, w) = try SIELedger.read([UInt8](data), file: "f")
            return .ledger(
                cells: l.cells, accounts: l.accounts, opening: l.openingBalances, budgets: l.periodBudgets, warnings: w)
        } catch {
            return .failure(error.issues.map(\.description))
        }
    }

    func parallel(_ path: String) -> Outcome {
        do {
            let (l, w, _) = try SIELedger.aggregate(path: path, file: "f", minimumParallelSize: 0)
            return .ledger(
                cells: l.cells, accounts: l.accounts, opening: l.openingBalances, budgets: l.periodBudgets, warnings: w)
        } catch {
            return .failure(error.issues.map(\.description))
        }
    }

    @Test(arguments: files)
    func sameAsOnePass(_ file: String) {
        let path = Self.root.appendingPathComponent(file).path
        #expect(parallel(path) == sequential(path))
    }

    @Test func faultsAcrossTheSplit() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("parallel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var lines = [
            "#FLAGGA 0", "#SIETYP 4", "#RAR 0 20240101 20241231", "#KONTO 1930 \"Bank\"",
            "#KONTO 3010 \"Int\u{00E4}kter\"", "#DIM 1 \"Ansvar\"", "#OBJEKT 1 \"A\" \"A\"",
        ]
        for v in 1...400 {
            lines += [
                "#VER A \(v) 20240105 \"V\u{00E4}r \(v)\"", "{", "#TRANS 3010 {1 \"A\"} -\(v).00",
                "#TRANS 1930 {} \(v).00", "}",
            ]
        }
        func variant(_ name: String, _ change: (inout [String]) -> Void) throws -> String {
            var l = lines
            change(&l)
            let url = dir.appendingPathComponent(name)
            try Data((l.joined(separator: "\n") + "\n").utf8).write(to: url)
            return url.path
        }
        let cases = [
            try variant("clean.se") { _ in },
            try variant("duplicate-across.se") { $0[$0.count - 5] = "#VER A 3 20240105 \"igen\"" },
            try variant("undeclared-late.se") { $0[$0.count - 3] = "#TRANS 3010 {1 \"B\"} -400.00" },
            try variant("declared-after-use.se") {
                $0.append("#KONTO 4010 \"Sent\"")
                $0[$0.count - 4] = "#TRANS 4010 {} -400.00"
            },
            try variant("unclosed-before-middle.se") { l in
                let middle = l.count / 2
                if let brace = l[..<middle].lastIndex(of: "}") { l.remove(at: brace) }
            },
            try variant("unbalanced-at-end.se") { $0[$0.count - 2] = "#TRANS 1930 {} 1.00" },
        ]
        for path in cases {
            #expect(parallel(path) == sequential(path), "\(path)")
        }
        if case .failure(let issues) = parallel(cases[1]) {
            #expect(issues.contains { $0.contains("duplicate voucher A 3 (first at line 18)") })
        } else {
            Issue.record("duplicate not found")
        }
    }
}
