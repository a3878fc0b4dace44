import Foundation
import Mustache

/// The pages' mustache templates, kept in this folder as Swift string constants: the binary
/// carries them (no resource bundle to install beside it), and a long line of HTML is
/// continued with a backslash, which puts no line break into the page. `{{x}}` escapes for
/// HTML; `{{{x}}}` is only for HTML made by another template or by `HTMLRenderer`.
enum Templates {
    /// Every template by name (the name a view gives in `PageView.template`).
    static let all: [String: String] = [
        "layout": layout, "login": login, "audit": audit, "drillDown": drillDown, "pager": pager, "voucher": voucher,
        "reports": reports,
        "formatLinks": formatLinks, "committee": committee, "line": line, "forecastForm": forecastForm,
        "dashboard": dashboard, "chapters": chapters, "figure": figure, "light": light,
        "followUp": followUp, "message": message, "budget": budget, "status": status, "review": review,
        "notices": notices, "upload": upload, "publish": publish, "users": users, "user": user,
        "password": password, "roleFields": roleFields, "uploadProblems": uploadProblems,
        "budgetUpload": budgetUpload, "plan": plan, "planFrameLine": planFrameLine, "planFrameCells": planFrameCells,
        "planSummary": planSummary, "planCompare": planCompare, "planCompareHead": planCompareHead,
        "planCompareLine": planCompareLine, "planEdit": planEdit, "planFinance": planFinance,
        "detailedBudget": detailedBudget,
        "detailedBudgetSummary": detailedBudgetSummary, "detailedBudgets": detailedBudgets, "disabled": disabled,
        "detailedBudgetUpload": detailedBudgetUpload,
    ]

    /// The templates, parsed once. One that does not parse is left out (and `render` says so);
    /// `TemplateTests` parses every one.
    static let library: MustacheLibrary = {
        var library = MustacheLibrary()
        for (name, text) in all {
            if let template = try? MustacheTemplate(string: text) { library.register(template, named: name) }
        }
        return library
    }()

    /// `value` (a view model: stored properties, arrays of rows, booleans) through a template.
    static func render(_ value: Any, with name: String) -> String {
        library.render(value, withTemplate: name) ?? "<p class=\"error\">Sidmallen \(name) kunde inte läsas.</p>"
    }
}

/// A page's view model: what its template shows, formatted, computed before rendering.
protocol PageView {
    /// The template's name in `Templates.all`.
    static var template: String { get }
}

extension PageView {
    /// The HTML of the view through its template.
    func rendered() -> String { Templates.render(self, with: Self.template) }
}
