import ArgumentParser
import BalansCore
import BalansImport
import BalansReport
import BalansStore
import BalansWeb
import Foundation

/// The `balans` command line (SPEC §6.2): a thin layer that parses arguments and calls the
/// libraries. Exit status 0 on success, 64 for a usage error, 65 for bad input with one
/// `FILE:LINE: what is wrong` line per problem on standard error.
@main
struct Balans: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "balans",
        abstract: "Balans – planering och uppföljning för regioner och kommuner.",
        subcommands: [
            Demo.self, Init.self, Import.self, ReportCommand.self, Ratios.self, Serve.self, UserCommand.self,
            OrganisationCommand.self, Backup.self, Generate.self, KoladaCommand.self, PlanCommand.self, BenchParse.self,
            BenchReport.self,
        ])

    /// Runs a command body, turning input problems into exit status 65 with their places.
    static func checked(_ body: () throws -> Void) throws {
        try checkedOutcome { try body() }
    }

    /// ``checked(_:)`` for a command that awaits (printing PDF).
    static func checkedAwaiting(_ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch {
            try checkedOutcome { throw error }
        }
    }

    private static func checkedOutcome(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as InputFailure {
            for issue in failure.issues { FileHandle.standardError.write(Data((issue.description + "\n").utf8)) }
            throw ExitCode(65)
        } catch let failure as ReportAmountOverflow {
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(65)
        } catch let failure as ReportRequestError {
            // The data cannot give the report asked for (an unknown node, a sum out of range).
            FileHandle.standardError.write(Data((failure.description + "\n").utf8))
            throw ExitCode(65)
        }
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

struct DatabaseOption: ParsableArguments {
    @Option(name: .long, help: "The database: an SQLite file, or postgres://user:password@host:port/database.")
    var db: String
    @Option(name: .long, help: "The organisation (a code) in the database; one database holds many.")
    var organisation: OrganisationCode = Store.defaultOrganisation

    func open(create: Bool = false) async throws -> Store {
        try await Store(path: db, organisation: organisation, create: create)
    }
}

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Create an empty database.")
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            // A new SQLite file, or a new organisation in an existing database.
            let exists =
                Store.isPostgresURL(database.db)
                ? try PostgresBackend.hasSchema(url: database.db) : FileManager.default.fileExists(atPath: database.db)
            if exists, await (try? database.open()) != nil {
                let what =
                    database.organisation == Store.defaultOrganisation
                    ? "already exists" : "already has the organisation \"\(database.organisation)\""
                throw InputFailure([
                    InputIssue(file: database.db, line: nil, message: "\(what); Balans does not overwrite a database")
                ])
            }
            let store = try await database.open(create: true)
            Balans.note(
                "\(database.db): organisation \"\(store.organisation)\" created "
                    + "(migrations: \(try await store.appliedMigrations().joined(separator: ", ")))"
            )
        }
    }
}

/// The import kinds of SPEC §6.2 that this version reads: BalansImport's registry.
typealias ImportKind = DataKind

extension DataKind: ExpressibleByArgument {}

struct Import: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a file: a SIE 4 ledger or a CSV file (docs/formats.md).",
        discussion:
            "KIND: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")). The whole file is checked "
            + "before anything is written; it is written in one transaction."
    )
    @Argument(help: "What the file holds.") var kind: ImportKind
    @Argument(help: "The file.") var file: String
    @Option(
        help: ArgumentHelp(
            "With sie: the file is this company's ledger (its code in companies.csv), stored beside the region's; "
                + "with mapping: the company's own account mapping."))
    var company: String?
    @OptionGroup var database: DatabaseOption

    func validate() throws {
        if company != nil && kind != .sie && kind != .mapping {
            throw ValidationError("--company goes with `balans import sie` and `balans import mapping` only")
        }
    }

    func run() async throws {
        try await Balans.checkedAwaiting {
            let store = try await database.open()
            let summary = try await Importer.importFile(kind: kind, path: file, into: store, company: company)
            Balans.note(summary)
        }
    }
}

