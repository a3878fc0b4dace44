import BalansCore
import BalansReport
import Foundation

/// The preview of an uploaded budget template (`Templates.budgetUpload`): every row that changes — amount and
/// profile before and after — and every new row, or every wrong cell; without problems a form that saves it (the
/// file again, checked again, on the budget the preview was made on).
struct BudgetUploadView: PageView, MustacheView {
    static let template = "budgetUpload"
    var year: String
    var problems: [String]
    var hasProblems, hasChanges: Bool
    var rows: [Row]
    var unchanged, added, changed, before, after: String
    var action, csrf, basis, book, filename, budgetURL: String

    struct Row: MustacheView {
        var place, name, account, current, new, change, currentProfile, newProfile: String
        var isNew: Bool
    }

    init(
        _ data: FollowUpData, year: Int, session s: Session, changes: [BudgetTemplate.Change], problems: [String],
        book: Data?, filename: String
    ) {
        let tree = data.tree(for: year)
        let stored = BudgetTemplate.rows(data, year: year)
        self.year = String(year)
        self.problems = problems
        hasProblems = !problems.isEmpty
        let different = changes.filter(\.changed)
        rows = different.map { c in
            Row(
                place: "\(BudgetTemplate.sheet)!A\(c.row)", name: tree.node(c.new.node)?.name ?? c.new.node.rawValue,
                account: c.new.account.map(String.init) ?? "", current: c.old.map { Self.kr($0.amount) } ?? "–",
                new: Self.kr(c.new.amount), change: Self.kr(c.new.amount - (c.old?.amount ?? .zero)),
                currentProfile: c.old.map { Self.profile(BudgetTemplate.weights($0)) } ?? "–",
                newProfile: Self.profile(c.weights), isNew: c.old == nil)
        }
        hasChanges = !rows.isEmpty
        unchanged = String(changes.count - different.count)
        added = String(different.filter { $0.old == nil }.count)
        changed = String(different.count - different.filter { $0.old == nil }.count)
        before = Self.kr(stored.map(\.amount).sum())
        after = Self.kr(changes.map(\.new.amount).sum())
        action = Page.budgetTemplate(year: year).url
        budgetURL = Page.budget(year: year).url
        csrf = s.csrf
        basis = BudgetRow.digest(stored)
        self.book = book?.base64EncodedString() ?? ""
        self.filename = filename
    }

    /// Kronor as entered: whole kronor, the öre after a comma when there are any.
    static func kr(_ m: Money) -> String {
        let ore = m.ore.magnitude % 100
        guard ore != 0 else { return HTML.kr(m) }
        let whole = SwedishNumberFormat.amount(Int64(m.ore.magnitude / 100) * 100, unit: .kr)
        return (m.ore < 0 ? "\u{2212}" : "") + whole + "," + (ore < 10 ? "0" : "") + String(ore)
    }

    /// A profile: "jämn", or its weights as written in the template.
    static func profile(_ weights: [String]?) -> String {
        guard let weights else { return "jämn" }
        return weights.map { XLSXTemplate.kronor($0).map(kr) ?? $0 }.joined(separator: " · ")
    }
}
