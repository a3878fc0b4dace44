import BalansCore
import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// `balans import kolada`: the national figure of a Kolada answer becomes the `national` value
/// of the indicator with the KPI id as its code; every figure is stored for the reports' comparison;
/// nothing is written on error.
@Suite struct KoladaCLITests {
    @Test(arguments: TestBackend.all) func nationalFigureFromKolada(_ backend: TestBackend) async throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try await backend.newDatabase(in: dir)
        let org = dir.appendingPathComponent("org.csv")
        let ind = dir.appendingPathComponent("ind.csv")
        try "code;parent;name;kind;ansvar\nR;;Regionen;region;\n".write(to: org, atomically: true, encoding: .utf8)
        try
            ("code;name;node;unit;direction;period;target;outcome\nN79010;Andel nybesök inom 60 "
            + "dagar;R;procent;higher;2018;80;79,9\n")
            .write(to: ind, atomically: true, encoding: .utf8)
        for args in [
            ["init", "--db", db], ["import", "org", org.path, "--db", db],
            ["import", "indicators", ind.path, "--db", db],
        ] {
            #expect(try await CLI.run(args).status == 0)
        }
        let kolada = CLI.repoRoot.appendingPathComponent("Tests/Fixtures/kolada-N79010.json").path
        let r = try await CLI.run(["import", "kolada", kolada, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        // Riket, totalt, 2018: 75.2 — not the women's 76.1, the men's 74.3 or Halland's 79.9; 2017 is null.
        let row = try #require(try await Store(path: db, create: false).followUpData().indicators.first)
        #expect(row.national == Decimal(string: "75.2"))

        // A KPI without an indicator is stored as a figure for the comparison, with the file as its
        // source; riket's N79010 stays.
        let other = dir.appendingPathComponent("other.json")
        try
            (#"{"values": [{"kpi": "U00405", "municipality": "0000", "period": 2018, "#
            + #""values": [{"gender": "T", "value": 12}]}]}"#)
            .write(to: other, atomically: true, encoding: .utf8)
        #expect(try await CLI.run(["import", "kolada", other.path, "--db", db]).status == 0)
        let data = try await Store(path: db, create: false).followUpData()
        #expect(data.indicators.first?.national == Decimal(string: "75.2"))
        let figure = try #require(data.kolada.first { $0.kpi == "U00405" })
        #expect(figure.value == 12 && figure.source == other.path && figure.gender == .total)
        // Every gender and municipality of the first answer is kept too: riket's women's 76.1.
        #expect(
            data.kolada.contains { $0.kpi == "N79010" && $0.gender == .women && $0.value == Decimal(string: "76.1") })

        // Broken input: rejected with the file's name, nothing written.
        let before = try await Store(path: db, create: false).contentFingerprint()
        let broken = dir.appendingPathComponent("broken.json")
        try "{\"values\": [{\"kpi\": \"N79010\"}]".write(to: broken, atomically: true, encoding: .utf8)
        let notJSON = try await CLI.run(["import", "kolada", broken.path, "--db", db])
        #expect(notJSON.status == 65 && notJSON.stderr.contains("\(broken.path): not JSON"))
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)
    }
}
