import BalansCore
import BalansImport
import Foundation
import Testing

@Suite struct CSVTests {
    func bytes(_ s: String) -> [UInt8] { Array(s.utf8) }

    func issues(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return []
        } catch let f as InputFailure {
            return f.issues.map(\.description)
        } catch {
            return ["unexpected \(error)"]
        }
    }

    @Test func quotingDelimitersAndComments() throws {
        let text =
            "\u{FEFF}Code,Parent,Name,Kind\n# a comment\nR,,\"Region, \"\"Halland\"\"\",region\n\nN,R,Nämnd,committee\n"
        let rows = try CSVKinds.org(bytes(text), file: "org.csv")
        #expect(rows.map(\.line) == [3, 5])
        #expect(rows[0].value.name == "Region, \"Halland\"")
    }

    @Test func everyProblemWithItsLine() {
        let text = """
            year;node;account;amount;p1
            2024;HS;4010;-1,234;
            20x4;HS;;5;
            2024;HS;40A0;5;
            2024;;4010;;

            """
        #expect(
            issues { _ = try CSVKinds.budget(bytes(text), file: "budget.csv") } == [
                "budget.csv:2: amount \"-1,234\" is not an amount in kronor (at most two decimals)",
                "budget.csv:3: year \"20x4\" is not a year (YYYY)",
                "budget.csv:4: account \"40A0\" is not an account number",
                "budget.csv:5: node is empty",
            ])
    }

    @Test func unknownColumnIsAnError() {
        #expect(
            issues { _ = try CSVKinds.forecast(bytes("period;node;amount;commnet\n"), file: "f.csv") }.first
                == "f.csv:1: unknown column \"commnet\" (known: period, node, account, amount, comment, author, status)"
        )
    }

    @Test func orgChecksParentsRootsAndAnsvar() {
        let text = """
            code;parent;name;kind;ansvar;from_year
            R;;Region;region;;
            A;X;Nämnd A;committee;;
            B;R;Nämnd B;committee;K1;2024
            C;R;Nämnd C;committee;K1;2024
            D;R;Nämnd D;boss;;

            """
        #expect(
            issues { _ = try CSVKinds.org(bytes(text), file: "org.csv") } == [
                "org.csv:6: kind \"boss\" is not one of region, committee, area, line",
                "org.csv:3: unknown parent \"X\"",
                "org.csv:5: ansvar \"K1\" already belongs to \"B\" in 2024",
            ])
    }

    /// Item 5 of issue 13: a control character other than tab is refused with its line and
    /// column, not kept or cut; tab is kept, and a quoted text keeps its line breaks with CRLF
    /// made LF (the record after it keeps its line number).
    @Test func controlCharactersAreRefusedWithLineAndColumn() throws {
        let bad =
            "period;node;section;text\r\n2024-04;R;summary;\"Rad ett\r\nrad\u{7} "
            + "tv\u{E5}\"\r\n2024-04;R\u{1B};summary;ok\r\n"
        #expect(
            issues { _ = try CSVTable.parse(bytes(bad), file: "t.csv") } == [
                "t.csv:3: control character U+0007 in column \"text\"; remove it (tab, and line breaks inside quotes, "
                    + "are allowed)",
                "t.csv:4: control character U+001B in column \"node\"; remove it (tab, and line breaks inside quotes, "
                    + "are allowed)",
            ])
        let good =
            "period;node;section;text\r\n2024-04;R;summary;\"Rad ett\r\nrad\ttv\u{E5}\"\r\n2024-05;R;summary;ok\r\n"
        let table = try CSVTable.parse(bytes(good), file: "t.csv")
        #expect(table.records.map(\.line) == [2, 4])
        #expect(table.records.first?.fields.last == "Rad ett\nrad\ttv\u{E5}")
    }

    @Test func unterminatedQuote() {
        #expect(
            issues { _ = try CSVKinds.org(bytes("code;name;kind\n\"R;Region;region\n"), file: "org.csv") } == [
                "org.csv:2: unterminated quote"
            ])
    }

    @Test func figuresKeysAndDates() throws {
        let text =
            "date;key;amount\n2024-04;pension_obligations;3161000000\n2023;exceptional_reasons;\n"
            + "2024;pension_obligations;1\n2023;exceptional_reasons;\n"
        #expect(
            issues { _ = try CSVKinds.figures(bytes(text), file: "figures.csv") } == [
                "figures.csv:4: pension_obligations needs a month-end date YYYY-MM, not \"2024\"",
                "figures.csv:5: exceptional_reasons for 2023 already given on line 3",
            ])
    }

    /// Growth bases to date (seed 003 2.5.2 "4 mån"): tax, grants and net costs may be dated by
    /// month; other year keys may not.
    @Test func figuresYearKeysToDate() throws {
        let text =
            "date;key;amount\n2021-04;tax;3040000000\n2021-04;net_costs;-3680500000\n2021;net_costs;-1\n"
            + "2021-04;result;1\n2021-13;grants;1\n"
        #expect(
            issues { _ = try CSVKinds.figures(bytes(text), file: "figures.csv") } == [
                "figures.csv:5: result needs a year YYYY, not \"2021-04\"",
                "figures.csv:6: grants needs a year YYYY or a month YYYY-MM, not \"2021-13\"",
            ])
        let rows = try CSVKinds.figures(
            bytes(String(text.split(separator: "\n").prefix(4).joined(separator: "\n"))), file: "f"
        )
        .map(\.value)
        #expect(rows.map(\.month) == [4, 4, nil])
        #expect(rows.map(\.key) == [.tax, .netCosts, .netCosts])
    }

    @Test func sha256KnownVectors() {
        #expect(ContentHash.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            ContentHash.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            ContentHash.hex(Array(String(repeating: "a", count: 1000).utf8))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }

    @Test func sieLedgerTakesAnsvarFromDimensionOne() throws {
        let sie = """
            #FLAGGA 0
            #SIETYP 4
            #RAR 0 20240101 20241231
            #VER A 1 20240315 "Mars"
            {
            #TRANS 4010 {1 "A1" 6 "P9"} 100.50
            #TRANS 1930 {} -100.50
            }

            """
        let (ledger, _) = try SIELedger.read(Array(sie.utf8), file: "x.se")
        #expect(ledger.year == 2024)
        #expect(
            ledger.cells.contains(YearLedger.Cell(account: 4010, ansvar: "A1", month: 3, amount: Money(ore: 10050))))
        #expect(ledger.vouchers.first?.date == "2024-03-15")
    }

    @Test func sieErrorsKeepTheirLines() {
        let sie =
            "#FLAGGA 0\n#SIETYP 4\n#RAR 0 20240101 20241231\n#VER A 1 20240315 \"x\"\n{\n#TRANS 4010 {} "
            + "100.00\n#TRANS 1930 {} -99.00\n}\n"
        let found = issues { _ = try SIELedger.read(Array(sie.utf8), file: "x.se") }
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("x.se:4: ") == true)
    }
}

