import BalansStore
import BalansTestSupport
import Foundation
import Testing

/// Bad input of each non-ledger kind (issue 5), through the command line: exit 65, every
/// problem with its `FILE:LINE:`, the database unchanged; the same good file twice changes
/// nothing either.
@Suite struct NonLedgerImportCLITests {
    struct Case: CustomTestStringConvertible, Sendable {
        var kind: String
        var good: String
        /// A file with a bad value and a node the organisation does not have.
        var bad: String
        /// The lines `balans` must print, after "FILE:".
        var expected: [String]
        var testDescription: String { kind }
    }

    static let cases: [Case] = [
        Case(
            kind: "staff",
            good: "period;node;measure;value\n2024-01;HS;sick_hours;120\n2024-01;HS;worked_hours;3000\n",
            bad: "period;node;measure;value\n2024-01;HS;sick_hours;120\n2024-01;HS;sick_hours;tolv\n",
            expected: ["3: value \"tolv\" is not a number"]),
        Case(
            kind: "staff",
            good: "period;node;measure;value\n2024-01;HS;sick_hours;120\n",
            bad: "period;node;measure;value\n2024-01;HS;sick_hours;120\n2024-01;HS9;sick_hours;5\n",
            expected: ["3: unknown organisation node \"HS9\" (import the org file first)"]),
        Case(
            kind: "indicators",
            good: "code;name;node;unit;direction;period;target;outcome\nA;Andel;HS;procent;lower;2024;4;2,22\n",
            bad:
                "code;name;node;unit;direction;period;target;outcome\nA;Andel;HS;procent;lower;2024;4;2,22\n"
                + "B;Andel;HS9;procent;lower;2024;4;2\n",
            expected: ["3: unknown organisation node \"HS9\" (import the org file first)"]),
        Case(
            kind: "activities",
            good:
                "period;node;commitment;activity;status;end_date;unit;assessment;comment\n"
                + "2024-04;HS;Å1;;;;;delvis;ok\n",
            bad:
                "period;node;commitment;activity;status;end_date;unit;assessment;comment\n"
                + "2024-04;HS;Å1;;;;;delvis;ok\n2024-04;HS;Å1;Akt;kanske;;;;\n",
            expected: ["3: status \"kanske\" is not one of följer, delvis, följer inte, avslutad, projekt"]),
        Case(
            kind: "investments",
            good:
                "period;node;category;outcome;budget;forecast;project;site;project_budget;finished\n"
                + "2024-04;HS;property;10;20;20;;;;\n2024-04;HS;property;4;8;8;PCI-lab;HS Halmstad;57000000;2024\n",
            bad:
                "period;node;category;outcome;budget;forecast;project;site;project_budget;finished\n"
                + "2024-04;HS;fordon;10;20;20;;;;\n2024-04;HS;property;4;8;8;;HS Halmstad;57000000;2024\n"
                + "2024-04;HS;property;4;8;8;PCI-lab;;;24\n2024-04;HS9;equipment;1;;;;;;\n",
            expected: [
                "2: category \"fordon\" is not one of equipment, intangible, property, infrastructure",
                "3: site, project_budget, finished given without a project",
                "4: finished \"24\" is not a year (YYYY)",
            ]),
        Case(
            kind: "investments",
            good: "period;node;category;outcome\n2024-04;HS;equipment;10\n",
            bad: "period;node;category;outcome\n2024-04;HS;equipment;10\n2024-04;HS9;equipment;1\n",
            expected: ["3: unknown organisation node \"HS9\" (import the org file first)"]),
        Case(
            kind: "actionplans",
            good: "node;plan;measure;month;expected;realised\nHS;P;A;2024-03;1000000;800000\n",
            bad: "node;plan;measure;month;expected;realised\nHS;P;A;2024-03;1000000;800000\nHS;P;A;2024-13;1000000;\n",
            expected: ["3: month \"2024-13\" is not a period (YYYY-MM)"]),
        Case(
            kind: "texts",
            good:
                "period;node;section;text\n2024-04;HS;deviation_analysis;\"Underskott; inhyrd "
                + "personal.\"\n2024-04;R;case_number;RS240030\n",
            bad:
                "period;node;section;text\n2024-04;HS;deviation_analysis;Ny "
                + "text\n2024-04;HS;analys;x\n2024-04;HS;summary;\n2024-04;HS;deviation_analysis;igen\n",
            expected: [
                "3: section \"analys\" is not one of summary, deviation_analysis, economy_assessment, "
                    + "goal_assessment, result_management, case_number, minute_paragraph, board_paragraph, "
                    + "working_committee_paragraph, impact_assessment, drafter, signatories, accounting_principles, "
                    + "rkr_deviations, significant_events, governance, expected_development",
                "4: text is empty",
                "5: deviation_analysis of HS 2024-04 is given twice (first on line 2)",
            ]),
        Case(
            kind: "texts",
            good: "period;node;section;text\n2024-04;HS;summary;Sammanfattning\n",
            bad: "period;node;section;text\n2024-04;HS;summary;Ny sammanfattning\n2024-04;HS9;summary;x\n",
            expected: ["3: unknown organisation node \"HS9\" (import the org file first)"]),
    ]

    @Test(arguments: cases, TestBackend.all) func badFileChangesNothing(_ c: Case, _ backend: TestBackend) async throws
    {
        let dir = try CLI.temporaryDirectory()
        let db = try await backend.newDatabase(in: dir)
        #expect(try await CLI.run(["init", "--db", db]).status == 0)
        let org = dir.appendingPathComponent("org.csv")
        try Data("code;parent;name;kind;ansvar\nR;;Region;region;\nHS;R;Hallands sjukhus;committee;100\n".utf8).write(
            to: org)
        #expect(try await CLI.run(["import", "org", org.path, "--db", db]).status == 0)
        let good = dir.appendingPathComponent("good-\(c.kind).csv")
        try Data(c.good.utf8).write(to: good)
        let first = try await CLI.run(["import", c.kind, good.path, "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        let before = try await Store(path: db, create: false).contentFingerprint()

        let again = try await CLI.run(["import", c.kind, good.path, "--db", db])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)

        let bad = dir.appendingPathComponent("bad-\(c.kind).csv")
        try Data(c.bad.utf8).write(to: bad)
        let r = try await CLI.run(["import", c.kind, bad.path, "--db", db])
        #expect(r.status == 65)
        #expect(r.stderr.split(separator: "\n").map(String.init) == c.expected.map { "\(bad.path):\($0)" })
        #expect(try await Store(path: db, create: false).contentFingerprint() == before)
    }
}
