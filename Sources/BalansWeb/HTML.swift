import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// Small HTML helpers: the page layout and Swedish amounts as the pages show them (the
/// templates escape what they show).
enum HTML {
    static func mnkr(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .mnkr1) }
    static func mnkrWhole(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .mnkr) }
    static func kr(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .kr) }
    static func tkr(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .tkr) }

    /// Sweden's time: the pages show it, the store keeps UTC.
    static let stockholm = TimeZone(identifier: "Europe/Stockholm") ?? .gmt

    /// The day of `date` in Sweden, "2024-05-08": a deadline is compared with it.
    static func localDay(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "sv_SE")
        f.timeZone = stockholm
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: date)
    }

    /// A stored ISO 8601 UTC timestamp as Swedish local time, "2024-05-08 14:05"; "" for none.
    static func localTime(_ iso: String) -> String {
        guard let date = ISO8601DateFormatter().date(from: iso) else { return "" }
        let f = DateFormatter()
        f.locale = Locale(identifier: "sv_SE")
        f.timeZone = stockholm
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date)
    }
    /// The start of a Swedish day ("2024-05-08") as the store's ISO 8601 UTC timestamp ("2024-05-07T22:00:00Z"), or of
    /// the day after it with `after`: the bounds of a date filter; nil for a text that is no day.
    static func utcStart(ofLocalDay day: String, after: Bool = false) -> String? {
        let f = DateFormatter()
        f.locale = Locale(identifier: "sv_SE")
        f.timeZone = stockholm
        f.dateFormat = "yyyy-MM-dd"
        f.isLenient = false
        guard day.count == 10, let start = f.date(from: day), f.string(from: start) == day else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = stockholm
        guard let bound = after ? calendar.date(byAdding: .day, value: 1, to: start) : start else { return nil }
        return ISO8601DateFormatter().string(from: bound)
    }

    /// An audit trail value as the page shows it: an amount ("-2904000000.00") in Swedish kronor
    /// ("−2 904 000 000,00 kr"), a workflow status or a role in Swedish words; anything else as stored.
    static func auditValue(_ value: String, action: String) -> String {
        if Labels.amountActions.contains(action), case .success(let m) = Money.parsing(value) {
            return kronor(m) + " kr"
        }
        // "returned: the reason" → "Returnerad: the reason"; "committee HS" → "nämndcontroller HS".
        let head = value.prefix { $0 != ":" && $0 != " " }
        let word = Labels.auditStatus[String(head)] ?? Role(rawValue: String(head)).flatMap { Labels.role[$0] }
        return word.map { $0 + value.dropFirst(head.count) } ?? value
    }

    /// Kronor with öre, for ledger rows and vouchers: "−893 552,00".
    static func kronor(_ m: Money) -> String { SwedishNumberFormat.kronor(m.ore) }

    /// Kronor with öre as typed into a form: "-2904000000,00".
    static func formAmount(_ m: Money) -> String {
        if m.isOverflow { return SwedishNumberFormat.overflowMarker }
        let sign = m.ore < 0 ? "-" : ""
        let a = m.ore.magnitude
        return "\(sign)\(a / 100),\(String(format: "%02d", Int(a % 100)))"
    }

    /// A whole page: `body` (HTML) in the layout with the menu of the session's user.
    static func page(_ title: String, session: Session?, body: String) -> String {
        LayoutView(title: title, session: session, body: body).rendered()
    }
}

extension RequestContext {
    /// A path parameter, percent-decoded (the router hands it over as it came): `/rad/HS%2DSOM`
    /// and `/rad/HS-SOM` are the same line. A malformed escape is kept as it is and matches
    /// no code, so it answers 404.
    func pathValue(_ name: String) throws -> String {
        let raw = try parameters.require(name)
        return Page.decode(raw[...]) ?? raw
    }

    /// A node code from the path, decoded.
    func nodeCode(_ name: String) throws -> NodeCode { NodeCode(try pathValue(name)) }
}

/// The web application's Swedish labels, in one place.
enum Labels {
    static let role: [Role: String] = [
        .admin: "administratör", .central: "central controller", .committee: "nämndcontroller", .reader: "läsare",
    ]
    static let status: [ForecastState.Status: String] = [
        .draft: "Utkast", .submitted: "Inlämnad", .approved: "Godkänd", .returned: "Returnerad",
    ]

    /// The workflow statuses as the audit trail stores them.
    static let auditStatus = [
        "draft": "Utkast", "submitted": "Inlämnad", "approved": "Godkänd", "returned": "Returnerad",
    ]

    /// The audit trail's actions whose old and new values are amounts in kronor.
    static let amountActions: Set = [
        "forecast.save", "budget.change", "budget.upload", "plan.decide", "detailbudget.save", "budget.detail",
    ]

    /// Every action the store writes to the audit trail (`audit(…, action:)`), in Swedish.
    static let auditAction: [String: String] = [
        "forecast.save": "Prognos sparad", "forecast.submitted": "Prognos inlämnad",
        "forecast.approved": "Prognos godkänd", "forecast.returned": "Prognos returnerad",
        "forecast.draft": "Prognos öppnad igen",
        "text.save": "Text sparad", "text.submitted": "Text inlämnad", "text.approved": "Text godkänd",
        "text.returned": "Text returnerad",
        "activity.save": "Aktivitet sparad", "activity.submitted": "Aktivitet inlämnad",
        "activity.approved": "Aktivitet godkänd", "activity.returned": "Aktivitet returnerad",
        "indicator.save": "Indikatorvärde sparat", "indicator.submitted": "Indikatorvärde inlämnat",
        "indicator.approved": "Indikatorvärde godkänt", "indicator.returned": "Indikatorvärde returnerat",
        "budget.change": "Budgetändring registrerad", "budget.upload": "Budget inläst från mall",
        "plan.decide": "Plan beslutad",
        "detailbudget.save": "Detaljbudget sparad", "detailbudget.submitted": "Detaljbudget inlämnad",
        "detailbudget.approved": "Detaljbudget godkänd", "detailbudget.returned": "Detaljbudget returnerad",
        "budget.detail": "Budget ersatt av detaljbudget",
        "deadline": "Sista dag satt", "setting": "Inställning ändrad",
        "user.add": "Användare tillagd", "user.role": "Roll ändrad", "user.email": "E-post ändrad",
        "user.passwd": "Lösenord bytt", "user.remove": "Användare borttagen",
        "user.deactivate": "Användare inaktiverad", "user.activate": "Användare återaktiverad",
        "report.freeze": "Rapport fastställd",
    ]
}