@Suite struct StaffCSVTests {
    @Test func readsMonthsAndTargets() throws {
        let text =
            "period;node;measure;value\n2024-01;RH;sick_hours;1 "
            + "200,5\n2024;RH;target_turnover;11,0\n2024-01;RH;personnel_cost;412000000.25\n"
        let rows = try CSVKinds.staff(Array(text.utf8), file: "staff.csv")
        #expect(rows.map(\.value.value) == [Decimal(string: "1200.5")!, Decimal(11), Decimal(string: "412000000.25")!])
        #expect(rows[1].value.month == nil && rows[1].value.year == 2024)
    }

    @Test func everyProblemWithItsLine() {
        let text = """
            period;node;measure;value
            2024-13;RH;sick_hours;5
            2024-01;RH;sjukdagar;5
            2024-01;RH;sick_hours;fem
            2024-01;RH;personnel_cost;1.005
            2024-01;RH;sick_hours;-3
            2024-02;RH;sick_hours;5
            2024-02;RH;sick_hours;6
            2024-02;RH;target_turnover;11
            """
        do {
            _ = try CSVKinds.staff(Array(text.utf8), file: "staff.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "staff.csv:2: period \"2024-13\" is not a month (YYYY-MM)",
                    "staff.csv:3: measure \"sjukdagar\" is not one of "
                        + "\(StaffMeasure.allCases.map(\.rawValue).joined(separator: ", "))",
                    "staff.csv:4: value \"fem\" is not a number",
                    "staff.csv:5: value 1.005 is not an amount in kronor (at most two decimals)",
                    "staff.csv:6: value -3 is negative: a staff measure cannot be",
                    "staff.csv:8: sick_hours for RH 2024-02 is given twice (first on line 7)",
                    "staff.csv:9: period \"2024-02\" of a target is not a year (YYYY)",
                ])
        }
    }
}