/// Imports a file through the registry of data kinds (`DataKinds`), showing a ledger's
/// progress and warnings; shared by `import` and `demo`.
enum Importer {
    static func importFile(kind: ImportKind, path: String, into store: Store, company: String? = nil) async throws
        -> String
    {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        let progress = Progress(total: size, enabled: kind == .sie && isatty(2) == 1)
        let outcome: DataKinds.Outcome
        if let company, kind == .mapping {
            outcome = try await DataKinds.importCompanyMapping(company: company, path: path, store: store)
        } else if let company {
            outcome = try await DataKinds.importCompanyLedger(
                company: company, path: path, store: store, progress: progress.update)
        } else {
            outcome = try await DataKinds.importFile(kind: kind, path: path, store: store, progress: progress.update)
        }
        progress.done()
        for w in outcome.warnings { Balans.note(w) }
        return outcome.summary.message
    }
}

extension Importer {
    /// "45 %" on standard error while a long import runs, only when a person is watching.
    final class Progress: @unchecked Sendable {
        let total: Int?
        let enabled: Bool
        var shown = -1
        init(total: Int?, enabled: Bool) {
            self.total = total
            self.enabled = enabled
        }
        func update(_ bytes: Int) {
            guard enabled, let total, total > 0 else { return }
            let percent = Int(Int64(bytes) * 100 / Int64(total))
            guard percent != shown else { return }
            shown = percent
            FileHandle.standardError.write(Data("\rläser \(percent) %".utf8))
        }
        func done() {
            if enabled && shown >= 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}

enum OutputFormat: String, CaseIterable, ExpressibleByArgument {
    case html, md, json, pdf, xlsx, csv

    /// The file name ending: the CSV format is a zip of one file per table.
    var fileExtension: String { self == .csv ? "csv.zip" : rawValue }
}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Write a report, or compare a frozen one with today's data.",
        subcommands: [ReportWrite.self, ReportDiffCommand.self], defaultSubcommand: ReportWrite.self)
}

/// Which report: kind, period, node.
struct ReportSelection: ParsableArguments {
    @Argument(help: "Report kind: \(ReportKind.allCases.map(\.rawValue).joined(separator: ", ")).") var kind: ReportKind
    @Option(help: "Report period YYYY-MM.") var period: String
    @Option(name: .customLong("org"), help: "Organisation node code (default: the root).") var node: NodeCode?

    func periodValue() throws -> Period {
        guard let p = Period(period) else { throw ValidationError("--period must be YYYY-MM") }
        return p
    }
}

struct ReportWrite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "write",
        abstract: "Write a report (the default: `balans report ur1 …`). A frozen report is written as it was frozen.")
    @OptionGroup var selection: ReportSelection
    @Option(help: "Output format: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")).") var format:
        OutputFormat
    @Option(help: "Output file.") var out: String
    @Flag(help: "Store the report as decided: later imports never change it.") var freeze = false
    @Flag(help: "Build from today's data even where the report is frozen.") var current = false
    @Option(help: ArgumentHelp(Self.versionHelp)) var version: String?
    static let versionHelp =
        "malbudget only: the plan version (default: the one decided for the period's year, else the version that "
        + "begins in it; with several, the last name in sort order). Builds from today's data unless --freeze."
    @OptionGroup var database: DatabaseOption

    func validate() throws {
        if version != nil && selection.kind != .malbudget { throw ValidationError("--version is for malbudget only") }
    }

    func run() async throws {
        try await Balans.checkedAwaiting {
            let p = try selection.periodValue()
            let store = try await database.open()
            let node = selection.node ?? ""
            if !current, !freeze, version == nil,
                let frozen = try await store.frozenReport(
                    kind: selection.kind.rawValue, period: p.description, node: node)
            {
                let report = try Report.decoded(frozen.value)
                try await Output.write(report, format: format, to: out)
                Balans.note("\(out): \(report.title) (fryst \(frozen.frozenAt))")
                return
            }
            let report: Report
            if freeze {
                // A decided report is published without the preview's "Text saknas" boxes; the person freezing
                // it is told what it goes without.
                let (published, missing) = try await Publishing.freeze(
                    store, kind: selection.kind, period: p, node: selection.node, planVersion: version)
                report = published
                for place in missing { Balans.note("\(out): published without a text: \(place)") }
            } else {
                report = try ReportBuilder.build(
                    selection.kind, data: try await store.followUpData(), period: p, node: selection.node,
                    planVersion: version)
            }
            try await Output.write(report, format: format, to: out)
            Balans.note("\(out): \(report.title)\(freeze ? " (fryst)" : "")")
        }
    }
}

