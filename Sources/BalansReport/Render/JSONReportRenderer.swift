import BalansCore
import Foundation

/// Renders a report value as stable JSON (keys in a fixed order, byte-identical across runs):
/// amounts as exact kronor, percentages unrounded, so another program can re-round them.
public enum JSONReportRenderer {
    /// The report's JSON text, with a final newline: what `--format json` writes and the web serves.
    public static func render(_ report: Report) -> String {
        value(report).rendered() + "\n"
    }

    /// The report as a JSON value: kind, title, subtitle, organisation, period and the chapters' blocks.
    public static func value(_ report: Report) -> JSONValue {
        .object([
            ("kind", .string(report.kind.rawValue)),
            ("title", .string(report.title)),
            ("subtitle", .string(report.subtitle)),
            ("organisation", .string(report.organisation)),
            ("period", .string(report.period.description)),
            (
                "chapters",
                .array(
                    report.chapters.map { c in
                        .object([
                            ("id", .string(c.id)), ("title", .string(c.title)), ("blocks", .array(c.blocks.map(block))),
                        ])
                    })
            ),
        ])
    }

    static func block(_ b: Block) -> JSONValue {
        switch b {
        case .heading(let t): return .object([("type", .string("heading")), ("text", .string(t))])
        case .subheading(let t): return .object([("type", .string("subheading")), ("text", .string(t))])
        case .paragraph(let t, let missing):
            return .object([("type", .string("paragraph")), ("text", .string(t)), ("missing", .bool(missing))])
        case .list(let items):
            return .object([("type", .string("list")), ("items", .array(items.map(JSONValue.string)))])
        case .table(let t):
            return .object([
                ("type", .string("table")), ("id", .string(t.id)), ("caption", .string(t.caption)),
                ("unit", .string(t.unit.rawValue)),
                ("columns", .array(t.columns.map(JSONValue.string))),
                (
                    "rows",
                    .array(
                        t.rows.map { r in
                            .object([
                                ("label", .string(r.label)), ("level", .int(r.level)), ("isTotal", .bool(r.isTotal)),
                                ("cells", .array(r.cells.map(cell))),
                            ])
                        })
                ),
                ("footnotes", .array(t.footnotes.map(JSONValue.string))),
            ])
        case .chart(let c):
            return .object(
                [
                    ("type", .string("chart")), ("id", .string(c.id)), ("title", .string(c.title)),
                    ("unit", .string(c.unit.rawValue)),
                    (
                        "bars",
                        .array(
                            c.bars.map {
                                .object([("label", .string($0.label)), ("value", cell(c.cell($0)))])
                            })
                    ),
                ] + (c.source.map { [("source", JSONValue.string($0))] } ?? []))
        case .section(let sec):
            return .object([
                ("type", .string("section")), ("title", .string(sec.title)), ("blocks", .array(sec.blocks.map(block))),
            ])
        case .lineChart(let c):
            return .object(
                [
                    ("type", .string("lineChart")), ("id", .string(c.id)), ("title", .string(c.title)),
                    ("unit", .string(c.unit.rawValue)),
                    ("categories", .array(c.categories.map(JSONValue.string))),
                    (
                        "series",
                        .array(
                            c.series.map {
                                .object([("name", .string($0.name)), ("values", .array($0.values.map(cell)))])
                            })
                    ),
                ] + (c.source.map { [("source", JSONValue.string($0))] } ?? []))
        }
    }

    static func cell(_ v: CellValue) -> JSONValue {
        switch v {
        case .amount(let ore): return .kronor(Money(ore: ore))
        case .percent(let d, _), .points(let d, _): return .percent(d)
        case .text(let s): return .string(s)
        case .empty: return .null
        }
    }
}
