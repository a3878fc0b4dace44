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
}