@Suite struct IndicatorCSVTests {
    @Test func everyProblemWithItsLine() {
        let text = """
            code;name;node;unit;direction;period;target;outcome
            A;Antal;N;antal;higher;2024;15;66
            A;Antal annat namn;N;antal;higher;2023;;5
            B;Fråga;N;ja/nej;;2024;Ja;Kanske
            C;Andel;N;procent;sideways;2024;4;2
            D;Andel;N;promille;lower;2024;4;2
            E;Andel;N;procent;lower;2024-13;4;2
            A;Antal;N;antal;higher;2024;15;67
            F;Andel;N;procent;lower;2024;4 %;två
            """
        do {
            _ = try CSVKinds.indicators(Array(text.utf8), file: "ind.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "ind.csv:3: indicator A is defined differently on line 2 (name, node, goal, focus_area, r12, unit "
                        + "and direction must be the same on all its rows)",
                    "ind.csv:4: outcome \"Kanske\" of a yes/no indicator is not Ja or Nej",
                    "ind.csv:5: direction \"sideways\" is not higher or lower",
                    "ind.csv:6: unit \"promille\" is not one of antal, procent, ja/nej, belopp, dagar",
                    "ind.csv:7: period \"2024-13\" is neither a year (YYYY) nor a month (YYYY-MM)",
                    "ind.csv:8: indicator A has period 2024 twice (first on line 2)",
                    "ind.csv:9: outcome \"två\" is not a number",
                ])
        }
    }
}

@Suite struct IndicatorSplitCSVTests {
    @Test func r12AndGenderColumns() throws {
        let good =
            "code;name;node;focus_area;r12;unit;period;outcome;outcome_women;outcome_men\nV;Väntetid;N;Nära "
            + "vård;ja;dagar;2024-04;31,5;30;33\n"
        let row = try #require(try CSVKinds.indicators(Array(good.utf8), file: "i.csv").first?.value)
        #expect(row.rolling12 && row.focusArea == "Nära vård" && row.unit == .days)
        #expect(row.outcome == Decimal(string: "31.5") && row.outcomeWomen == 30 && row.outcomeMen == 33)
        let text = """
            code;name;node;focus_area;r12;unit;period;outcome;outcome_women;outcome_men
            V;Väntetid;N;Nära vård;ja;dagar;2024-04;31;30;33
            V;Väntetid;N;Nära vård;nej;dagar;2024-05;31;30;33
            W;Väntetid;N;;kanske;dagar;2024-05;31;;
            X;Andel;N;;;procent;2024-05;31;trettio;
            """
        do {
            _ = try CSVKinds.indicators(Array(text.utf8), file: "i.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "i.csv:3: indicator V is defined differently on line 2 (name, node, goal, focus_area, r12, unit "
                        + "and direction must be the same on all its rows)",
                    "i.csv:4: r12 \"kanske\" is not ja or nej",
                    "i.csv:5: outcome_women \"trettio\" is not a number",
                ])
        }
    }
}

