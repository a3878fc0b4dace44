import BalansCore
import BalansStore
import Testing

@testable import BalansWeb

/// `Policy.allows` is the one place roles and node scopes are decided (issue 14): the table
/// of who may do what, as the pages and the API have always had it.
@Suite struct PolicyTests {
    static let tree = OrgTree(
        nodes: [
            OrgNode(code: "R", parent: nil, name: "Regionen", kind: .region),
            OrgNode(code: "HS", parent: "R", name: "Hälso- och sjukvård", kind: .committee),
            OrgNode(code: "HS-SOM", parent: "HS", name: "Somatik", kind: .line),
            OrgNode(code: "ADH", parent: "R", name: "Ambulans", kind: .committee),
        ], year: 2024)!

    /// One line per user: region, follow-up, approve, read HS-SOM, read ADH, write HS, write ADH.
    @Test func whoMayDoWhat() {
        let cases: [(Role, NodeCode, [Bool])] = [
            (.admin, "", [true, true, true, true, true, true, true]),
            (.central, "", [true, true, true, true, true, false, false]),
            (.committee, "HS", [false, true, false, true, false, true, false]),
            (.committee, "HS-SOM", [false, true, false, true, false, false, false]),
            (.reader, "", [false, false, false, false, false, false, false]),
        ]
        let t = Self.tree
        for (role, scope, expected) in cases {
            func may(_ p: Permission) -> Bool { Policy.allows(role, scope: scope, p) }
            let got = [
                may(.region), may(.followUp), may(.approve),
                may(.read("HS-SOM", in: t)), may(.read("ADH", in: t)),
                may(.write("HS", in: t)), may(.write("ADH", in: t)),
            ]
            #expect(got == expected, "\(role) \(scope)")
        }
    }
}
