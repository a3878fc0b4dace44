import BalansCore
import BalansReport
import BalansStore
import Foundation
import Hummingbird

/// Small HTML helpers: escaping, the page layout and Swedish amounts. Pages are built as
/// strings from typed values; every text from data goes through `esc`.
enum HTML {
    static func esc(_ s: String) -> String { HTMLRenderer.esc(s) }

    /// An address in an attribute (`href`, `action`): built by `Page`, then escaped (`&amp;`).
    static func href(_ page: Page) -> String { esc(page.url) }

    static func mnkr(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .mnkr1) }
    static func mnkrWhole(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .mnkr) }
    static func kr(_ m: Money) -> String { SwedishNumberFormat.amount(m.ore, unit: .kr) }

    /// Kronor with öre as typed into a form: "-2904000000,00".
    static func formAmount(_ m: Money) -> String {
        if m.isOverflow { return SwedishNumberFormat.overflowMarker }
        let sign = m.ore < 0 ? "-" : ""
        let a = m.ore.magnitude
        return "\(sign)\(a / 100),\(String(format: "%02d", Int(a % 100)))"
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;margin:0;line-height:1.45}
        header.top{background:#0b3d6b;color:#fff;padding:.6rem 1.2rem;display:flex;gap:1.5rem;align-items:center;flex-wrap:wrap}
        header.top a{color:#fff;margin-right:1rem}
        header.top .who{margin-left:auto;font-size:.9rem}
        main{max-width:78rem;margin:0 auto;padding:1rem 1.2rem}
        table{border-collapse:collapse;width:100%;margin:.6rem 0;font-size:.92rem}
        caption{text-align:left;font-weight:700;padding:.3rem 0}
        th,td{padding:.3rem .5rem;border-bottom:1px solid #dde3ea;text-align:left}
        thead th{background:#0b3d6b;color:#fff}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        tr.total td,tr.total th{font-weight:700;border-top:2px solid #1a1a1a}
        a{color:#0b4f8a}
        .neg{color:#a11d1d}
        .notice{background:#fff4ce;border-left:4px solid #8a6100;padding:.5rem .8rem}
        .error{background:#fde7e7;border-left:4px solid #a11d1d;padding:.5rem .8rem}
        .ok{background:#e6f4ea;border-left:4px solid #1d6b35;padding:.5rem .8rem}
        form.inline{display:inline}
        input[type=text],input[type=password],textarea{font:inherit;padding:.3rem;border:1px solid #5c6b7a;border-radius:3px}
        input.amount{text-align:right;width:11rem}
        button{font:inherit;padding:.35rem .9rem;background:#0b3d6b;color:#fff;border:0;border-radius:3px;cursor:pointer}
        button.secondary{background:#fff;color:#0b3d6b;border:1px solid #0b3d6b}
        :focus-visible{outline:3px solid #e0a800;outline-offset:2px}
        .sr{position:absolute;left:-9999px}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:1rem}
        .card{border:1px solid #dde3ea;border-radius:4px;padding:.7rem 1rem}
        .card .big{font-size:1.6rem;font-weight:700}
        @media (max-width:48rem){table{font-size:.85rem}.hide-narrow{display:none}}
        """

    static func page(_ title: String, session: Session?, body: String) -> String {
        var nav = ""
        if let s = session {
            var links: [(Page, String)] = [(.dashboard(period: nil), "Översikt"), (.reports(period: nil), "Rapporter")]
            if s.may(.followUp) {
                links += [
                    (.chapters(.goals, period: nil), "Mål och indikatorer"),
                    (.chapters(.activities, period: nil), "Aktiviteter"), (.chapters(.staff, period: nil), "Personal"),
                    (.chapters(.investments, period: nil), "Investeringar"),
                ]
            }
            // The menu offers only what its reader may open (the crawler test holds every role to it).
            if s.may(.region) { links.append((.audit, "Granskningslogg")) }
            nav = links.map { "<a href=\"\(href($0.0))\">\(esc($0.1))</a>" }.joined(separator: " ")
            nav +=
                "<span class=\"who\">\(esc(s.user.name)) (\(esc(Labels.role[s.user.role] ?? ""))) <form class=\"inline\" method=\"post\" action=\"\(href(.logout))\"><input type=\"hidden\" name=\"csrf\" value=\"\(esc(s.csrf))\"><button class=\"secondary\" type=\"submit\">Logga ut</button></form></span>"
        }
        return """
            <!doctype html>
            <html lang="sv">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(esc(title)) – Balans</title><style>\(style)</style></head>
            <body><header class="top"><strong>Balans</strong><nav aria-label="Huvudmeny">\(nav)</nav></header>
            <main id="innehall"><h1>\(esc(title))</h1>
            \(body)
            </main></body></html>

            """
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
