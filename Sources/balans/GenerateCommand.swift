import ArgumentParser
import BalansCore
import BalansImport
import Foundation

/// `balans generate --rows N --out FILE.se [--seed S]` (SPEC §6.2): a synthetic region ledger
/// for tests and benchmarks. `--csv` also writes the same rows as CSV for the comparison with
/// pandas and DuckDB (Benchmarks/).
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Write a realistic synthetic region ledger (SIE 4).")
    @Option(help: "Number of #TRANS rows.") var rows: Int
    @Option(help: "The SIE file to write.") var out: String
    @Option(help: "Seed: the same seed gives the same file.") var seed: UInt64 = 1
    @Option(help: "Fiscal (calendar) year.") var year: Int = 2024
    @Option(help: "Also write the #TRANS rows as CSV here.") var csv: String?
    @Option(help: "Also write the organisation tree (an org CSV with the ansvar codes) here.") var org: String?
    @Option(
        help: """
            The file's layout: standard (LF, PC8, quoted objects), unix (LF, UTF-8, unquoted objects) or windows \
            (CR LF, PC8, quoted, two or three dimensions a row, vouchers of ten rows).
            """)
    var shape: SyntheticLedger.Shape = .standard

    func validate() throws {
        guard rows >= 2 else { throw ValidationError("--rows must be at least 2 (a voucher has two rows)") }
        guard (1900...9999).contains(year) else { throw ValidationError("--year must be a four-digit year") }
    }

    func run() throws {
        try Balans.checked {
            let sie = try Self.create(out)
            defer { try? sie.close() }
            let table = try csv.map(Self.create)
            defer { try? table?.close() }
            try SyntheticLedger(rows: rows, year: year, seed: seed, shape: shape).write(
                sie: { try sie.write(contentsOf: Data($0)) },
                csv: table.map { handle in { try handle.write(contentsOf: Data($0)) } })
            if let org {
                guard
                    FileManager.default.createFile(atPath: org, contents: Data(SyntheticLedger.organisationCSV().utf8))
                else {
                    throw InputFailure([InputIssue(file: org, line: nil, message: "cannot write the file")])
                }
            }
            Balans.note("\(out): \(rows) rows (seed \(seed), year \(year), shape \(shape.rawValue))")
        }
    }

    /// A new, empty file to write, or the bad-input failure (exit 65) that says which.
    static func create(_ path: String) throws -> FileHandle {
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw InputFailure([InputIssue(file: path, line: nil, message: "cannot write the file")])
        }
        return handle
    }
}

extension SyntheticLedger.Shape: ExpressibleByArgument {}
