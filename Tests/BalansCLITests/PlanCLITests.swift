import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// `balans import taxes|frames` and `balans plan show` (issue 18): a plan version imported on both backends, bad files
/// refused with their lines and nothing written, the same file again changing nothing, the computation printed step
/// by step, and a what-if.
@Suite struct PlanCLITests {
    static let taxes = """
        version;year;item;name;value;population;reference
        v1;2023;skatteunderlag;;1000000000;;SKR 24:1
        v1;2024;uppräkning;;1.05;;SKR 24:1
        v1;2025;upprakning;;1.04;;SKR 24:1
        v1;2026;uppräkning;;1.02;;SKR 24:1
        v1;2027;uppräkning;;1.02;;SKR 24:1
        v1;2025;skattesats;;11.50;;RF
        v1;2026;skattesats;;11.50;;RF
        v1;2027;skattesats;;11.50;;RF
        v1;2025;slutavräkning;;-100;1000;SKR 24:1
        v1;2025;statsbidrag;Inkomstutjämning;20000000;;SKR
        """
    // R's one committee C had a regionbidrag of 100 000 000 kr in the decided 2024 budget (its line C-L's 3990),
    // with personnel costs of 60 000 000 kr (5010) and other costs of 40 000 000 kr (6990); F is the region's own.
    static let budget = """
        year;node;account;amount
        2024;C-L;3990;100000000
        2024;C-L;5010;-60000000
        2024;C-L;6990;-40000000
        2024;F-S;8010;110000000
        2024;F-G;8210;15000000
        2024;F-F;8410;1000000
        2024;F-F;8510;-4000000
        2024;F-R;4990;-100000000
        """
    static let frames = """
        version;year;node;kind;label;amount;percent;reference
        v1;2025;C;löneindex;Löner;;3;RS §1
        v1;2025;C;prisindex;Priser;;2;RS §1
        v1;2025;C;effektivisering;Effektivisering;-1000000;;RS §1
        v1;2025;F-F;gemensamt;Finansiella poster;-5000000;;RS §1
        """