@Suite struct ActivityCSVTests {
    @Test func everyProblemWithItsLine() {
        let text = """
            period;node;commitment;activity;status;end_date;unit;assessment;comment
            2017-03;N;Å1;;;;;delvis;ok
            2017-03;N;Å1;Akt;kanske;2017-12-31;;;
            2017-03;N;Å1;Akt;delvis;2017-02-30;;;
            2017-03;N;Å1;;delvis;;;;
            2017-03;N;Å1;Akt2;delvis;;;uppfylls;
            2017-03;N;Å1;;;;;uppfylls;
            2017-03;N;Å2;;;;;bra;
            """
        do {
            _ = try CSVKinds.activities(Array(text.utf8), file: "akt.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "akt.csv:3: status \"kanske\" is not one of följer, delvis, följer inte, avslutad, projekt",
                    "akt.csv:4: end_date \"2017-02-30\" is not a date (YYYY-MM-DD)",
                    "akt.csv:5: a commitment row (no activity) has an assessment, not a status",
                    "akt.csv:6: an activity has a status, not an assessment (that belongs on its commitment's row)",
                    "akt.csv:7: commitment \"Å1\" appears twice in 2017-03 (first on line 2)",
                    "akt.csv:8: assessment \"bra\" is not one of uppfylls, delvis, uppfylls inte",
                ])
        }
    }
}

@Suite struct ActionPlanCSVTests {
    @Test func everyProblemWithItsLine() {
        let text = """
            node;plan;measure;month;expected;realised
            N;P;A;2024-03;1 000 000;800000
            N;P;A;2024-13;1000000;
            N;P;A;2024-04;en miljon;
            N;P;A;2024-03;5;
            """
        do {
            _ = try CSVKinds.actionPlans(Array(text.utf8), file: "plan.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "plan.csv:3: month \"2024-13\" is not a period (YYYY-MM)",
                    "plan.csv:4: expected \"en miljon\" is not an amount in kronor (at most two decimals)",
                    "plan.csv:5: measure \"A\" of \"P\" has 2024-03 twice (first on line 2)",
                ])
        }
    }
}

@Suite struct StaffGenderCSVTests {
    @Test func splitOrTotalNotBoth() {
        let text =
            "period;node;measure;value;gender\n2024-01;RH;sick_hours;5;kvinnor\n2024-01;RH;sick_hours;7;\n"
            + "2024-01;RH;sick_hours;5;okänt\n"
        do {
            _ = try CSVKinds.staff(Array(text.utf8), file: "s.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "s.csv:3: sick_hours for RH 2024-01 is given for everyone here and by gender on line 2: give one "
                        + "split",
                    "s.csv:4: gender \"okänt\" is not kvinnor or män (empty: everyone)",
                ])
        }
    }

    @Test func ageBandsOneSplitPerMeasure() throws {
        let good =
            "period;node;measure;value;gender;age\n2024-01;RH;sick_hours;5;kvinnor;20–49\n"
            + "2024-01;RH;sick_hours;7;kvinnor;50-\n2024-01;RH;sick_hours;2;män;-29\n"
        let rows = try CSVKinds.staff(Array(good.utf8), file: "s.csv")
        #expect(rows.map(\.value.ageBand) == ["20-49", "50-", "-29"])
        let text = """
            period;node;measure;value;gender;age
            2024-01;RH;sick_hours;5;kvinnor;20-49
            2024-01;RH;sick_hours;6;;50-
            2024-01;RH;sick_hours;6;kvinnor;äldre
            2024-01;RH;sick_hours;6;kvinnor;49-20
            2024-01;RH;sick_hours;6;kvinnor;20-49
            """
        do {
            _ = try CSVKinds.staff(Array(text.utf8), file: "s.csv")
            Issue.record("must fail")
        } catch {
            #expect(
                error.issues.map(\.description) == [
                    "s.csv:3: sick_hours for RH 2024-01 is given by age band here and by gender and age band on line "
                        + "2: give one split",
                    "s.csv:4: age \"äldre\" is not an age band such as 20-49, -29 or 50- (empty: all ages)",
                    "s.csv:5: age \"49-20\" is not an age band such as 20-49, -29 or 50- (empty: all ages)",
                    "s.csv:6: sick_hours for RH 2024-01 (kvinnor, 20-49) is given twice (first on line 2)",
                ])
        }
    }
}
