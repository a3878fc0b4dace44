import BalansCore
import BalansReport
import Foundation
import Hummingbird

/// Reports of today's data as the pages serve them (issue 19, goal 5): each built once per
/// data version, each download rendered once and each PDF printed once, then served from
/// ``DataCache`` until the data changes. A region's report takes a second or more to build; the
/// staff page built it for every request.
extension WebApp {
    /// What a report is built from besides the data: its kind, period, node and plan version.
    struct ReportKey: Hashable, Sendable, CustomStringConvertible {
        var kind: ReportKind
        var period: Period
        var node: NodeCode?
        var planVersion: String?

        // Fields apart by a control character no code or version holds.
        var description: String {
            [kind.rawValue, period.description, node?.rawValue ?? "", planVersion ?? ""].joined(separator: "\u{1F}")
        }
    }

    /// The report of `key`, built once per data version.
    func report(_ key: ReportKey) async throws -> Report {
        try await cache.memo("report\u{1F}\(key)", size: .large) { data in
            try ReportBuilder.build(
                key.kind, data: data, period: key.period, node: key.node, planVersion: key.planVersion)
        }
    }

    /// The report of `key` in `format` as its answer (html, md, json, xlsx, csv; `stem` names a
    /// download), rendered once per data version.
    func reportFile(_ key: ReportKey, format: String, stem: String) async throws -> Response {
        try await cache.memo("report-file\u{1F}\(format)\u{1F}\(key)", size: .large) { [self] _ in
            try Self.rendered(try await report(key), format: format, stem: stem)
        }
    }

    /// The report of `key` as PDF, printed once per data version: the requests that ask while it
    /// prints wait for that printing. Printing runs in Chromium, a process of its own, awaited
    /// without holding a thread; a failure is not kept, so the next request tries again.
    func reportPDF(_ key: ReportKey) async throws -> Data {
        try await cache.memo("report-pdf\u{1F}\(key)", size: .large) { [self] _ in
            let report = try await report(key)
            return try await printer.print(report)
        }
    }

    /// A report in a format (not PDF): a download for xlsx and csv, a page or text otherwise.
    static func rendered(_ report: Report, format: String, stem: String) throws -> Response {
        switch format {
        case "md": return text(MarkdownRenderer.render(report), type: "text/markdown; charset=utf-8")
        case "json": return text(JSONReportRenderer.render(report), type: "application/json; charset=utf-8")
        case "xlsx":
            return download(
                try XLSXWriter.render(report),
                type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                name: "\(stem).xlsx")
        case "csv": return download(try CSVTables.zip(report), type: "application/zip", name: "\(stem).csv.zip")
        default: return html(HTMLRenderer.render(report))
        }
    }

    /// A file to save, named `name`.
    static func download(_ data: Data, type: String, name: String) -> Response {
        Response(
            status: .ok,
            headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}

/// Prints a report as PDF: Chromium through ``PDFPrinter/shared`` in the server; tests give
/// their own and count the printings.
struct ReportPrinter: Sendable {
    let print: @Sendable (Report) async throws -> Data

    static let chromium = ReportPrinter { try await PDFPrinter.shared.print(report: $0) }
}