struct ReportDiffCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff", abstract: "What differs between a frozen report and the same report from today's data.")
    @OptionGroup var selection: ReportSelection
    @OptionGroup var database: DatabaseOption

    func run() async throws {
        try await Balans.checkedAwaiting {
            let p = try selection.periodValue()
            let store = try await database.open()
            guard
                let (frozen, differences, same) = try await Publishing.changes(
                    store, data: store.followUpData(), kind: selection.kind, period: p, node: selection.node)
            else {
                throw InputFailure([
                    InputIssue(
                        file: "\(selection.kind.rawValue) \(p)", line: nil,
                        message: "is not frozen; freeze it with `balans report … --freeze`")
                ])
            }
            print("Fryst \(frozen.frozenAt); underlaget är \(same ? "oförändrat" : "ändrat") sedan dess.")
            print(differences.isEmpty ? "Inga skillnader." : differences.joined(separator: "\n"))
        }
    }
}

enum Output {
    static func write(_ report: Report, format: OutputFormat, to path: String) async throws {
        let bytes: Data
        switch format {
        case .html: bytes = Data(HTMLRenderer.render(report).utf8)
        case .md: bytes = Data(MarkdownRenderer.render(report).utf8)
        case .json: bytes = Data(JSONReportRenderer.render(report).utf8)
        case .xlsx: bytes = try XLSXWriter.render(report)
        case .csv: bytes = try CSVTables.zip(report)
        case .pdf:
            do {
                bytes = try await PDFRenderer.print(report: report)
            } catch let e as PDFRenderer.Unavailable {
                throw InputFailure([InputIssue(file: path, line: nil, message: e.description)])
            }
        }
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try bytes.write(to: url)
    }
}

struct Ratios: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the financial key ratios (SPEC §4.4, §6.3).")
    @Option(help: "Report period YYYY-MM.") var period: String
    @Option(name: .customLong("org"), help: "Organisation node code (default: the root).") var node: NodeCode?
    @OptionGroup var database: DatabaseOption
    @Option(help: "json or text.") var format: RatioFormat = .json

    enum RatioFormat: String, ExpressibleByArgument { case json, text }

    func run() async throws {
        try await Balans.checkedAwaiting {
            guard let p = Period(period) else { throw ValidationError("--period must be YYYY-MM") }
            let data = try await database.open().followUpData()
            let tree = data.tree(for: p.year)
            if let node, tree.node(node) == nil {
                throw InputFailure([
                    InputIssue(
                        file: "--org \(node)", line: nil, message: "no organisation node \"\(node)\" in \(p.year)")
                ])
            }
            // A committee: the ratios a committee has (its hired-staff share); the rest are null.
            let ratios = KeyRatioReport.compute(data, period: p, node: node ?? tree.root.code)
            let name = node.flatMap { tree.node($0)?.name } ?? data.organisationName
            let text =
                format == .json
                ? KeyRatioJSON.value(ratios, organisation: name).rendered()
                : KeyRatioText.render(ratios, organisation: name)
            // A sum beyond Int64 öre (stored data): refused with the reason, never printed as a figure.
            if SwedishNumberFormat.containsOverflowMarker(text) {
                throw InputFailure([
                    InputIssue(
                        file: database.db, line: nil,
                        message:
                            "a sum is beyond ±92 233 720 368 547 758 kronor: some imported amount is far too large"
                    )
                ])
            }
            print(text)
        }
    }
}
extension ReportKind: ExpressibleByArgument {}

/// `balans backup --db DB --out FILE`: a consistent copy of the database while it is in use.
struct Backup: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the database to a new file (SQLite online backup), also while `serve` runs.")
    @OptionGroup var database: DatabaseOption
    @Option(help: "The backup file to create.") var out: String

    func run() async throws {
        try await Balans.checkedAwaiting {
            try await database.open().backup(to: out)
            Balans.note("\(out): backup of \(database.db)")
        }
    }
}

extension TextCode {
    /// The code as typed (the store checks an organisation code when it opens it).
    public init?(argument: String) { self.init(rawValue: argument) }
}

/// Codes as command-line arguments (`--organisation halland`, `--org HS`, `--node HS`).
extension OrganisationCode: ExpressibleByArgument {}
extension NodeCode: ExpressibleByArgument {}