    @Test(arguments: TestBackend.all) func aPlanVersionImportedAndShown(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        func file(_ name: String, _ text: String) throws -> String {
            let url = dir.appendingPathComponent(name)
            try (text + "\n").write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let org = try file(
            "org.csv",
            "code;parent;name;kind\nR;;Regionen;region\nC;R;Nämnden;committee\nC-L;C;Linjen;line\n"
                + "F;R;Finansiering;committee\nF-S;F;Skatteintäkter;line\nF-G;F;Statsbidrag;line\n"
                + "F-F;F;Finansiella poster;line\nF-R;F;Regionbidrag;line")
        let mapping = try file(
            "mapping.csv",
            "from;to;line;internal\n3990;3990;revenue;ja\n4990;4990;costs;ja\n5000;7999;costs;\n8000;8099;tax;\n"
                + "8200;8399;grants;\n8400;8499;financial_income;\n8500;8599;financial_costs;")
        for args in [
            ["init", "--db", db], ["import", "org", org, "--db", db], ["import", "mapping", mapping, "--db", db],
            ["import", "budget", try file("budget.csv", Self.budget), "--db", db],
            ["import", "taxes", try file("taxes.csv", Self.taxes), "--db", db],
            ["import", "frames", try file("frames.csv", Self.frames), "--db", db],
        ] {
            let r = try await CLI.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let show = try await CLI.run(["plan", "show", "--year", "2025", "--version", "v1", "--db", db])
        #expect(show.status == 0, "\(show.stderr)")
        // 1 000 000 000 × 1,05 × 1,04 = 1 092 000 000; × 11,50 % = 125 580 000; − 100 × 1 000 = 125 480 000.
        for line in [
            "= skatteunderlag 2025", "1 092 000 000,00 kr", "= preliminära skatteintäkter", "125 580 000,00 kr",
            "slutavräkning 2025: -100 kr × 1 000 invånare", "125 480 000,00 kr",
            // The frame: 100 000 000 + 3 % × 60 000 000 + 2 % × 40 000 000 − 1 000 000 = 101 600 000.
            "Ram 2024 (beslutad budget)", "101 600 000,00 kr",
        ] {
            #expect(show.stdout.replacingOccurrences(of: "\u{A0}", with: " ").contains(line), "\(line)")
        }
        // Result 2025: 125 480 000 + 20 000 000 − 5 000 000 − 101 600 000 = 38 880 000 kr = 38,9 mnkr; the goal is
        // 2 % of 145 480 000 = 2 909 600 kr.
        let goal = "Finansiellt mål 2025, resultat minst 2 % av skatteintäkter och statsbidrag: uppfylls\n"
        #expect(show.stdout.contains(goal))
        let result = show.stdout.split(separator: "\n").first { $0.hasPrefix("Resultat  ") }
        #expect(result?.contains("38,9") == true, "\(result ?? "")")

        // What-if: löneindex 4 % in 2025 adds 1 % × 60 000 000 = 600 000 kr to the frame.
        let whatIf = try await CLI.run(
            ["plan", "show", "--year", "2025", "--version", "v1", "--assume", "löneindex:2025=4", "--db", db])
        #expect(whatIf.stdout.replacingOccurrences(of: "\u{A0}", with: " ").contains("102 200 000,00 kr"))
        #expect(whatIf.stdout.contains("Antaganden ändrade: löneindex:2025=4"))
        #expect(try await CLI.run(["plan", "show", "--year", "2025", "--version", "v9", "--db", db]).status == 65)

        // The same files again change nothing; bad files are refused line by line and write nothing.
        let before = try await Store(path: db, create: false).contentFingerprint()
        #expect(try await CLI.run(["import", "taxes", try file("taxes.csv", Self.taxes), "--db", db]).status == 0)
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)
        let badTaxes = try await CLI.run([
            "import", "taxes",
            try file(
                "bad-taxes.csv",
                "version;year;item;name;value;population\nv1;2025;uppräkning;;3.9;\nv1;2025;slutavräkning;;-100;\n"
                    + "v1;2025;statsbidrag;;5;"),
            "--db", db,
        ])
        #expect(badTaxes.status == 65)
        for message in [
            "bad-taxes.csv:2: uppräkning 3.9 is not a factor", "bad-taxes.csv:3: slutavräkning needs population",
            "bad-taxes.csv:4: statsbidrag needs the component's name",
        ] {
            #expect(badTaxes.stderr.contains(message), "\(message) in \(badTaxes.stderr)")
        }
        let badFrames = try await CLI.run([
            "import", "frames",
            try file(
                "bad-frames.csv",
                "version;year;node;kind;label;amount;percent\nv1;2025;C;effektivisering;x;5;\n"
                    + "v1;2025;C;löneindex;y;;\nv1;2025;X9;volym;z;1;"),
            "--db", db,
        ])
        #expect(badFrames.status == 65)
        for message in [
            "bad-frames.csv:2: an effektivisering takes from the frame", "bad-frames.csv:3: löneindex needs either",
        ] {
            #expect(badFrames.stderr.contains(message), "\(message) in \(badFrames.stderr)")
        }
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)

        // A copy with its own tax rate: 1 092 000 000 × 12 % = 131 040 000 preliminära skatteintäkter; the same name
        // again, or a bad one, is refused and writes nothing.
        let copy = try await CLI.run(
            ["plan", "copy", "--from", "v1", "--to", "v2", "--assume", "skattesats:2025=12.00", "--db", db])
        #expect(copy.status == 0, "\(copy.stderr)")
        let v2 = try await CLI.run(["plan", "show", "--year", "2025", "--version", "v2", "--db", db])
        #expect(v2.stdout.replacingOccurrences(of: "\u{A0}", with: " ").contains("131 040 000,00 kr"))
        let copied = try await Store(path: db, create: false).contentFingerprint()
        #expect(try await CLI.run(["plan", "copy", "--from", "v1", "--to", "v2", "--db", db]).status != 0)
        #expect(try await CLI.run(["plan", "copy", "--from", "v1", "--to", "v 3", "--db", db]).status != 0)
        #expect(try await CLI.run(["plan", "copy", "--from", "v9", "--to", "v3", "--db", db]).status == 65)
        #expect(try await Store(path: db, create: false).contentFingerprint() == copied)

        // Decided: the 2025 original budget is 2024's carried forward with the plan applied — personnel
        // −60 000 000 − 1 800 000 (3 %), other costs −40 000 000 − 800 000 (2 %) + 1 000 000 (the saving),
        // regionbidrag 101 600 000 received by C and paid by F-R, skatteintäkter 125 480 000, statsbidrag
        // 20 000 000, the financial items' −5 000 000 with the change on the larger row (8510: −6 000 000).
        let decide = try await CLI.run(
            ["plan", "decide", "--year", "2025", "--version", "v1", "--reference", "RF 1", "--db", db])
        #expect(decide.status == 0, "\(decide.stderr)")
        let data = try await Store(path: db, create: false).followUpData()
        let rows = data.budgets.filter { $0.year == 2025 }
        func amount(_ node: NodeCode, _ account: Int) -> Int64? {
            rows.first { $0.node == node && $0.account == account }.map { $0.amount.ore / 100 }
        }
        #expect(amount("C-L", 5010) == -61_800_000 && amount("C-L", 6990) == -39_800_000)
        #expect(amount("C-L", 3990) == 101_600_000 && amount("F-R", 4990) == -101_600_000)
        #expect(amount("F-S", 8010) == 125_480_000 && amount("F-G", 8210) == 20_000_000)
        #expect(amount("F-F", 8410) == 1_000_000 && amount("F-F", 8510) == -6_000_000)
        #expect(rows.map(\.amount).sum() == Money(kronor: 38_880_000))
        #expect(rows.allSatisfy { $0.monthly.sum() == $0.amount })
        #expect(data.planVersions.map(\.status) == [.decided] && data.planVersions.first?.reference == "RF 1")
        #expect(data.planVersions.first?.version == "v1")
        // Once only.
        #expect(try await CLI.run(["plan", "decide", "--year", "2025", "--version", "v1", "--db", db]).status != 0)
        #expect(try await CLI.run(["plan", "list", "--db", db]).stdout.hasPrefix("v1\tdecided system "))

        // During the year v2's tax model (skattesats 12,00) forecasts the tax line: 1 092 000 000 × 12 %
        // − 100 × 1 000 = 130 940 000 on F-S 8010, and the grants 20 000 000 on F-G 8210; the same forecast again
        // changes nothing.
        let forecast = ["plan", "forecast", "--version", "v2", "--period", "2025-03", "--db", db]
        let made = try await CLI.run(forecast)
        #expect(made.status == 0, "\(made.stderr)")
        let forecasts = try await Store(path: db, create: false).followUpData().forecasts
        #expect(forecasts.count == 2)
        let f = forecasts.first { $0.node == "F-S" && $0.account == 8010 && $0.period == Period("2025-03") }
        #expect(f?.amount == Money(kronor: 130_940_000))
        let g = forecasts.first { $0.node == "F-G" && $0.account == 8210 }
        #expect(g?.amount == Money(kronor: 20_000_000) && g?.status == .approved)
        let once = try await Store(path: db, create: false).contentFingerprint()
        #expect(try await CLI.run(forecast).status == 0)
        #expect(try await Store(path: db, create: false).contentFingerprint() == once)
        let noVersion = try await CLI.run(["plan", "forecast", "--version", "v9", "--period", "2025-03", "--db", db])
        #expect(noVersion.status == 65 && noVersion.stderr.contains("no tax assumptions of \"v9\""))
        // A year without a budget to forecast against: nothing written.
        #expect(
            try await CLI.run(["plan", "forecast", "--version", "v2", "--period", "2026-03", "--db", db]).status == 65)
        #expect(try await Store(path: db, create: false).contentFingerprint() == once)
    }

    /// The example's flow (README, "Planning"): the 2025 proposal decided, the small 2025 ledger imported, and the
    /// month report of January 2025 reports against the decided budget: its budget column is the plan's figures.
    @Test(arguments: TestBackend.all) func theDecidedPlanIsFollowedUp(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await CLI.copyOfDemo(backend, in: dir)
        let ledger = CLI.repoRoot.appendingPathComponent("Examples/region-halland/ledger-2025-01.se").path
        let out = dir.appendingPathComponent("manad-2025-01.md").path
        for args in [
            ["plan", "decide", "--year", "2025", "--version", "forslag-2025", "--db", db],
            ["import", "sie", ledger, "--db", db],
            ["report", "manad", "--period", "2025-01", "--format", "md", "--out", out, "--db", db],
        ] {
            let r = try await CLI.run(args)
            #expect(r.status == 0, "\(args): \(r.stderr)")
        }
        let data = try await Store(path: db, create: false).followUpData()
        // The plan as decided: its frames carry the investment plan's capital costs.
        let plan = try #require(FramePlan.compute(data, version: "forslag-2025", firstYear: 2025)).get()
        // Whole mnkr, half away from zero, thousands by a space, the minus sign "−".
        func mnkr(_ m: Money) -> String {
            let units = m.rounded(toUnitsOf: 100_000_000)
            var digits = String(units.magnitude)
            var groups: [String] = []
            while digits.count > 3 {
                groups.insert(String(digits.suffix(3)), at: 0)
                digits.removeLast(3)
            }
            return (units < 0 ? "−" : "") + ([digits] + groups).joined(separator: " ")
        }
        let text = try String(contentsOfFile: out, encoding: .utf8).replacingOccurrences(of: "\u{A0}", with: " ")
        let y = plan.years[0]
        for (label, figure) in [
            ("Skatteintäkter", y.taxes.taxRevenue), ("Generella statsbidrag och utjämning", y.taxes.grantsTotal),
            ("**Resultat efter finansiella poster**", y.result),
        ] {
            let row = text.split(separator: "\n").first { $0.hasPrefix("| \(label) |") }
            let cells = row?.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } ?? []
            // Columns: label, outcome jan 2024, outcome jan 2025, forecast, budget 2025, …
            #expect(cells.count > 4 && cells[4] == mnkr(figure), "\(label): \(row ?? "")")
        }
    }
}
