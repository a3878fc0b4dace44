import BalansCore
import Foundation
// TEMPORARY: replaced by Render/ when it lands.
public enum SwedishNumberFormat {
    public static func amount(_ ore: Int64, unit: AmountUnit, thousandsSeparator: String = " ", minus: String = "-") -> String { "\(ore / unit.orePerUnit)" }
    public static func percent(_ value: Decimal, decimals: Int) -> String { "\(value.roundedHalfAwayFromZero(scale: decimals)) %" }
}
public enum HTMLRenderer { public static func render(_ r: Report) -> String { "<html></html>" } }
public enum MarkdownRenderer { public static func render(_ r: Report) -> String { "# \(r.title)" } }
public enum JSONReportRenderer { public static func render(_ r: Report) -> String { "{}" } }
