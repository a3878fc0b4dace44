import ArgumentParser
import BalansCore
import BalansImport
import BalansReport
import BalansStore
import Foundation

/// `balans bench-parse FILE`: reads a SIE file and aggregates its rows per account, ansvar and
/// month without storing anything — the work a pandas or DuckDB script does on the same rows,
/// for Benchmarks/run.sh — with two threads (SIELedger.aggregate). Not listed in `--help`: a
/// measuring tool, not a user command.
struct BenchParse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-parse", abstract: "Parse and aggregate a SIE file (benchmarks).", shouldDisplay: false)
    @Argument(help: "The SIE file.") var file: String

    func run() throws {
        try Balans.checked {
            let start = DispatchTime.now()
            let (ledger, _, rows) = try SIELedger.aggregate(path: file, file: file)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            let total = ledger.cells.reduce(Int64(0)) { $0 + abs($1.amount.ore) }
            print(
                "rows \(rows) cells \(ledger.cells.count) sum_abs_cells_ore \(total) seconds "
                    + "\(String(format: "%.3f", seconds))"
            )
        }
    }
}

/// `balans bench-report --db DB --period YYYY-MM`: times the driftredovisning per committee
/// and line from the store (load + compute), and the whole region report (load, build, render
/// HTML), as a controller opening them would wait.
struct BenchReport: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-report", abstract: "Time the driftredovisning from the store (benchmarks).",
        shouldDisplay: false)
    @OptionGroup var database: DatabaseOption
    @Option(help: "The period, YYYY-MM.") var period: String
    @Option(help: "How many runs.") var runs: Int = 20

    func run() async throws {
        try await Balans.checkedAwaiting {
            guard let p = Period(period) else { throw ValidationError("--period must be YYYY-MM") }
            let store = try await database.open()
            var times: [Double] = []
            var rows = 0
            for _ in 0..<max(runs, 1) {
                let start = DispatchTime.now()
                let data = try await store.followUpData()
                let statement = OperatingStatement.compute(data, period: p)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
                rows = statement.rows.count
            }
            func summary(_ times: [Double]) async -> String {
                let t = times.sorted()
                return
                    "runs \(t.count) median_ms \(String(format: "%.1f", t[t.count / 2])) p95_ms "
                    + "\(String(format: "%.1f", t[min(t.count - 1, Int(Double(t.count) * 0.95))]))"
            }
            print("driftredovisning rows \(rows) \(await summary(times))")
            // The whole region report (issue 6: ≤ 1 s): load, build every chapter, render HTML.
            var reportTimes: [Double] = []
            var bytes = 0
            for _ in 0..<max(runs, 1) {
                let start = DispatchTime.now()
                let data = try await store.followUpData()
                let report = try ReportBuilder.build(.ur1, data: data, period: p, node: nil)
                bytes = HTMLRenderer.render(report).utf8.count
                reportTimes.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
            }
            print("report ur1 html_bytes \(bytes) \(await summary(reportTimes))")
        }
    }
}
